package cn.gov.shandong.circular.reporting.annualreport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The calendar of a city's annual report for year Y (seed: 每年…形成报告，于次年1月31日前…报送): figures as of the
 * end of 31 December Y, due by the end of 31 January Y+1, both in the province's time zone. Pure: no clock,
 * no database (decision 46).
 */
public final class AnnualReportDeadline {

    /** The programme's days end at midnight in the province. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The day of the following year by whose end the report is due. */
    public static final MonthDay DUE = MonthDay.of(1, 31);

    private AnnualReportDeadline() {
    }

    /** The last day on which a report for {@code year} is on time: 31 January of the following year. */
    public static LocalDate dueOn(int year) {
        return DUE.atYear(year + 1);
    }

    /** The first instant at which a submission for {@code year} is late: midnight after {@link #dueOn}. */
    public static Instant lateFrom(int year) {
        return dueOn(year).plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The last day the figures count: 31 December of the year. */
    public static LocalDate figuresAsOfDay(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** The figures count what happened strictly before this instant: midnight starting 1 January Y+1. */
    public static Instant figuresBefore(int year) {
        return figuresAsOfDay(year).plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Has the year ended by this instant (so its figures are final and the report may be submitted)? */
    public static boolean yearEnded(int year, Instant now) {
        return !now.isBefore(figuresBefore(year));
    }

    /**
     * Days a submission at {@code submittedAt} is late: 0 up to the end of 31 January Y+1; then the number of
     * the province's calendar days from the due day to the submission's day (1 February is 1 day late).
     */
    public static int daysLate(int year, Instant submittedAt) {
        if (submittedAt.isBefore(lateFrom(year))) {
            return 0;
        }
        return (int) ChronoUnit.DAYS.between(dueOn(year), submittedAt.atZone(ZONE).toLocalDate());
    }

    /** Is a report not (yet) submitted overdue on this day: the due day has passed? */
    public static boolean overdueOn(int year, LocalDate today) {
        return today.isAfter(dueOn(year));
    }
}
