package cn.gov.shandong.circular.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.reporting.progress.PipelineRule.Application;
import cn.gov.shandong.circular.reporting.progress.PipelineRule.Stage;
import cn.gov.shandong.circular.reporting.progress.PipelineRule.Step;
import cn.gov.shandong.circular.reporting.progress.PipelineRule.StepAt;
import cn.gov.shandong.circular.reporting.progress.PipelineRule.Verdict;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counting rules of the programme's pipeline (docs/decisions.md 44), without a database. */
class PipelineRuleTest {

    private static final Instant APPLIED = at("2020-03-01T10:00+08:00");

    @Test
    void aFilingBy31DecemberInShanghaiIsOnTimeAndTwentyMinutesLaterIsLate() {
        Verdict onTime = PipelineRule.judge(2020, List.of(filed(at("2020-12-31T23:30+08:00"), null)), null, now());
        assertThat(onTime.stage()).isEqualTo(Stage.FILED_ON_TIME);
        assertThat(onTime.overdue()).isFalse();
        // 2020-12-31T16:10Z is still 31 December in UTC, but 1 January in the province: late.
        Verdict late = PipelineRule.judge(2020, List.of(filed(at("2021-01-01T00:10+08:00"), null)), null, now());
        assertThat(late.stage()).isEqualTo(Stage.FILED_LATE);
        assertThat(late.overdue()).isFalse();
        assertThat(late.applied()).isTrue();
    }

    @Test
    void asOfADayOnlyWhatHappenedByItsEndCounts() {
        List<Application> lateFiling = List.of(filed(at("2021-01-01T00:10+08:00"), null));
        // As of 31 December 2020 (end: 2021-01-01T00:00+08:00) the city has passed it, not yet overdue.
        Verdict lastDay = PipelineRule.judge(2020, lateFiling, endOf("2021-01-01T00:00+08:00"), now());
        assertThat(lastDay.stage()).isEqualTo(Stage.PASSED);
        assertThat(lastDay.overdue()).isFalse();
        assertThat(lastDay.applied()).isTrue();
        // Ten minutes into the new year it is overdue; at 00:10 it is filed late.
        Verdict before = PipelineRule.judge(2020, lateFiling, endOf("2021-01-01T00:10+08:00"), now());
        assertThat(before.overdue()).isTrue();
        assertThat(before.stage()).isEqualTo(Stage.PASSED);
        Verdict after = PipelineRule.judge(2020, lateFiling, endOf("2021-01-01T00:10:00.000001+08:00"), now());
        assertThat(after.stage()).isEqualTo(Stage.FILED_LATE);
        assertThat(after.overdue()).isFalse();
        // Before it applied, nothing.
        Verdict nothing = PipelineRule.judge(2020, lateFiling, APPLIED, now());
        assertThat(nothing).isEqualTo(new Verdict(false, Stage.NONE, false, false));
    }

    @Test
    void aRevokedFilingCountsUntilItsRevocationAndARefilingAfterTheYearIsLate() {
        Application first = filed(at("2020-06-01T10:00+08:00"), at("2021-03-01T10:00+08:00"));
        assertThat(PipelineRule.judge(2020, List.of(first), endOf("2021-02-28T00:00+08:00"), now()).stage())
                .isEqualTo(Stage.FILED_ON_TIME);
        Verdict revoked = PipelineRule.judge(2020, List.of(first), endOf("2021-03-02T00:00+08:00"), now());
        assertThat(revoked).isEqualTo(new Verdict(true, Stage.NONE, true, true));

        Application again = new Application("b", null, List.of(new StepAt(at("2021-04-01T10:00+08:00"), Step.APPLIED)),
                at("2021-06-01T10:00+08:00"), null);
        Verdict reapplied = PipelineRule.judge(2020, List.of(first, again), endOf("2021-05-01T00:00+08:00"), now());
        assertThat(reapplied).isEqualTo(new Verdict(true, Stage.UNDER_REVIEW, true, true));
        Verdict refiled = PipelineRule.judge(2020, List.of(first, again), null, now());
        assertThat(refiled).isEqualTo(new Verdict(true, Stage.FILED_LATE, false, false));
    }

    @Test
    void theLatestStepOfTheLatestApplicationGivesTheStage() {
        assertThat(stageAfter(Step.APPLIED)).isEqualTo(Stage.UNDER_REVIEW);
        assertThat(stageAfter(Step.APPLIED, Step.REVIEW_OPENED)).isEqualTo(Stage.UNDER_REVIEW);
        assertThat(stageAfter(Step.APPLIED, Step.REVIEW_OPENED, Step.RETURNED)).isEqualTo(Stage.UNDER_REVIEW);
        assertThat(stageAfter(Step.APPLIED, Step.RETURNED, Step.RESUBMITTED)).isEqualTo(Stage.UNDER_REVIEW);
        assertThat(stageAfter(Step.APPLIED, Step.PASSED)).isEqualTo(Stage.PASSED);
        assertThat(stageAfter(Step.APPLIED, Step.PASSED, Step.FILING_RETURNED)).isEqualTo(Stage.UNDER_REVIEW);
        assertThat(stageAfter(Step.APPLIED, Step.FAILED)).isEqualTo(Stage.NONE);
        // Steps at the same instant follow the process, not the order they were read in.
        Instant same = at("2020-05-01T10:00+08:00");
        Application tie = new Application("t", null, List.of(new StepAt(same, Step.PASSED), new StepAt(same, Step.APPLIED)),
                null, null);
        assertThat(PipelineRule.judge(2020, List.of(tie), null, now()).stage()).isEqualTo(Stage.PASSED);
        // A failed application followed by a new one: the new one's stage.
        Application failed = steps("f", Step.APPLIED, Step.FAILED);
        Application second = new Application("s", null, List.of(new StepAt(at("2020-09-01T10:00+08:00"), Step.APPLIED)),
                null, null);
        assertThat(PipelineRule.judge(2020, List.of(failed, second), null, now()).stage()).isEqualTo(Stage.UNDER_REVIEW);
    }

    @Test
    void anOverdueParkWithNoApplicationIsOverdueOnceItsYearIsOverAsOfNow() {
        assertThat(PipelineRule.judge(2020, List.of(), null, at("2021-01-01T00:00+08:00")))
                .isEqualTo(new Verdict(false, Stage.NONE, false, true));
        assertThat(PipelineRule.judge(2020, List.of(), null, at("2020-12-31T23:59:59+08:00")))
                .isEqualTo(new Verdict(false, Stage.NONE, false, false));
    }

    @Test
    void aFilingCountsForTheProgrammeItsApplicationNamesElseForTheSchedule() {
        Map<String, Integer> schedules = Map.of("2018-2020", 2019, "2021-2025", 2023);
        Application named = new Application("n", "2021-2025", List.of(new StepAt(APPLIED, Step.APPLIED)), null, null);
        assertThat(PipelineRule.programmeOf(named, schedules)).contains("2021-2025");
        // Unnamed: the schedule with the latest year not after the year it began, else the earliest.
        assertThat(PipelineRule.programmeOf(filed(at("2020-06-01T10:00+08:00"), null), schedules)).contains("2018-2020");
        Application in2024 = new Application("x", null, List.of(new StepAt(at("2024-01-01T00:30+08:00"), Step.APPLIED)),
                null, null);
        assertThat(PipelineRule.programmeOf(in2024, schedules)).contains("2021-2025");
        Application in2017 = new Application("y", null, List.of(new StepAt(at("2017-12-31T23:30+08:00"), Step.APPLIED)),
                null, null);
        assertThat(PipelineRule.programmeOf(in2017, schedules)).contains("2018-2020");
        assertThat(PipelineRule.programmeOf(in2017, Map.of())).isEmpty();
    }

    private static Stage stageAfter(Step... steps) {
        return PipelineRule.judge(2020, List.of(steps("a", steps)), null, now()).stage();
    }

    /** Steps a day apart from 1 March 2020. */
    private static Application steps(String id, Step... steps) {
        List<StepAt> list = new java.util.ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            list.add(new StepAt(APPLIED.plusSeconds(86_400L * i), steps[i]));
        }
        return new Application(id, null, list, null, null);
    }

    private static Application filed(Instant filedAt, Instant revokedAt) {
        return new Application("a", null, List.of(new StepAt(APPLIED, Step.APPLIED),
                new StepAt(APPLIED.plusSeconds(86_400), Step.PASSED)), filedAt, revokedAt);
    }

    private static Instant at(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }

    /** The end of a report's day is the next midnight in the province; here any instant. */
    private static Instant endOf(String time) {
        return at(time);
    }

    private static Instant now() {
        return at("2030-01-01T00:00+08:00");
    }
}
