package cn.gov.shandong.circular.plans.implementation;

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
 * One version of a park's implementation plan (实施方案) under a programme. Its targets and projects are
 * {@link PlanIndicatorTarget} and {@link PlanProject} rows; state changes go through the methods below,
 * which ask {@link PlanStatus} whether the move is allowed.
 */
@Entity
@Table(name = "implementation_plan")
public class ImplementationPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "park_code", nullable = false, updatable = false)
    public String parkCode;

    /** The park's city when the plan was started: the city that approves it. */
    @Column(name = "city_code", nullable = false, updatable = false)
    public String cityCode;

    @Column(name = "programme_code", nullable = false, updatable = false)
    public String programmeCode;

    /** 1 for the park's first version under the programme, then 2, 3, ... */
    @Column(nullable = false, updatable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

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

    /** APPROVED or RETURNED: the latest decision on this version (a resubmitted version keeps the return). */
    @Column(name = "decision_outcome")
    public String decisionOutcome;

    @Column(name = "decision_reasons")
    public String decisionReasons;

    /** Every change of the version or its content sets it, so the version (the ETag) moves on. */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    @Version
    public long version;

    /** A new draft version of a park's plan. */
    public static ImplementationPlan draft(String parkCode, String cityCode, String programmeCode, int revision,
                                           String by, OffsetDateTime at) {
        ImplementationPlan plan = new ImplementationPlan();
        plan.id = UUID.randomUUID();
        plan.parkCode = parkCode;
        plan.cityCode = cityCode;
        plan.programmeCode = programmeCode;
        plan.revision = revision;
        plan.status = PlanStatus.DRAFT;
        plan.createdBy = by;
        plan.createdAt = at;
        plan.updatedAt = at;
        return plan;
    }

    /** Refuses a change of content unless the version is a draft or returned. */
    public void requireEditable() {
        if (!status.isEditable()) {
            throw Problems.illegalTransition("Implementation plan " + id + " is " + status + " and cannot be edited"
                    + (status == PlanStatus.APPROVED ? "; create a revision (POST .../revisions) instead" : ""));
        }
    }

    public void submit(String by, OffsetDateTime at) {
        moveTo(PlanStatus.SUBMITTED, "submitted");
        submittedBy = by;
        submittedAt = at;
        updatedAt = at;
    }

    /** The content changed (targets, projects): the version's ETag moves on. */
    public void contentChanged(OffsetDateTime at) {
        requireEditable();
        updatedAt = at;
    }

    public void decide(PlanStatus outcome, String reasons, String by, OffsetDateTime at) {
        moveTo(outcome, outcome == PlanStatus.APPROVED ? "approved" : "returned");
        decisionOutcome = outcome.name();
        decisionReasons = reasons;
        decidedBy = by;
        decidedAt = at;
        updatedAt = at;
    }

    public void supersede(OffsetDateTime at) {
        moveTo(PlanStatus.SUPERSEDED, "superseded");
        supersededAt = at;
        updatedAt = at;
    }

    private void moveTo(PlanStatus next, String action) {
        if (!status.canMoveTo(next)) {
            throw Problems.illegalTransition("Implementation plan " + id + " is " + status + " and cannot be "
                    + action + " (that would make it " + next + ")");
        }
        status = next;
    }
}
