package cn.gov.shandong.circular.reporting.annualreport;

import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cities' reports for a year as they stood at the end of a day (the dispatch view, decision 47), read from
 * the report's creation and its kept submissions (V8), judged with {@link ProgrammeCalendar} as the status
 * list judges them today. Must run in the caller's transaction.
 */
@ApplicationScoped
public class AnnualReportStates {

    @Inject
    EntityManager entityManager;

    @Inject
    AnnualReports reports;

    /**
     * A report's state on a day.
     *
     * @param status   MISSING, DRAFT, SUBMITTED or RETURNED ({@link AnnualReportViews#STATES})
     * @param overdue  MISSING or DRAFT after the due day (as the status list has it)
     * @param daysLate of the first submission, null before it
     */
    public record State(int year, String status, LocalDate dueOn, boolean overdue, Boolean submittedOnTime,
                        Integer daysLate) {
    }

    /** Does the city owe a report for the year (a city of the division table not abolished by the year's end)? */
    public boolean owes(String cityCode, int year) {
        return reports.citiesOwing(year).containsKey(cityCode);
    }

    /** The state of a city that owes the report and had saved nothing by {@code day}. */
    public State missing(int year, LocalDate day) {
        return new State(year, "MISSING", ProgrammeCalendar.annualReportDueOn(year), ProgrammeCalendar.annualReportOverdue(year, day),
                null, null);
    }

    /**
     * The state of every report for the year saved before {@code end} (the end of {@code day}) by a city that owes
     * one, by city: DRAFT until its first submission, then SUBMITTED or RETURNED as its last submission before
     * {@code end} was returned before it or not.
     */
    public Map<String, State> savedBy(int year, LocalDate day, Instant end) {
        Map<String, String> owing = reports.citiesOwing(year);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select r.city_code,
                               (select s.number from annual_report_submission s
                                where s.report_id = r.id and s.submitted_at < :end order by s.number desc limit 1)
                                   as last_submission,
                               (select case when s.returned_at < :end then 1 else 0 end from annual_report_submission s
                                where s.report_id = r.id and s.submitted_at < :end order by s.number desc limit 1)
                                   as last_returned,
                               (select s.days_late from annual_report_submission s
                                where s.report_id = r.id and s.number = 1 and s.submitted_at < :end) as first_days_late
                        from annual_report r where r.year = :year and r.created_at < :end""", Tuple.class)
                .setParameter("year", year).setParameter("end", OffsetDateTime.ofInstant(end, ZoneOffset.UTC))
                .getResultList();
        Map<String, State> states = new HashMap<>();
        for (SavedReport r : rows.stream().map(SavedReport::of).toList()) {
            if (!owing.containsKey(r.cityCode())) {
                continue;
            }
            if (r.lastSubmission() == null) {
                states.put(r.cityCode(), new State(year, AnnualReportStatus.DRAFT.name(), ProgrammeCalendar.annualReportDueOn(year),
                        ProgrammeCalendar.annualReportOverdue(year, day), null, null));
            } else {
                int daysLate = r.firstDaysLate();
                states.put(r.cityCode(), new State(year,
                        (r.lastReturned() ? AnnualReportStatus.RETURNED : AnnualReportStatus.SUBMITTED).name(),
                        ProgrammeCalendar.annualReportDueOn(year), false, daysLate == 0, daysLate));
            }
        }
        return states;
    }

    /**
     * A report saved before the end of the day, as it stood then.
     *
     * @param lastSubmission its last submission's number before then, null if none
     * @param lastReturned   whether that submission was returned before then
     * @param firstDaysLate  the days late of its first submission, null before it
     */
    private record SavedReport(String cityCode, Integer lastSubmission, boolean lastReturned, Integer firstDaysLate) {

        static SavedReport of(Tuple row) {
            Number last = (Number) row.get("last_submission");
            Number returned = (Number) row.get("last_returned");
            Number daysLate = (Number) row.get("first_days_late");
            return new SavedReport(((String) row.get("city_code")).trim(), last == null ? null : last.intValue(),
                    returned != null && returned.intValue() == 1, daysLate == null ? null : daysLate.intValue());
        }
    }
}
