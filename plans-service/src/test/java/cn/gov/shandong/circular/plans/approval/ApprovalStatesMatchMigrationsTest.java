package cn.gov.shandong.circular.plans.approval;

import static cn.gov.shandong.circular.common.testing.Migrations.names;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.Migrations;
import cn.gov.shandong.circular.plans.implementation.ImplementationPlan;
import cn.gov.shandong.circular.plans.promotion.PromotionPlan;
import cn.gov.shandong.circular.plans.promotion.PromotionPlanStatus;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each workflow's states in Java are the states its table's SQL allows, so the two cannot drift: the status check,
 * the decision check, the one-open and one-in-force partial unique indexes and the edit triggers, read from the
 * Flyway migrations on the classpath ({@link Migrations}: the last definition wins, as it does in the database).
 * Not a @QuarkusTest.
 */
class ApprovalStatesMatchMigrationsTest {

    @Test
    void theImplementationPlanStatesAreTheOnesTheImplementationPlanTableAllows() {
        Migrations sql = Migrations.read();
        assertTheTableAllowsTheStates(sql, ImplementationPlan.KIND);
        assertTheContentChangesOnlyWhileEditable(sql, ImplementationPlan.KIND, "plan_indicator_target_editable",
                "plan_project_editable");
    }

    @Test
    void thePromotionPlanStatesAreTheOnesThePromotionPlanTableAllows() {
        Migrations sql = Migrations.read();
        assertTheTableAllowsTheStates(sql, PromotionPlan.KIND);
        assertTheContentChangesOnlyWhileEditable(sql, PromotionPlan.KIND, "promotion_plan_park_editable");
        String milestones = sql.function("promotion_milestone_editable");
        assertThat(sql.list(milestones, "if plan_status in"))
                .as("the states promotion_milestone_editable lets milestones change in")
                .containsExactlyElementsOf(names(editable(PromotionPlanStatus.class)));
        // Recording a milestone done is the one change outside them: on the version in force, and marked alike on
        // a version on its way that is no longer editable (submitted).
        EnumSet<PromotionPlanStatus> doneRecorded = EnumSet.noneOf(PromotionPlanStatus.class);
        for (PromotionPlanStatus status : PromotionPlanStatus.values()) {
            if (status.isInForce() || (status.isOpen() && !status.isEditable())) {
                doneRecorded.add(status);
            }
        }
        assertThat(sql.list(milestones, "tg_op = 'UPDATE' and plan_status in"))
                .as("the states promotion_milestone_editable lets a milestone be recorded done in")
                .containsExactlyElementsOf(names(doneRecorded));
    }

    @Test
    void eachWorkflowNamesEveryStageOnceAndMovesAsTheOneTable() {
        for (ApprovalKind<?> kind : List.of(ImplementationPlan.KIND, PromotionPlan.KIND)) {
            for (ApprovalStage from : ApprovalStage.values()) {
                for (ApprovalStage to : ApprovalStage.values()) {
                    assertThat(canMove(kind, from, to)).as(kind.noun() + ": " + from + " -> " + to)
                            .isEqualTo(ApprovalStage.TABLE.allows(from, to));
                }
            }
        }
    }

    private static <S extends Enum<S> & ApprovalState<S>> boolean canMove(ApprovalKind<S> kind, ApprovalStage from,
                                                                          ApprovalStage to) {
        return kind.state(from).canMoveTo(kind.state(to));
    }

    private static <S extends Enum<S> & ApprovalState<S>> void assertTheTableAllowsTheStates(Migrations sql,
                                                                                             ApprovalKind<S> kind) {
        String table = sql.table(kind.table());
        assertThat(sql.list(table, "check (status in"))
                .as(kind.table() + ".status check")
                .containsExactlyElementsOf(names(EnumSet.allOf(kind.states())));
        // A decision moves a submitted version: the outcomes are where SUBMITTED may go.
        EnumSet<S> outcomes = EnumSet.noneOf(kind.states());
        ApprovalStage.TABLE.next(ApprovalStage.SUBMITTED).forEach(stage -> outcomes.add(kind.state(stage)));
        assertThat(sql.list(table, "check (decision_outcome in"))
                .as(kind.table() + ".decision_outcome check")
                .containsExactlyInAnyOrderElementsOf(names(outcomes));
        assertThat(sql.list(sql.index(kind.oneOpenIndex(), kind.table()), "where status in"))
                .as(kind.oneOpenIndex())
                .containsExactlyElementsOf(names(kind.open()));
        assertThat(sql.list(sql.index(kind.oneInForceIndex(), kind.table()), "where status ="))
                .as(kind.oneInForceIndex())
                .containsExactly(kind.inForce().name());
        assertThat(sql.text()).as("the revision constraint " + kind.revisionConstraint())
                .contains("constraint " + kind.revisionConstraint() + " unique");
    }

    /** Each trigger's function refuses a change outside the editable states (of the workflow's table, if it is told). */
    private static <S extends Enum<S> & ApprovalState<S>> void assertTheContentChangesOnlyWhileEditable(
            Migrations sql, ApprovalKind<S> kind, String... triggers) {
        for (String trigger : triggers) {
            List<String> call = sql.trigger(trigger);
            if (call.size() > 1) {
                assertThat(call.get(1)).as(trigger + "'s versions table").isEqualTo(kind.table());
            }
            assertThat(sql.list(sql.function(call.get(0)), "status not in"))
                    .as("the states " + trigger + " (" + call.get(0) + ") lets content change in")
                    .containsExactlyElementsOf(names(editable(kind.states())));
        }
    }

    private static <S extends Enum<S> & ApprovalState<S>> EnumSet<S> editable(Class<S> type) {
        EnumSet<S> editable = EnumSet.noneOf(type);
        for (S state : type.getEnumConstants()) {
            if (state.isEditable()) {
                editable.add(state);
            }
        }
        return editable;
    }
}
