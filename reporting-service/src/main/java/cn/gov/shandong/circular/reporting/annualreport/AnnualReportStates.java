package cn.gov.shandong.circular.reporting.annualreport;

import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
        Map<String, Object> at = Map.of("year", year, "end", OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
        Map<String, String> owing = reports.citiesOwing(year);
        Map<String, State> states = new HashMap<>();
        for (Object[] r : rows("""
                select r.city_code,
                       (select s.number from annual_report_submission s
                        where s.report_id = r.id and s.submitted_at < :end order by s.number desc limit 1),
                       (select case when s.returned_at < :end then 1 else 0 end from annual_report_submission s
                        where s.report_id = r.id and s.submitted_at < :end order by s.number desc limit 1),
                       (select s.days_late from annual_report_submission s
                        where s.report_id = r.id and s.number = 1 and s.submitted_at < :end)
                from annual_report r where r.year = :year and r.created_at < :end""", at)) {
            String city = ((String) r[0]).trim();
            if (!owing.containsKey(city)) {
                continue;
            }
            if (r[1] == null) {
                states.put(city, new State(year, AnnualReportStatus.DRAFT.name(), ProgrammeCalendar.annualReportDueOn(year),
                        ProgrammeCalendar.annualReportOverdue(year, day), null, null));
            } else {
                boolean returned = ((Number) r[2]).intValue() == 1;
                int daysLate = ((Number) r[3]).intValue();
                states.put(city, new State(year, (returned ? AnnualReportStatus.RETURNED : AnnualReportStatus.SUBMITTED).name(),
                        ProgrammeCalendar.annualReportDueOn(year), false, daysLate == 0, daysLate));
            }
        }
        return states;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
