package cn.gov.shandong.circular.plans.promotion;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where one version of a city's yearly promotion plan (推进计划) stands, and the only place that says
 * which moves are allowed.
 *
 * <pre>
 * DRAFT        --city submits--> SUBMITTED
 * SUBMITTED    --province acknowledges--> ACKNOWLEDGED | --province returns with comments--> RETURNED
 * RETURNED     --city resubmits--> SUBMITTED
 * ACKNOWLEDGED --a later version is acknowledged--> SUPERSEDED
 * </pre>
 * An acknowledged version is never edited: a change is a new version (a new DRAFT) that goes to the
 * province again, and the acknowledged one stays in force until then. Keep in step with the V5
 * migration's status check, its partial unique indexes and its triggers.
 */
public enum PromotionPlanStatus {
    /** 草稿: the city is writing it. */
    DRAFT,
    /** 已报送: waiting for the province. */
    SUBMITTED,
    /** 已退回: the province sent it back with comments; the city changes and resubmits it. */
    RETURNED,
    /** 已确认: the city's plan in force for the year. */
    ACKNOWLEDGED,
    /** 已被替代: an acknowledged version a later acknowledged version replaced; kept as history. */
    SUPERSEDED;

    private static final Map<PromotionPlanStatus, Set<PromotionPlanStatus>> NEXT =
            new EnumMap<>(PromotionPlanStatus.class);

    static {
        NEXT.put(DRAFT, EnumSet.of(SUBMITTED));
        NEXT.put(SUBMITTED, EnumSet.of(ACKNOWLEDGED, RETURNED));
        NEXT.put(RETURNED, EnumSet.of(SUBMITTED));
        NEXT.put(ACKNOWLEDGED, EnumSet.of(SUPERSEDED));
        NEXT.put(SUPERSEDED, EnumSet.noneOf(PromotionPlanStatus.class));
    }

    public boolean canMoveTo(PromotionPlanStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Only a draft or a returned version may have its parks and milestones changed. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** A version still on its way to acknowledgement; at most one per city and year. */
    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == RETURNED;
    }

    /** The version whose milestones are recorded done: the plan in force. */
    public boolean isInForce() {
        return this == ACKNOWLEDGED;
    }

    public static Set<PromotionPlanStatus> open() {
        EnumSet<PromotionPlanStatus> open = EnumSet.noneOf(PromotionPlanStatus.class);
        for (PromotionPlanStatus status : values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        return open;
    }
}
