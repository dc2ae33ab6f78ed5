package cn.gov.shandong.circular.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The programme's calendar: every date rule of the programme, in one place. Pure: no clock, no database; the caller
 * says which instant or day it judges, usually today or now by {@link ProvinceClock}, the one clock of a service.
 *
 * <p>The programme's days are the province's: a day runs from 00:00 to 24:00 Asia/Shanghai ({@link #ZONE}, UTC+8
 * all year). "By the end of a day" means strictly before 00:00 of the next day ({@link #endOf}): 23:59:59.999 is in
 * time, midnight is not. A deadline given as a day is in time through that day and passed from the next one, which is
 * one day late ({@link #pastDeadline}, {@link #daysLate}).
 *
 * <ul>
 *   <li>Filing (备案): a park scheduled for year Y is filed on time before 1 January Y+1 00:00 in the province
 *       ({@link #filedOnTime}); once that instant has passed without a filing that counts it is overdue, by
 *       {@link #daysOverdue} days counted from 31 December Y.</li>
 *   <li>Annual report (年度报告) for Y: figures as of the end of 31 December Y, due by the end of 31 January Y+1
 *       ({@link #annualReportDueOn}, {@link #annualReportDaysLate}, {@link #annualReportOverdue}); written from
 *       1 January Y ({@link #yearBegun}), submitted once Y is over ({@link #yearOver(int, Instant)}).</li>
 *   <li>A promotion plan's milestone (时间节点) is late when not done and its date is before the day
 *       ({@link #milestoneLate}).</li>
 *   <li>A rectification (整改: a spot check's finding, a supervision visit's action) is overdue from the day after its
 *       deadline ({@link #rectificationOverdue}).</li>
 *   <li>A city abolished with effect from a day is abolished from that day on: its successor acts for it from its
 *       first day ({@link #cityAbolished}).</li>
 * </ul>
 */
public final class ProgrammeCalendar {

    /** Where the programme's days begin and end: the province's time zone (the only one of the code base). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The day of the following year by whose end an annual report is due. */
    private static final MonthDay ANNUAL_REPORT_DUE = MonthDay.of(1, 31);

    private ProgrammeCalendar() {
    }

    // Days and years in the province

    /** The province's day of this instant. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    /** The province's day of this instant. */
    public static LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(ZONE).toLocalDate();
    }

    /** The province's year of this instant (the year of a filing, of an application). */
    public static int yearOf(Instant at) {
        return dayOf(at).getYear();
    }

    /** The province's year of this instant (the year of a filing, of an application). */
    public static int yearOf(OffsetDateTime at) {
        return dayOf(at).getYear();
    }

    /** The first instant of {@code day} in the province: 00:00. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after {@code day} in the province: 00:00 of the next day. "By the end of day" is before it. */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /** Did it happen by the end of {@code day} (strictly before {@link #endOf})? False for null. */
    public static boolean happenedBy(Instant at, LocalDate day) {
        return at != null && at.isBefore(endOf(day));
    }

    /** The last day of the year: 31 December. */
    public static LocalDate lastDayOf(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** The first instant after the year in the province: 1 January of the next year, 00:00 Asia/Shanghai. */
    public static Instant endOfYear(int year) {
        return endOf(lastDayOf(year));
    }

    /** Has the year begun by {@code day} (a report for it may be written from its 1 January on)? */
    public static boolean yearBegun(int year, LocalDate day) {
        return day.getYear() >= year;
    }

    /** Is the year over at this instant: from 1 January of the next year, 00:00 in the province, on. */
    public static boolean yearOver(int year, Instant at) {
        return !at.isBefore(endOfYear(year));
    }

    /**
     * Is the year over as of {@code end}, an exclusive bound (what happened strictly before it counts, as the end of
     * a day): {@code end} is after the year's end instant.
     */
    public static boolean yearOverBefore(int year, Instant end) {
        return end.isAfter(endOfYear(year));
    }

    /** Is the year over as of the end of {@code day}: {@code day} is after 31 December of the year. */
    public static boolean yearOver(int year, LocalDate day) {
        return yearOverBefore(year, endOf(day));
    }

    // Deadlines given as a day

    /** Has a deadline given as its last day passed on {@code day}: the last day itself is still in time. */
    public static boolean pastDeadline(LocalDate lastDay, LocalDate day) {
        return lastDay.isBefore(day);
    }

    /** Days from the last day to {@code day} once it has passed (the day after the last day is 1); else 0. */
    public static long daysLate(LocalDate lastDay, LocalDate day) {
        return pastDeadline(lastDay, day) ? ChronoUnit.DAYS.between(lastDay, day) : 0;
    }

    // Filing (备案) of a park scheduled for a year

    /** The last day to file a park scheduled for {@code year}: 31 December of that year. */
    public static LocalDate filingLastDay(int year) {
        return lastDayOf(year);
    }

    /** The first instant too late to file a park scheduled for {@code year}: 1 January of the next year, 00:00. */
    public static Instant filingDeadline(int year) {
        return endOfYear(year);
    }

    /** Is a filing made at this instant on time for {@code year}: before 1 January Y+1 00:00 Asia/Shanghai. */
    public static boolean filedOnTime(int year, Instant filedAt) {
        return filedAt.isBefore(filingDeadline(year));
    }

    /**
     * Days a park scheduled for {@code year} is overdue on {@code day} (its late filing's day, or the day judged
     * while it is unfiled): from 31 December of the year, so 1 January of the next year is 1; 0 up to 31 December.
     */
    public static long daysOverdue(int year, LocalDate day) {
        return daysLate(filingLastDay(year), day);
    }

    // A city's annual report (年度报告) for a year

    /** The last day on which a report for {@code year} is on time: 31 January of the following year. */
    public static LocalDate annualReportDueOn(int year) {
        return ANNUAL_REPORT_DUE.atYear(year + 1);
    }

    /** The year whose report falls due in {@code year} (by 31 January of it): the year before. */
    public static int annualReportYearDueIn(int year) {
        return year - 1;
    }

    /** The first instant at which a submission for {@code year} is late: 1 February of the following year, 00:00. */
    public static Instant annualReportLateFrom(int year) {
        return endOf(annualReportDueOn(year));
    }

    /**
     * Days a submission at {@code submittedAt} is late: 0 up to the end of 31 January Y+1 (also when early); then
     * the province's calendar days from the due day to the submission's day (1 February is 1 day late).
     */
    public static int annualReportDaysLate(int year, Instant submittedAt) {
        return (int) daysLate(annualReportDueOn(year), dayOf(submittedAt));
    }

    /** Is a report for {@code year} not (yet) submitted overdue on {@code day}: the due day has passed. */
    public static boolean annualReportOverdue(int year, LocalDate day) {
        return pastDeadline(annualReportDueOn(year), day);
    }

    /** The last day the report's figures count: 31 December of the year (they count what came before its end). */
    public static LocalDate annualReportFiguresAsOf(int year) {
        return lastDayOf(year);
    }

    // Milestones and rectifications

    /** A milestone is late on {@code day} when it is not done and its date is before the day. */
    public static boolean milestoneLate(LocalDate dueOn, LocalDate doneOn, LocalDate day) {
        return doneOn == null && pastDeadline(dueOn, day);
    }

    /** An open rectification is overdue on {@code day} when its deadline is before the day (the deadline itself is in time). */
    public static boolean rectificationOverdue(LocalDate deadline, LocalDate day) {
        return pastDeadline(deadline, day);
    }

    // Cities

    /**
     * Is a city abolished with effect from {@code effectiveOn} abolished on {@code day}: from that day on its
     * successor acts for it (holds its parks); the day before it still acts for itself.
     */
    public static boolean cityAbolished(LocalDate effectiveOn, LocalDate day) {
        return !day.isBefore(effectiveOn);
    }
}
