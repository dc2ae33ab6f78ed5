package cn.gov.shandong.circular.plans.promotion;

import cn.gov.shandong.circular.common.web.Problems;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a city's promotion plan (推进计划) for a year. Its parks and milestones are
 * {@link PromotionPlanPark} and {@link PromotionPlanMilestone} rows; state changes go through the methods
 * below, which ask {@link PromotionPlanStatus} whether the move is allowed.
 */
@Entity
@Table(name = "promotion_plan")
public class PromotionPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "city_code", nullable = false, updatable = false)
    public String cityCode;

    @Column(nullable = false, updatable = false)
    public int year;

    /** 1 for the city's first version for the year, then 2, 3, ... */
    @Column(nullable = false, updatable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PromotionPlanStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** ACKNOWLEDGED or RETURNED: the latest decision on this version (a resubmitted version keeps the return). */
    @Column(name = "decision_outcome")
    public String decisionOutcome;

    @Column(name = "decision_comments")
    public String decisionComments;

    /** Every change of the version, its content or a milestone done sets it, so the version (the ETag) moves on. */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    @Version
    public long version;

    /** A new draft version of a city's plan for a year. */
    public static PromotionPlan draft(String cityCode, int year, int revision, String by, OffsetDateTime at) {
        PromotionPlan plan = new PromotionPlan();
        plan.id = UUID.randomUUID();
        plan.cityCode = cityCode;
        plan.year = year;
        plan.revision = revision;
        plan.status = PromotionPlanStatus.DRAFT;
        plan.createdBy = by;
        plan.createdAt = at;
        plan.updatedAt = at;
        return plan;
    }

    /** Refuses a change of content unless the version is a draft or returned. */
    public void requireEditable() {
        if (!status.isEditable()) {
            throw Problems.illegalTransition("Promotion plan " + id + " is " + status + " and cannot be edited"
                    + (status == PromotionPlanStatus.ACKNOWLEDGED
                    ? "; open a new version (POST .../revisions) instead" : ""));
        }
    }

    public void submit(String by, OffsetDateTime at) {
        moveTo(PromotionPlanStatus.SUBMITTED, "submitted");
        submittedBy = by;
        submittedAt = at;
        updatedAt = at;
    }

    /** The parks or milestones changed: the version's ETag moves on. */
    public void contentChanged(OffsetDateTime at) {
        requireEditable();
        updatedAt = at;
    }

    /** A milestone of the version in force was recorded done: not a change of the plan, but of what the ETag covers. */
    public void milestoneDone(OffsetDateTime at) {
        if (!status.isInForce()) {
            throw Problems.illegalTransition("Promotion plan " + id + " is " + status + "; milestones are recorded done "
                    + "on the acknowledged version, the plan in force");
        }
        updatedAt = at;
    }

    public void decide(PromotionPlanStatus outcome, String comments, String by, OffsetDateTime at) {
        moveTo(outcome, outcome == PromotionPlanStatus.ACKNOWLEDGED ? "acknowledged" : "returned");
        decisionOutcome = outcome.name();
        decisionComments = comments;
        decidedBy = by;
        decidedAt = at;
        updatedAt = at;
    }

    public void supersede(OffsetDateTime at) {
        moveTo(PromotionPlanStatus.SUPERSEDED, "superseded");
        supersededAt = at;
        updatedAt = at;
    }

    private void moveTo(PromotionPlanStatus next, String action) {
        if (!status.canMoveTo(next)) {
            throw Problems.illegalTransition("Promotion plan " + id + " is " + status + " and cannot be "
                    + action + " (that would make it " + next + ")");
        }
        status = next;
    }
}
