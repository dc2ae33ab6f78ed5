package cn.gov.shandong.circular.plans.implementation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where one version of a park's implementation plan (实施方案) stands, and the only place that says
 * which moves are allowed.
 *
 * <pre>
 * DRAFT     --park submits--> SUBMITTED
 * SUBMITTED --city approves--> APPROVED   | --city returns--> RETURNED
 * RETURNED  --park resubmits--> SUBMITTED
 * APPROVED  --a later version is approved--> SUPERSEDED
 * </pre>
 * An approved version is never edited: a revision is a new version (a new DRAFT) that goes through
 * approval again. Keep in step with the V3 migration's status check, its partial unique indexes and
 * its trigger {@code plan_content_editable}.
 */
public enum PlanStatus {
    /** 草稿: the park is writing it. */
    DRAFT,
    /** 已提交: waiting for the city's approval. */
    SUBMITTED,
    /** 已退回: the city sent it back with reasons; the park revises and resubmits it. */
    RETURNED,
    /** 已批准: the park's plan in force. */
    APPROVED,
    /** 已被替代: an approved version a later approved version replaced; kept as history. */
    SUPERSEDED;

    private static final Map<PlanStatus, Set<PlanStatus>> NEXT = new EnumMap<>(PlanStatus.class);

    static {
        NEXT.put(DRAFT, EnumSet.of(SUBMITTED));
        NEXT.put(SUBMITTED, EnumSet.of(APPROVED, RETURNED));
        NEXT.put(RETURNED, EnumSet.of(SUBMITTED));
        NEXT.put(APPROVED, EnumSet.of(SUPERSEDED));
        NEXT.put(SUPERSEDED, EnumSet.noneOf(PlanStatus.class));
    }

    public boolean canMoveTo(PlanStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Only a draft or a returned version may have its targets and projects changed. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /**
     * A version still on its way to approval; at most one per park and programme (partial unique index
     * {@code implementation_plan_one_open}).
     */
    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == RETURNED;
    }

    public static Set<PlanStatus> open() {
        EnumSet<PlanStatus> open = EnumSet.noneOf(PlanStatus.class);
        for (PlanStatus status : values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        return open;
    }
}
