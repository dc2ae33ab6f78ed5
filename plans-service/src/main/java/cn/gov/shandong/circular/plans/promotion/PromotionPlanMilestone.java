package cn.gov.shandong.circular.plans.promotion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A milestone (时间节点) of a park in one version of a city's promotion plan. {@code milestoneId} is the
 * milestone across the versions; {@code id} is this version's row. Done when {@code doneOn} is set.
 */
@Entity
@Table(name = "promotion_milestone")
public class PromotionPlanMilestone extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "park_code", nullable = false)
    public String parkCode;

    @Column(name = "milestone_id", nullable = false)
    public UUID milestoneId;

    public int position;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    public String description;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(name = "done_by")
    public String doneBy;

    @Column(name = "done_at")
    public OffsetDateTime doneAt;

    static PromotionPlanMilestone of(UUID planId, String parkCode, UUID milestoneId, int position, LocalDate dueDate,
                                     String description) {
        PromotionPlanMilestone row = new PromotionPlanMilestone();
        row.id = UUID.randomUUID();
        row.planId = planId;
        row.parkCode = parkCode;
        row.milestoneId = milestoneId;
        row.position = position;
        row.dueDate = dueDate;
        row.description = description;
        return row;
    }

    /** Keeps what an earlier row of the same milestone recorded as done. */
    PromotionPlanMilestone doneAs(PromotionPlanMilestone earlier) {
        if (earlier != null && earlier.doneOn != null) {
            doneOn = earlier.doneOn;
            doneBy = earlier.doneBy;
            doneAt = earlier.doneAt;
        }
        return this;
    }

    PromotionRules.Milestone toMilestone() {
        return new PromotionRules.Milestone(milestoneId, dueDate, description, doneOn);
    }
}
