package cn.gov.shandong.circular.plans.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.ImplementationPlanReturned;
import cn.gov.shandong.circular.events.ImplementationPlanSubmitted;
import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.PlanTarget;
import cn.gov.shandong.circular.events.PromotionMilestoneEntry;
import cn.gov.shandong.circular.events.PromotionParkEntry;
import cn.gov.shandong.circular.events.PromotionPlanAcknowledged;
import cn.gov.shandong.circular.events.PromotionPlanSubmitted;
import cn.gov.shandong.circular.plans.implementation.ImplementationPlan;
import cn.gov.shandong.circular.plans.implementation.PlanStatus;
import cn.gov.shandong.circular.plans.promotion.PromotionPlan;
import cn.gov.shandong.circular.plans.promotion.PromotionPlanStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The transitions of a version: each checks the move against the one table, records who and when, and returns the
 * events to publish; a refused move changes nothing and says why (not a @QuarkusTest).
 */
class ApprovalVersionTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2019-03-01T08:00:00Z");
    private static final OffsetDateTime LATER = AT.plusDays(3);

    @Test
    void aDraftIsSubmittedReturnedResubmittedAndApprovedAndEachStepReturnsItsEvent() {
        ImplementationPlan plan = ImplementationPlan.draft("SDP030", "370700", "2018-2020", 1, "manager.SDP030", AT);
        assertThat(plan.status).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.id).isNotNull();
        assertThat(plan.createdAt).isEqualTo(AT);
        assertThat(plan.updatedAt).isEqualTo(AT);

        assertThat(plan.submit("manager.SDP030", AT)).containsExactly(
                new ImplementationPlanSubmitted(plan.id, "SDP030", "370700", "2018-2020", 1));
        assertThat(plan.status).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.submittedBy).isEqualTo("manager.SDP030");

        assertThat(plan.decide(PlanStatus.RETURNED, "基准值有误", "officer.370700", LATER, () -> {
            throw new AssertionError("a return carries no content");
        })).containsExactly(new ImplementationPlanReturned(plan.id, "SDP030", "370700", "2018-2020", 1, "基准值有误"));
        assertThat(plan.status).isEqualTo(PlanStatus.RETURNED);
        assertThat(plan.decisionOutcome).isEqualTo("RETURNED");
        assertThat(plan.decidedAt).isEqualTo(LATER);
        plan.contentChanged(LATER);

        plan.submit("manager.SDP030", LATER);
        ImplementationPlan.Approved content = new ImplementationPlan.Approved(targets(), List.of());
        assertThat(plan.decide(PlanStatus.APPROVED, null, "officer.370700", LATER, () -> content)).containsExactly(
                new ImplementationPlanApproved(plan.id, "SDP030", "370700", "2018-2020", 1, content.targets(),
                        List.of()));
        assertThat(plan.status).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.decisionOutcome).isEqualTo("APPROVED");
        assertThat(plan.decisionNote).isNull();

        assertThat(plan.supersede(LATER)).isEmpty();
        assertThat(plan.status).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(plan.supersededAt).isEqualTo(LATER);
    }

    @Test
    void aMoveTheTableDoesNotAllowIsRefusedInTheWorkflowsWordsAndChangesNothing() {
        ImplementationPlan plan = ImplementationPlan.draft("SDP031", "370700", "2018-2020", 1, "manager.SDP031", AT);
        assertThatThrownBy(() -> plan.decide(PlanStatus.APPROVED, null, "officer.370700", LATER, () -> {
            throw new AssertionError("the content of a refused decision is not read");
        })).isInstanceOf(IllegalTransition.class).hasMessage("Implementation plan " + plan.id
                + " is DRAFT and cannot be approved (that would make it APPROVED)");
        assertThat(plan.status).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.decidedBy).isNull();
        assertThatThrownBy(() -> plan.supersede(LATER)).isInstanceOf(IllegalTransition.class)
                .hasMessage("Implementation plan " + plan.id + " is DRAFT and cannot be superseded (that would make it "
                        + "SUPERSEDED)");
        assertThatThrownBy(() -> plan.revise(2, "manager.SDP031", LATER)).isInstanceOf(IllegalTransition.class)
                .hasMessage("Implementation plan " + plan.id + " is DRAFT; only the approved version can be revised");

        plan.submit("manager.SDP031", AT);
        assertThatThrownBy(() -> plan.submit("manager.SDP031", LATER)).isInstanceOf(IllegalTransition.class)
                .hasMessage("Implementation plan " + plan.id + " is SUBMITTED and cannot be submitted (that would make "
                        + "it SUBMITTED)");
        assertThatThrownBy(() -> plan.contentChanged(LATER)).isInstanceOf(IllegalTransition.class)
                .hasMessage("Implementation plan " + plan.id + " is SUBMITTED and cannot be edited");
        assertThat(plan.submittedAt).isEqualTo(AT);
        assertThat(plan.updatedAt).isEqualTo(AT);
    }

    @Test
    void theVersionInForceIsNeverEditedButRevisedAsANewDraftOfTheSameSeries() {
        ImplementationPlan plan = ImplementationPlan.draft("SDP032", "370700", "2018-2020", 1, "manager.SDP032", AT);
        plan.submit("manager.SDP032", AT);
        plan.decide(PlanStatus.APPROVED, null, "officer.370700", AT,
                () -> new ImplementationPlan.Approved(targets(), List.of()));
        assertThatThrownBy(plan::requireEditable).isInstanceOf(IllegalTransition.class)
                .hasMessage("Implementation plan " + plan.id + " is APPROVED and cannot be edited; create a revision "
                        + "(POST .../revisions) instead");

        ApprovalVersion<PlanStatus, ImplementationPlan.Approved> revision = plan.revise(2, "manager.SDP032", LATER);
        assertThat(revision).isInstanceOf(ImplementationPlan.class);
        ImplementationPlan draft = (ImplementationPlan) revision;
        assertThat(draft.id).isNotEqualTo(plan.id);
        assertThat(draft.revision).isEqualTo(2);
        assertThat(draft.status).isEqualTo(PlanStatus.DRAFT);
        assertThat(List.of(draft.parkCode, draft.cityCode, draft.programmeCode))
                .containsExactly("SDP032", "370700", "2018-2020");
        assertThat(draft.createdBy).isEqualTo("manager.SDP032");
        assertThat(plan.status).as("the approved version stays in force until the revision is approved")
                .isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void aPromotionPlanRunsTheSameLifecycleInItsOwnWords() {
        PromotionPlan plan = PromotionPlan.draft("370700", 2019, 1, "officer.370700", AT);
        assertThatThrownBy(() -> plan.milestoneDone(AT)).isInstanceOf(IllegalTransition.class)
                .hasMessage("Promotion plan " + plan.id + " is DRAFT; milestones are recorded done on the acknowledged "
                        + "version, the plan in force");
        assertThat(plan.submit("officer.370700", AT)).containsExactly(
                new PromotionPlanSubmitted(plan.id, "370700", 2019, 1));
        List<PromotionParkEntry> parks = List.of(new PromotionParkEntry("SDP030", "建设中水回用管网",
                List.of(new PromotionMilestoneEntry(UUID.randomUUID(), LocalDate.parse("2019-06-30"), "开工", null))));
        assertThat(plan.decide(PromotionPlanStatus.ACKNOWLEDGED, "同意", "admin", LATER, () -> parks)).containsExactly(
                new PromotionPlanAcknowledged(plan.id, "370700", 2019, 1, parks, "同意"));
        assertThat(plan.status).isEqualTo(PromotionPlanStatus.ACKNOWLEDGED);
        plan.milestoneDone(LATER);
        assertThatThrownBy(plan::requireEditable).isInstanceOf(IllegalTransition.class)
                .hasMessage("Promotion plan " + plan.id + " is ACKNOWLEDGED and cannot be edited; open a new version "
                        + "(POST .../revisions) instead");
        assertThatThrownBy(() -> plan.submit("officer.370700", LATER)).isInstanceOf(IllegalTransition.class)
                .hasMessage("Promotion plan " + plan.id + " is ACKNOWLEDGED and cannot be submitted (that would make "
                        + "it SUBMITTED)");
        PromotionPlan next = (PromotionPlan) plan.revise(2, "officer.370700", LATER);
        assertThat(List.of(next.cityCode, next.year, next.revision, next.status))
                .containsExactly("370700", 2019, 2, PromotionPlanStatus.DRAFT);
    }

    @Test
    void aWorkflowMustNameEveryStageOnce() {
        assertThatThrownBy(() -> new ApprovalKind<>(Halfway.class, "halfway", "Halfway", "", ""))
                .isInstanceOf(IllegalStateException.class).hasMessage("Halfway does not name stage RETURNED");
    }

    /** A vocabulary that forgot a stage (its names are the stages' own). */
    enum Halfway implements ApprovalState<Halfway> {
        DRAFT, SUBMITTED, IN_FORCE, SUPERSEDED;

        @Override
        public ApprovalStage stage() {
            return ApprovalStage.valueOf(name());
        }
    }

    private static List<PlanTarget> targets() {
        return Indicator.coreIndicators().stream()
                .map(indicator -> new PlanTarget(indicator, indicator.unit(), 2017, 1.0, 2020, 2.0)).toList();
    }
}
