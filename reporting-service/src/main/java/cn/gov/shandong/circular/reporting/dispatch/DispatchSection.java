package cn.gov.shandong.circular.reporting.dispatch;

import java.util.Map;

/**
 * One section of the dispatch view: its record per city, and what a city without data shows. A new section
 * is a record, a class implementing this, and a line in DispatchBoard.
 *
 * @param <S> the section's record
 */
interface DispatchSection<S> {

    /** The section of every visible city that has data in it; must run in the caller's transaction. */
    Map<String, S> byCity(DispatchQuestion question);

    /** The section of a visible city without data in it (null where the section does not apply to the city). */
    S empty(DispatchQuestion question, String cityCode);
}
