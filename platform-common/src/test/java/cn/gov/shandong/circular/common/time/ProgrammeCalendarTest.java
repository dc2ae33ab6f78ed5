package cn.gov.shandong.circular.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The programme's date rules at their edges (not a @QuarkusTest): for each, the last millisecond (or day) that is in
 * time and the first that is not. Times are written as the province reads them (+08:00).
 */
class ProgrammeCalendarTest {

    private static Instant at(String provinceTime) {
        return OffsetDateTime.parse(provinceTime).toInstant();
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void aDayOfTheProgrammeRunsFromMidnightToMidnightInTheProvince() {
        assertThat(ProgrammeCalendar.ZONE.getRules().getOffset(Instant.parse("2019-07-01T00:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(8));
        assertThat(ProgrammeCalendar.startOf(day("2019-12-31"))).isEqualTo(Instant.parse("2019-12-30T16:00:00Z"));
        assertThat(ProgrammeCalendar.endOf(day("2019-12-31"))).isEqualTo(Instant.parse("2019-12-31T16:00:00Z"));
        // 16:00 UTC is already the next day in the province.
        assertThat(ProgrammeCalendar.dayOf(at("2019-12-31T23:59:59.999+08:00"))).isEqualTo(day("2019-12-31"));
        assertThat(ProgrammeCalendar.dayOf(at("2020-01-01T00:00:00+08:00"))).isEqualTo(day("2020-01-01"));
        assertThat(ProgrammeCalendar.dayOf(OffsetDateTime.parse("2019-12-31T16:00:00Z"))).isEqualTo(day("2020-01-01"));
        assertThat(ProgrammeCalendar.yearOf(at("2019-12-31T23:59:59.999+08:00"))).isEqualTo(2019);
        assertThat(ProgrammeCalendar.yearOf(OffsetDateTime.parse("2019-12-31T16:00:00Z"))).isEqualTo(2020);
        // By the end of a day: its last millisecond counts, the next midnight does not.
        assertThat(ProgrammeCalendar.happenedBy(at("2019-04-09T23:59:59.999+08:00"), day("2019-04-09"))).isTrue();
        assertThat(ProgrammeCalendar.happenedBy(at("2019-04-10T00:00:00+08:00"), day("2019-04-09"))).isFalse();
        assertThat(ProgrammeCalendar.happenedBy(null, day("2019-04-09"))).isFalse();
    }

    @Test
    void aFilingIsOnTimeBeforeMidnightStarting1JanuaryOfTheNextYearInTheProvince() {
        assertThat(ProgrammeCalendar.filingLastDay(2019)).isEqualTo(day("2019-12-31"));
        assertThat(ProgrammeCalendar.filingDeadline(2019)).isEqualTo(Instant.parse("2019-12-31T16:00:00Z"));
        assertThat(ProgrammeCalendar.filedOnTime(2019, at("2019-12-31T23:59:59.999+08:00"))).isTrue();
        assertThat(ProgrammeCalendar.filedOnTime(2019, at("2020-01-01T00:00:00+08:00"))).isFalse();
        // Early is on time.
        assertThat(ProgrammeCalendar.filedOnTime(2019, at("2018-03-01T10:00:00+08:00"))).isTrue();
    }

    @Test
    void theYearIsOverFromMidnightStarting1JanuaryAndBegunFromItsOwn1January() {
        assertThat(ProgrammeCalendar.endOfYear(2019)).isEqualTo(Instant.parse("2019-12-31T16:00:00Z"));
        assertThat(ProgrammeCalendar.lastDayOf(2019)).isEqualTo(day("2019-12-31"));
        // At an instant (the annual report may be submitted, overdue judged now).
        assertThat(ProgrammeCalendar.yearOver(2019, at("2019-12-31T23:59:59.999+08:00"))).isFalse();
        assertThat(ProgrammeCalendar.yearOver(2019, at("2020-01-01T00:00:00+08:00"))).isTrue();
        assertThat(ProgrammeCalendar.yearOver(2019, Instant.parse("2019-12-31T15:59:59.999Z"))).isFalse();
        assertThat(ProgrammeCalendar.yearOver(2019, Instant.parse("2019-12-31T16:00:00Z"))).isTrue();
        // As of an exclusive bound: over once something at or after midnight counts.
        assertThat(ProgrammeCalendar.yearOverBefore(2019, at("2020-01-01T00:00:00+08:00"))).isFalse();
        assertThat(ProgrammeCalendar.yearOverBefore(2019, at("2020-01-01T00:00:00.001+08:00"))).isTrue();
        // As of the end of a day: 31 December is still in the year.
        assertThat(ProgrammeCalendar.yearOver(2019, day("2019-12-31"))).isFalse();
        assertThat(ProgrammeCalendar.yearOver(2019, day("2020-01-01"))).isTrue();
        // A report for a year is written from its 1 January on.
        assertThat(ProgrammeCalendar.yearBegun(2020, day("2019-12-31"))).isFalse();
        assertThat(ProgrammeCalendar.yearBegun(2020, day("2020-01-01"))).isTrue();
    }

    @Test
    void daysOverdueCountFrom31DecemberSoTheDayAfterIsOne() {
        assertThat(ProgrammeCalendar.daysOverdue(2019, ProgrammeCalendar.dayOf(at("2019-12-31T23:59:59.999+08:00"))))
                .isZero();
        assertThat(ProgrammeCalendar.daysOverdue(2019, ProgrammeCalendar.dayOf(at("2020-01-01T00:00:00+08:00"))))
                .isEqualTo(1);
        // 2020 is a leap year: 31 days of January, 29 of February, then 1 March.
        assertThat(ProgrammeCalendar.daysOverdue(2019, day("2020-03-01"))).isEqualTo(61);
        // The generic rule behind it: a deadline day is in time through its end.
        assertThat(ProgrammeCalendar.pastDeadline(day("2019-12-31"), day("2019-12-31"))).isFalse();
        assertThat(ProgrammeCalendar.pastDeadline(day("2019-12-31"), day("2020-01-01"))).isTrue();
        assertThat(ProgrammeCalendar.daysLate(day("2019-12-31"), day("2019-06-01"))).isZero();
    }

    @Test
    void anAnnualReportIsDueByTheEndOf31JanuaryOfTheNextYearInTheProvince() {
        assertThat(ProgrammeCalendar.annualReportDueOn(2019)).isEqualTo(day("2020-01-31"));
        assertThat(ProgrammeCalendar.annualReportYearDueIn(2020)).isEqualTo(2019);
        // Midnight between 31 January and 1 February in Asia/Shanghai is 16:00 UTC on 31 January.
        assertThat(ProgrammeCalendar.annualReportLateFrom(2019)).isEqualTo(Instant.parse("2020-01-31T16:00:00Z"));
        assertThat(ProgrammeCalendar.annualReportDaysLate(2019, at("2020-01-31T23:59:59.999+08:00"))).isZero();
        assertThat(ProgrammeCalendar.annualReportDaysLate(2019, at("2020-02-01T00:00:00+08:00"))).isEqualTo(1);
        assertThat(ProgrammeCalendar.annualReportDaysLate(2019, Instant.parse("2020-01-31T15:59:59.999Z"))).isZero();
        assertThat(ProgrammeCalendar.annualReportDaysLate(2019, Instant.parse("2020-01-31T16:00:00Z"))).isEqualTo(1);
        // 1 March 2020 08:00 in the province: February 2020 had 29 days.
        assertThat(ProgrammeCalendar.annualReportDaysLate(2019, Instant.parse("2020-03-01T00:00:00Z"))).isEqualTo(30);
        // Early, even before the year ended, is on time (the service refuses it for other reasons).
        assertThat(ProgrammeCalendar.annualReportDaysLate(2019, Instant.parse("2019-06-01T00:00:00Z"))).isZero();
        // Not submitted: overdue from 1 February.
        assertThat(ProgrammeCalendar.annualReportOverdue(2019, day("2020-01-31"))).isFalse();
        assertThat(ProgrammeCalendar.annualReportOverdue(2019, day("2020-02-01"))).isTrue();
        // The figures count up to the end of 31 December of the year.
        assertThat(ProgrammeCalendar.annualReportFiguresAsOf(2019)).isEqualTo(day("2019-12-31"));
        assertThat(ProgrammeCalendar.endOf(ProgrammeCalendar.annualReportFiguresAsOf(2019)))
                .isEqualTo(ProgrammeCalendar.endOfYear(2019));
    }

    @Test
    void aMilestoneIsLateFromTheDayAfterItsDateUnlessItWasDone() {
        LocalDate due = day("2019-06-30");
        assertThat(ProgrammeCalendar.milestoneLate(due, null, day("2019-06-30"))).isFalse();
        assertThat(ProgrammeCalendar.milestoneLate(due, null, day("2019-07-01"))).isTrue();
        assertThat(ProgrammeCalendar.daysLate(due, day("2019-07-01"))).isEqualTo(1);
        // Done, even after its date: not late.
        assertThat(ProgrammeCalendar.milestoneLate(due, day("2019-07-05"), day("2019-08-01"))).isFalse();
        // The day of an instant decides: the last millisecond of 30 June is still in time.
        assertThat(ProgrammeCalendar.milestoneLate(due, null,
                ProgrammeCalendar.dayOf(at("2019-06-30T23:59:59.999+08:00")))).isFalse();
        assertThat(ProgrammeCalendar.milestoneLate(due, null,
                ProgrammeCalendar.dayOf(at("2019-07-01T00:00:00+08:00")))).isTrue();
    }

    @Test
    void aRectificationIsOverdueFromTheDayAfterItsDeadline() {
        LocalDate deadline = day("2019-08-31");
        assertThat(ProgrammeCalendar.rectificationOverdue(deadline, day("2019-08-31"))).isFalse();
        assertThat(ProgrammeCalendar.rectificationOverdue(deadline, day("2019-09-01"))).isTrue();
        assertThat(ProgrammeCalendar.rectificationOverdue(deadline,
                ProgrammeCalendar.dayOf(at("2019-08-31T23:59:59.999+08:00")))).isFalse();
        assertThat(ProgrammeCalendar.rectificationOverdue(deadline,
                ProgrammeCalendar.dayOf(at("2019-09-01T00:00:00+08:00")))).isTrue();
        // A deadline set today is acceptable; one before today is already overdue (a spot check refuses it).
        assertThat(ProgrammeCalendar.rectificationOverdue(day("2019-08-31"), day("2019-09-01"))).isTrue();
    }

    @Test
    void aCityIsAbolishedFromItsEffectiveDayOnWhenItsSuccessorActsForIt() {
        // 莱芜市 → 济南市 from 2019-01-09.
        LocalDate effectiveOn = day("2019-01-09");
        assertThat(ProgrammeCalendar.cityAbolished(effectiveOn, day("2019-01-08"))).isFalse();
        assertThat(ProgrammeCalendar.cityAbolished(effectiveOn, day("2019-01-09"))).isTrue();
        assertThat(ProgrammeCalendar.cityAbolished(effectiveOn, day("2025-06-30"))).isTrue();
        assertThat(ProgrammeCalendar.cityAbolished(effectiveOn,
                ProgrammeCalendar.dayOf(at("2019-01-08T23:59:59.999+08:00")))).isFalse();
        assertThat(ProgrammeCalendar.cityAbolished(effectiveOn,
                ProgrammeCalendar.dayOf(at("2019-01-09T00:00:00+08:00")))).isTrue();
        // ProvinceClock.pin(day) stops the clock at that day's first instant, which is that day.
        assertThat(ProgrammeCalendar.dayOf(ProgrammeCalendar.startOf(effectiveOn))).isEqualTo(effectiveOn);
    }
}
