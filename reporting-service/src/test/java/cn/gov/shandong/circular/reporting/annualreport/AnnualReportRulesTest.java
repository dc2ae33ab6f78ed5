package cn.gov.shandong.circular.reporting.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.cities.Successions;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.reporting.progress.ProgressQuery.Tally;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annual report's counting rules (decision 46); not a @QuarkusTest. Its calendar (due by the end of 31 January,
 * days late, the year's end) is the programme's: ProgrammeCalendarTest in platform-common.
 */
class AnnualReportRulesTest {

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
