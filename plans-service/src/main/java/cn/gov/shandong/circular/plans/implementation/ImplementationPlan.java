package cn.gov.shandong.circular.plans.implementation;

import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.ImplementationPlanReturned;
import cn.gov.shandong.circular.events.ImplementationPlanSubmitted;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import cn.gov.shandong.circular.events.PlanTarget;
import cn.gov.shandong.circular.plans.approval.ApprovalKind;
import cn.gov.shandong.circular.plans.approval.ApprovalVersion;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of a park's implementation plan (实施方案) under a programme: the park drafts and submits, its city
 * approves or returns ({@link ApprovalVersion}'s lifecycle, in {@link PlanStatus}'s words). Its targets and projects
 * are {@link PlanIndicatorTarget} and {@link PlanProject} rows.
 */
@Entity
@Table(name = "implementation_plan")
@AttributeOverride(name = "decisionNote", column = @Column(name = "decision_reasons"))
public class ImplementationPlan extends ApprovalVersion<PlanStatus, ImplementationPlan.Approved> {

    public static final ApprovalKind<PlanStatus> KIND = new ApprovalKind<>(PlanStatus.class, "implementation_plan",
            "Implementation plan", "create a revision (POST .../revisions) instead",
            "only the approved version can be revised");

    @Column(name = "park_code", nullable = false, updatable = false)
    public String parkCode;

    /** The park's city when the plan was started: the city that approves it. */
    @Column(name = "city_code", nullable = false, updatable = false)
    public String cityCode;

    @Column(name = "programme_code", nullable = false, updatable = false)
    public String programmeCode;

    /** What the approval event carries: the version's targets and projects. */
    public record Approved(List<PlanTarget> targets, List<PlanProjectEntry> projects) {
    }

    /** A new draft version of a park's plan. */
    public static ImplementationPlan draft(String parkCode, String cityCode, String programmeCode, int revision,
                                           String by, OffsetDateTime at) {
        ImplementationPlan plan = new ImplementationPlan();
        plan.parkCode = parkCode;
        plan.cityCode = cityCode;
        plan.programmeCode = programmeCode;
        plan.startDraft(revision, by, at);
        return plan;
    }

    @Override
    protected ApprovalKind<PlanStatus> kind() {
        return KIND;
    }

    @Override
    protected DomainEvent submitted() {
        return new ImplementationPlanSubmitted(id, parkCode, cityCode, programmeCode, revision);
    }

    @Override
    protected DomainEvent inForce(Approved content) {
        return new ImplementationPlanApproved(id, parkCode, cityCode, programmeCode, revision, content.targets(),
                content.projects());
    }

    @Override
    protected DomainEvent returned() {
        return new ImplementationPlanReturned(id, parkCode, cityCode, programmeCode, revision, decisionNote);
    }

    @Override
    protected ImplementationPlan draftInSeries(int revision, String by, OffsetDateTime at) {
        return draft(parkCode, cityCode, programmeCode, revision, by, at);
    }
}
