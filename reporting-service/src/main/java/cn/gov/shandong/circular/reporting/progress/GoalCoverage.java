package cn.gov.shandong.circular.reporting.progress;

import java.time.LocalDate;

/**
 * The programme's goals: by its end every national-level park and at least half of the
 * provincial-level parks (全部国家级园区、50%以上的省级园区) have completed the transformation.
 *
 * @param programme         the programme, e.g. {@code 2018-2020}
 * @param asOf              the day (Asia/Shanghai) up to which filings count, or null for all so far
 * @param cityCode          null for the province; a city officer's city otherwise
 * @param national          the national-level goal
 * @param provincial        the provincial-level goal
 * @param unclassifiedParks scheduled parks whose level is not known yet (their registration has not arrived)
 */
public record GoalCoverage(String programme, LocalDate asOf, String cityCode, Goal national, Goal provincial,
                           long unclassifiedParks) {

    /**
     * @param parks     parks of this level scheduled in the programme
     * @param completed of those, the parks filed by the date
     * @param required  how many must be completed
     * @param met       completed reaches required
     */
    public record Goal(long parks, long completed, long required, boolean met) {

        static Goal of(long parks, long completed, long required) {
            return new Goal(parks, completed, required, completed >= required);
        }
    }
}
