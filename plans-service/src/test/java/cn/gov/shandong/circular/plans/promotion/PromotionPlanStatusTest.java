package cn.gov.shandong.circular.plans.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The promotion plan's state machine (not a @QuarkusTest). */
class PromotionPlanStatusTest {

    @Test
    void aDraftIsSubmittedThenAcknowledgedOrReturnedAndAReturnedVersionIsResubmitted() {
        assertThat(PromotionPlanStatus.DRAFT.canMoveTo(PromotionPlanStatus.SUBMITTED)).isTrue();
        assertThat(PromotionPlanStatus.SUBMITTED.canMoveTo(PromotionPlanStatus.ACKNOWLEDGED)).isTrue();
        assertThat(PromotionPlanStatus.SUBMITTED.canMoveTo(PromotionPlanStatus.RETURNED)).isTrue();
        assertThat(PromotionPlanStatus.RETURNED.canMoveTo(PromotionPlanStatus.SUBMITTED)).isTrue();
        assertThat(PromotionPlanStatus.ACKNOWLEDGED.canMoveTo(PromotionPlanStatus.SUPERSEDED)).isTrue();
    }

    @Test
    void nothingSkipsTheProvinceAndAnAcknowledgedVersionOnlyGivesWayToALaterOne() {
        assertThat(PromotionPlanStatus.DRAFT.canMoveTo(PromotionPlanStatus.ACKNOWLEDGED)).isFalse();
        assertThat(PromotionPlanStatus.RETURNED.canMoveTo(PromotionPlanStatus.ACKNOWLEDGED)).isFalse();
        assertThat(PromotionPlanStatus.SUBMITTED.canMoveTo(PromotionPlanStatus.SUBMITTED)).isFalse();
        assertThat(PromotionPlanStatus.DRAFT.canMoveTo(PromotionPlanStatus.RETURNED)).isFalse();
        for (PromotionPlanStatus next : PromotionPlanStatus.values()) {
            assertThat(PromotionPlanStatus.ACKNOWLEDGED.canMoveTo(next)).as("ACKNOWLEDGED -> " + next)
                    .isEqualTo(next == PromotionPlanStatus.SUPERSEDED);
            assertThat(PromotionPlanStatus.SUPERSEDED.canMoveTo(next)).as("SUPERSEDED -> " + next).isFalse();
        }
    }

    @Test
    void onlyDraftsAndReturnedVersionsAreEditableAndOnlyTheAcknowledgedVersionIsInForce() {
        assertThat(EnumSet.allOf(PromotionPlanStatus.class).stream().filter(PromotionPlanStatus::isEditable))
                .containsExactlyInAnyOrder(PromotionPlanStatus.DRAFT, PromotionPlanStatus.RETURNED);
        assertThat(PromotionPlanStatus.open()).containsExactlyInAnyOrder(PromotionPlanStatus.DRAFT,
                PromotionPlanStatus.SUBMITTED, PromotionPlanStatus.RETURNED);
        assertThat(EnumSet.allOf(PromotionPlanStatus.class).stream().filter(PromotionPlanStatus::isInForce))
                .containsExactly(PromotionPlanStatus.ACKNOWLEDGED);
    }
}
