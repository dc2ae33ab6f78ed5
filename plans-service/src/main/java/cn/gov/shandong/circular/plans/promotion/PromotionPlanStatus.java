package cn.gov.shandong.circular.plans.promotion;

import cn.gov.shandong.circular.plans.approval.ApprovalStage;
import cn.gov.shandong.circular.plans.approval.ApprovalState;
import java.util.Set;

/**
 * Where one version of a city's yearly promotion plan (推进计划) stands: the {@link ApprovalStage}s in the plan's
 * words (the moves are declared there, once).
 *
 * <pre>
 * DRAFT        --city submits--> SUBMITTED
 * SUBMITTED    --province acknowledges--> ACKNOWLEDGED | --province returns with comments--> RETURNED
 * RETURNED     --city resubmits--> SUBMITTED
 * ACKNOWLEDGED --a later version is acknowledged--> SUPERSEDED
 * </pre>
 * An acknowledged version is never edited: a change is a new version (a new DRAFT) that goes to the
 * province again, and the acknowledged one stays in force until then. The V5 migration's status check, its partial
 * unique indexes and its triggers are compared with these states by {@code ApprovalStatesMatchMigrationsTest}.
 */
public enum PromotionPlanStatus implements ApprovalState<PromotionPlanStatus> {
    /** 草稿: the city is writing it. */
    DRAFT(ApprovalStage.DRAFT),
    /** 已报送: waiting for the province. */
    SUBMITTED(ApprovalStage.SUBMITTED),
    /** 已退回: the province sent it back with comments; the city changes and resubmits it. */
    RETURNED(ApprovalStage.RETURNED),
    /** 已确认: the city's plan in force for the year (the version whose milestones are recorded done). */
    ACKNOWLEDGED(ApprovalStage.IN_FORCE),
    /** 已被替代: an acknowledged version a later acknowledged version replaced; kept as history. */
    SUPERSEDED(ApprovalStage.SUPERSEDED);

    private final ApprovalStage stage;

    PromotionPlanStatus(ApprovalStage stage) {
        this.stage = stage;
    }

    @Override
    public ApprovalStage stage() {
        return stage;
    }

    /** The versions still on their way to acknowledgement; at most one per city and year. */
    public static Set<PromotionPlanStatus> open() {
        return ApprovalState.open(PromotionPlanStatus.class);
    }
}
