package cn.gov.shandong.circular.plans.implementation;

import cn.gov.shandong.circular.plans.approval.ApprovalStage;
import cn.gov.shandong.circular.plans.approval.ApprovalState;
import java.util.Set;

/**
 * Where one version of a park's implementation plan (实施方案) stands: the {@link ApprovalStage}s in the plan's
 * words (the moves are declared there, once).
 *
 * <pre>
 * DRAFT     --park submits--> SUBMITTED
 * SUBMITTED --city approves--> APPROVED   | --city returns--> RETURNED
 * RETURNED  --park resubmits--> SUBMITTED
 * APPROVED  --a later version is approved--> SUPERSEDED
 * </pre>
 * An approved version is never edited: a revision is a new version (a new DRAFT) that goes through
 * approval again. The V3 migration's status check, its partial unique indexes and its trigger
 * {@code plan_content_editable} are compared with these states by {@code ApprovalStatesMatchMigrationsTest}.
 */
public enum PlanStatus implements ApprovalState<PlanStatus> {
    /** 草稿: the park is writing it. */
    DRAFT(ApprovalStage.DRAFT),
    /** 已提交: waiting for the city's approval. */
    SUBMITTED(ApprovalStage.SUBMITTED),
    /** 已退回: the city sent it back with reasons; the park revises and resubmits it. */
    RETURNED(ApprovalStage.RETURNED),
    /** 已批准: the park's plan in force. */
    APPROVED(ApprovalStage.IN_FORCE),
    /** 已被替代: an approved version a later approved version replaced; kept as history. */
    SUPERSEDED(ApprovalStage.SUPERSEDED);

    private final ApprovalStage stage;

    PlanStatus(ApprovalStage stage) {
        this.stage = stage;
    }

    @Override
    public ApprovalStage stage() {
        return stage;
    }

    /**
     * The versions still on their way to approval; at most one per park and programme (partial unique index
     * {@code implementation_plan_one_open}).
     */
    public static Set<PlanStatus> open() {
        return ApprovalState.open(PlanStatus.class);
    }
}
