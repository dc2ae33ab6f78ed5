package cn.gov.shandong.circular.plans.promotion;

import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.PromotionParkEntry;
import cn.gov.shandong.circular.events.PromotionPlanAcknowledged;
import cn.gov.shandong.circular.events.PromotionPlanReturned;
import cn.gov.shandong.circular.events.PromotionPlanSubmitted;
import cn.gov.shandong.circular.plans.approval.ApprovalKind;
import cn.gov.shandong.circular.plans.approval.ApprovalVersion;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of a city's promotion plan (推进计划) for a year: the city drafts and submits, the province
 * acknowledges or returns ({@link ApprovalVersion}'s lifecycle, in {@link PromotionPlanStatus}'s words). Its parks
 * and milestones are {@link PromotionPlanPark} and {@link PromotionPlanMilestone} rows.
 */
@Entity
@Table(name = "promotion_plan")
@AttributeOverride(name = "decisionNote", column = @Column(name = "decision_comments"))
public class PromotionPlan extends ApprovalVersion<PromotionPlanStatus, List<PromotionParkEntry>> {

    public static final ApprovalKind<PromotionPlanStatus> KIND = new ApprovalKind<>(PromotionPlanStatus.class,
            "promotion_plan", "Promotion plan", "open a new version (POST .../revisions) instead",
            "only the acknowledged version (the plan in force) can be revised");

    @Column(name = "city_code", nullable = false, updatable = false)
    public String cityCode;

    @Column(nullable = false, updatable = false)
    public int year;

    /** A new draft version of a city's plan for a year. */
    public static PromotionPlan draft(String cityCode, int year, int revision, String by, OffsetDateTime at) {
        PromotionPlan plan = new PromotionPlan();
        plan.cityCode = cityCode;
        plan.year = year;
        plan.startDraft(revision, by, at);
        return plan;
    }

    /** A milestone of the version in force was recorded done: not a change of the plan, but of what the ETag covers. */
    public void milestoneDone(OffsetDateTime at) {
        if (!status.isInForce()) {
            throw new IllegalTransition("Promotion plan " + id + " is " + status + "; milestones are recorded done "
                    + "on the acknowledged version, the plan in force");
        }
        updatedAt = at;
    }

    @Override
    protected ApprovalKind<PromotionPlanStatus> kind() {
        return KIND;
    }

    @Override
    protected DomainEvent submitted() {
        return new PromotionPlanSubmitted(id, cityCode, year, revision);
    }

    @Override
    protected DomainEvent inForce(List<PromotionParkEntry> parks) {
        return new PromotionPlanAcknowledged(id, cityCode, year, revision, parks, decisionNote);
    }

    @Override
    protected DomainEvent returned() {
        return new PromotionPlanReturned(id, cityCode, year, revision, decisionNote);
    }

    @Override
    protected PromotionPlan draftInSeries(int revision, String by, OffsetDateTime at) {
        return draft(cityCode, year, revision, by, at);
    }
}
