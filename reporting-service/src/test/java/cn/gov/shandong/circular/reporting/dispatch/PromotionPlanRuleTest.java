package cn.gov.shandong.circular.reporting.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.Done;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.Milestone;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.Standing;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.VersionEvent;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.VersionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The promotion plan's standing and late milestones as of a day (decision 47): plain JUnit, no Quarkus. */
class PromotionPlanRuleTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P71 = TestData.parkCode();
    private static final String P72 = TestData.parkCode();
    private static final String P73 = TestData.parkCode();

    private static final UUID V1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID V2 = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private static VersionEvent event(UUID plan, int revision, VersionStatus status, String at) {
        return new VersionEvent(plan, revision, status, Instant.parse(at), UUID.randomUUID());
    }

    @Test
    void aMilestoneIsLateTheDayAfterItsDateWhileNotDone() {
        LocalDate due = LocalDate.of(2019, 6, 30);
        assertThat(ProgrammeCalendar.milestoneLate(due, null, LocalDate.of(2019, 6, 30))).isFalse();
        assertThat(ProgrammeCalendar.milestoneLate(due, null, LocalDate.of(2019, 7, 1))).isTrue();
        assertThat(ProgrammeCalendar.milestoneLate(due, LocalDate.of(2019, 7, 5), LocalDate.of(2019, 8, 1))).isFalse();
    }

    @Test
    void aDoneEventCountsFromTheEndOfTheDayItWasRecordedOnInTheProvince() {
        Milestone milestone = new Milestone(UUID.randomUUID(), P71, LocalDate.of(2019, 3, 31), "完成方案编制", null);
        // Recorded at 2019-04-10T23:30+08:00, i.e. 15:30Z: known at the end of 10 April, not of 9 April.
        Map<UUID, Done> done = Map.of(milestone.milestoneId(),
                new Done(milestone.milestoneId(), LocalDate.of(2019, 4, 8), Instant.parse("2019-04-10T15:30:00Z")));
        assertThat(PromotionPlanRule.lateMilestones(List.of(milestone), done, LocalDate.of(2019, 4, 9)))
                .singleElement().satisfies(late -> assertThat(late.daysLate()).isEqualTo(9));
        assertThat(PromotionPlanRule.lateMilestones(List.of(milestone), done, LocalDate.of(2019, 4, 10))).isEmpty();
        assertThat(PromotionPlanRule.doneBy(milestone, done, LocalDate.of(2019, 4, 10))).isEqualTo(LocalDate.of(2019, 4, 8));
    }

    @Test
    void aMilestoneDoneInTheAcknowledgedVersionIsNeverLate() {
        Milestone milestone = new Milestone(UUID.randomUUID(), P71, LocalDate.of(2019, 3, 31), "完成方案编制",
                LocalDate.of(2019, 3, 20));
        assertThat(PromotionPlanRule.lateMilestones(List.of(milestone), Map.of(), LocalDate.of(2019, 12, 31))).isEmpty();
    }

    @Test
    void lateMilestonesComeByDateThenPark() {
        Milestone b = new Milestone(UUID.randomUUID(), P72, LocalDate.of(2019, 3, 31), "二", null);
        Milestone a = new Milestone(UUID.randomUUID(), P71, LocalDate.of(2019, 3, 31), "一", null);
        Milestone early = new Milestone(UUID.randomUUID(), P73, LocalDate.of(2019, 2, 28), "零", null);
        assertThat(PromotionPlanRule.lateMilestones(List.of(b, a, early), Map.of(), LocalDate.of(2019, 4, 1)))
                .extracting(PromotionPlanSection.LateMilestone::parkCode).containsExactly(P73, P71, P72);
    }

    @Test
    void theStatusIsTheNewestVersionsAndThePlanInForceTheNewestAcknowledgedWhateverTheOrderOfTheEvents() {
        List<VersionEvent> events = new ArrayList<>(List.of(
                event(V1, 1, VersionStatus.SUBMITTED, "2019-01-10T02:00:00Z"),
                event(V1, 1, VersionStatus.RETURNED, "2019-01-15T02:00:00Z"),
                event(V1, 1, VersionStatus.SUBMITTED, "2019-01-20T02:00:00Z"),
                event(V1, 1, VersionStatus.ACKNOWLEDGED, "2019-01-25T02:00:00Z"),
                event(V2, 2, VersionStatus.SUBMITTED, "2019-05-01T02:00:00Z")));
        for (int i = 0; i < 3; i++) {
            Collections.shuffle(events);
            assertThat(PromotionPlanRule.standing(events, LocalDate.of(2019, 1, 9)))
                    .isEqualTo(new Standing(PromotionPlanSection.Status.NOT_SUBMITTED, null, java.util.Optional.empty()));
            Standing returned = PromotionPlanRule.standing(events, LocalDate.of(2019, 1, 16));
            assertThat(returned.status()).isEqualTo(PromotionPlanSection.Status.RETURNED);
            assertThat(returned.inForce()).isEmpty();
            Standing acknowledged = PromotionPlanRule.standing(events, LocalDate.of(2019, 4, 30));
            assertThat(acknowledged.status()).isEqualTo(PromotionPlanSection.Status.ACKNOWLEDGED);
            assertThat(acknowledged.inForce()).get().extracting(VersionEvent::planId).isEqualTo(V1);
            Standing revised = PromotionPlanRule.standing(events, LocalDate.of(2019, 5, 1));
            assertThat(revised.status()).isEqualTo(PromotionPlanSection.Status.SUBMITTED);
            assertThat(revised.latestRevision()).isEqualTo(2);
            assertThat(revised.inForce()).get().extracting(VersionEvent::revision).isEqualTo(1);
        }
    }
}
