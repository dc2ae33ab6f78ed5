package cn.gov.shandong.circular.reporting.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.reporting.overdue.OverdueRule.Filing;
import cn.gov.shandong.circular.reporting.overdue.OverdueRule.Status;
import cn.gov.shandong.circular.reporting.overdue.OverdueRule.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The deadline rule on its own: not a @QuarkusTest. Times are written as the province reads them (+08:00). */
class OverdueRuleTest {

    private static final LocalDate NEW_YEAR_2020 = LocalDate.of(2020, 1, 1);

    private static Instant at(String shanghai) {
        return OffsetDateTime.parse(shanghai).toInstant();
    }

    private static Filing filed(String shanghai) {
        return new Filing(at(shanghai), null);
    }

    private static Filing filedAndRevoked(String filed, String revoked) {
        return new Filing(at(filed), at(revoked));
    }

    @Test
    void theDeadlineIsMidnightAtTheEndOf31DecemberInShanghaiNotInUtc() {
        assertThat(ProgrammeCalendar.filingDeadline(2019)).isEqualTo(Instant.parse("2019-12-31T16:00:00Z"));
        assertThat(ProgrammeCalendar.filingLastDay(2019)).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void aFilingAtTheLastMillisecondOf31DecemberIsInTime() {
        assertThat(OverdueRule.judge(2019, false, List.of(filed("2019-12-31T23:59:59.999+08:00")), NEW_YEAR_2020)).isEmpty();
        assertThat(OverdueRule.judge(2019, false, List.of(filed("2019-12-31T23:59:59.999999999+08:00")), NEW_YEAR_2020)).isEmpty();
    }

    @Test
    void aFilingAtMidnightOfNewYearIsLateByOneDay() {
        Optional<Verdict> verdict = OverdueRule.judge(2019, false, List.of(filed("2020-01-01T00:00:00+08:00")), NEW_YEAR_2020);
        assertThat(verdict).contains(new Verdict(Status.FILED_LATE, 1, NEW_YEAR_2020, null));
    }

    @Test
    void aFilingOn31DecemberInUtcThatIsAlreadyNewYearInShanghaiIsLate() {
        // 2019-12-31T16:30Z is 00:30 on 1 January 2020 in the province.
        Optional<Verdict> verdict = OverdueRule.judge(2019, false, List.of(new Filing(Instant.parse("2019-12-31T16:30:00Z"), null)),
                LocalDate.of(2020, 6, 30));
        assertThat(verdict).map(Verdict::status).contains(Status.FILED_LATE);
        assertThat(verdict).map(Verdict::filedLateOn).contains(NEW_YEAR_2020);
    }

    @Test
    void aYearNotOverHasNoOverdueParksUntilTheDayAfter31December() {
        assertThat(OverdueRule.judge(2019, false, List.of(), LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(OverdueRule.judge(2019, false, List.of(), LocalDate.of(2019, 6, 1))).isEmpty();
        assertThat(OverdueRule.judge(2019, false, List.of(), NEW_YEAR_2020))
                .contains(new Verdict(Status.NOT_FILED, 1, null, null));
    }

    @Test
    void anUnfiledParkIsOverdueByTheDaysFrom31DecemberToTheDayAskedAbout() {
        assertThat(OverdueRule.judge(2019, false, List.of(), LocalDate.of(2020, 3, 6)))
                .map(Verdict::daysOverdue).contains(66L);
        // 2020 is a leap year: 366 days to the next 31 December.
        assertThat(OverdueRule.judge(2019, false, List.of(), LocalDate.of(2020, 12, 31)))
                .map(Verdict::daysOverdue).contains(366L);
    }

    @Test
    void aLateFilingAfterTheDayAskedAboutIsNotKnownYet() {
        List<Filing> filings = List.of(filed("2020-03-06T10:00:00+08:00"));
        assertThat(OverdueRule.judge(2019, false, filings, LocalDate.of(2020, 3, 5)))
                .contains(new Verdict(Status.NOT_FILED, 65, null, null));
        assertThat(OverdueRule.judge(2019, false, filings, LocalDate.of(2020, 3, 6)))
                .contains(new Verdict(Status.FILED_LATE, 66, LocalDate.of(2020, 3, 6), null));
        // The days overdue stop at the late filing, however long after it one asks.
        assertThat(OverdueRule.judge(2019, false, filings, LocalDate.of(2021, 1, 1)))
                .map(Verdict::daysOverdue).contains(66L);
    }

    @Test
    void aRevokedFilingDoesNotCountFromItsRevocationOn() {
        List<Filing> filings = List.of(filedAndRevoked("2019-06-01T10:00:00+08:00", "2020-09-01T10:00:00+08:00"));
        // Until the revocation the filing in time stood: not overdue as of then.
        assertThat(OverdueRule.judge(2019, false, filings, LocalDate.of(2020, 8, 31))).isEmpty();
        // From the revocation the park has no filing that counts: overdue, and the revocation says why.
        assertThat(OverdueRule.judge(2019, false, filings, LocalDate.of(2020, 9, 1)))
                .contains(new Verdict(Status.NOT_FILED, 245, null, LocalDate.of(2020, 9, 1)));
    }

    @Test
    void aRevokedFilingFollowedByALateOneIsFiledLate() {
        List<Filing> filings = List.of(
                filedAndRevoked("2019-06-01T10:00:00+08:00", "2020-09-01T10:00:00+08:00"),
                filed("2020-12-01T10:00:00+08:00"));
        assertThat(OverdueRule.judge(2019, false, filings, LocalDate.of(2021, 1, 10)))
                .contains(new Verdict(Status.FILED_LATE, 336, LocalDate.of(2020, 12, 1), LocalDate.of(2020, 9, 1)));
    }

    @Test
    void aFilingRevokedAndRefiledWithinTheYearIsInTime() {
        List<Filing> filings = List.of(
                filedAndRevoked("2019-03-01T10:00:00+08:00", "2019-05-01T10:00:00+08:00"),
                filed("2019-12-31T18:00:00+08:00"));
        assertThat(OverdueRule.judge(2019, false, filings, LocalDate.of(2021, 1, 1))).isEmpty();
    }

    @Test
    void aRevocationWhoseFilingHasNotArrivedIsNoFiling() {
        List<Filing> filings = List.of(new Filing(null, at("2019-05-01T10:00:00+08:00")));
        assertThat(OverdueRule.judge(2019, false, filings, NEW_YEAR_2020))
                .contains(new Verdict(Status.NOT_FILED, 1, null, null));
    }

    @Test
    void aWithdrawnScheduleIsNeverOverdue() {
        assertThat(OverdueRule.judge(2019, true, List.of(), LocalDate.of(2021, 1, 1))).isEmpty();
    }

    @Test
    void theEarliestOfSeveralLateFilingsIsTheDayItWasFiled() {
        List<Filing> filings = List.of(filed("2020-05-01T10:00:00+08:00"), filed("2020-02-01T10:00:00+08:00"));
        assertThat(OverdueRule.judge(2019, false, filings, LocalDate.of(2020, 6, 1)))
                .map(Verdict::filedLateOn).contains(LocalDate.of(2020, 2, 1));
    }
}
