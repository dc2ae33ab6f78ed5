package cn.gov.shandong.circular.plans.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The implementation plan's state machine (not a @QuarkusTest). */
class PlanStatusTest {

    @Test
    void aDraftIsSubmittedThenApprovedOrReturnedAndAReturnedVersionIsResubmitted() {
        assertThat(PlanStatus.DRAFT.canMoveTo(PlanStatus.SUBMITTED)).isTrue();
        assertThat(PlanStatus.SUBMITTED.canMoveTo(PlanStatus.APPROVED)).isTrue();
        assertThat(PlanStatus.SUBMITTED.canMoveTo(PlanStatus.RETURNED)).isTrue();
        assertThat(PlanStatus.RETURNED.canMoveTo(PlanStatus.SUBMITTED)).isTrue();
        assertThat(PlanStatus.APPROVED.canMoveTo(PlanStatus.SUPERSEDED)).isTrue();
    }

    @Test
    void nothingSkipsTheCitysDecisionAndAnApprovedVersionOnlyGivesWayToALaterOne() {
        assertThat(PlanStatus.DRAFT.canMoveTo(PlanStatus.APPROVED)).isFalse();
        assertThat(PlanStatus.RETURNED.canMoveTo(PlanStatus.APPROVED)).isFalse();
        assertThat(PlanStatus.SUBMITTED.canMoveTo(PlanStatus.SUBMITTED)).isFalse();
        for (PlanStatus next : PlanStatus.values()) {
            assertThat(PlanStatus.APPROVED.canMoveTo(next)).as("APPROVED -> " + next)
                    .isEqualTo(next == PlanStatus.SUPERSEDED);
            assertThat(PlanStatus.SUPERSEDED.canMoveTo(next)).as("SUPERSEDED -> " + next).isFalse();
        }
    }

    @Test
    void onlyDraftsAndReturnedVersionsAreEditableAndOnlyVersionsOnTheirWayAreOpen() {
        assertThat(EnumSet.allOf(PlanStatus.class).stream().filter(PlanStatus::isEditable))
                .containsExactlyInAnyOrder(PlanStatus.DRAFT, PlanStatus.RETURNED);
        assertThat(PlanStatus.open()).containsExactlyInAnyOrder(PlanStatus.DRAFT, PlanStatus.SUBMITTED,
                PlanStatus.RETURNED);
    }
}
