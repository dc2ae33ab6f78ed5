package cn.gov.shandong.circular.reporting.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.cities.Successions;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.reporting.progress.ProgressQuery.Tally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The annual report's calendar and counting rules (decision 46); not a @QuarkusTest. */
class AnnualReportDeadlineTest {

    @Test
    void aReportForAYearIsDueByTheEndOf31JanuaryOfTheNextYearInTheProvince() {
        assertThat(AnnualReportDeadline.dueOn(2019)).isEqualTo(LocalDate.of(2020, 1, 31));
        // Midnight between 31 January and 1 February in Asia/Shanghai is 16:00 UTC on 31 January.
        assertThat(AnnualReportDeadline.lateFrom(2019)).isEqualTo(Instant.parse("2020-01-31T16:00:00Z"));
    }

    @Test
    void theLastMillisecondOf31JanuaryIsOnTimeAndMidnightIsOneDayLate() {
        assertThat(AnnualReportDeadline.daysLate(2019, Instant.parse("2020-01-31T15:59:59.999Z"))).isZero();
        assertThat(AnnualReportDeadline.daysLate(2019, Instant.parse("2020-01-31T16:00:00Z"))).isEqualTo(1);
        // 1 March 2020 08:00 in the province: February 2020 had 29 days.
        assertThat(AnnualReportDeadline.daysLate(2019, Instant.parse("2020-03-01T00:00:00Z"))).isEqualTo(30);
        // Early, even before the year ended, is on time (the service refuses it for other reasons).
        assertThat(AnnualReportDeadline.daysLate(2019, Instant.parse("2019-06-01T00:00:00Z"))).isZero();
    }

    @Test
    void aReportNotSubmittedIsOverdueFromTheFirstOfFebruary() {
        assertThat(AnnualReportDeadline.overdueOn(2019, LocalDate.of(2020, 1, 31))).isFalse();
        assertThat(AnnualReportDeadline.overdueOn(2019, LocalDate.of(2020, 2, 1))).isTrue();
    }

    @Test
    void theYearEndsAtMidnightStarting1JanuaryInTheProvinceAndTheFiguresCountWhatCameBefore() {
        assertThat(AnnualReportDeadline.figuresBefore(2019)).isEqualTo(Instant.parse("2019-12-31T16:00:00Z"));
        assertThat(AnnualReportDeadline.yearEnded(2019, Instant.parse("2019-12-31T15:59:59.999Z"))).isFalse();
        assertThat(AnnualReportDeadline.yearEnded(2019, Instant.parse("2019-12-31T16:00:00Z"))).isTrue();
    }

    @Test
    void laiwuReportsFor2018ItsLastYearAndNotAfterJinanTookItsParksOver() {
        Successions laiwu = new Successions(List.of(
                new Successions.Succession("371200", "370100", LocalDate.of(2019, 1, 9))));
        assertThat(AnnualReports.owes(laiwu, "371200", 2018)).isTrue();
        assertThat(AnnualReports.owes(laiwu, "371200", 2019)).isFalse();
        assertThat(AnnualReports.owes(laiwu, "370100", 2019)).isTrue();
        assertThat(AnnualReports.owes(Successions.NONE, "371200", 2019)).isTrue();
    }

    @Test
    void theFiguresCountTheYearAndTheYearsBeforeItPerLevelAndCallTheUnfiledOverdue() {
        List<Tally> tallies = List.of(
                new Tally("371400", "德州市", 2019, ParkLevel.NATIONAL, 2, 2),
                new Tally("371400", "德州市", 2020, ParkLevel.NATIONAL, 1, 0),
                new Tally("371400", "德州市", 2020, ParkLevel.PROVINCIAL, 3, 1),
                new Tally("371400", "德州市", 2020, null, 1, 0),
                // After the report's year: not counted.
                new Tally("371400", "德州市", 2021, ParkLevel.PROVINCIAL, 4, 1));
        List<AnnualReportViews.LevelFigures> levels = AnnualReportFigures.levels(2020, tallies);
        assertThat(levels).containsExactly(
                new AnnualReportViews.LevelFigures("ALL", 5, 1, 7, 3, 4),
                new AnnualReportViews.LevelFigures("NATIONAL", 1, 0, 3, 2, 1),
                new AnnualReportViews.LevelFigures("PROVINCIAL", 3, 1, 3, 1, 2));
    }
}
