package cn.gov.shandong.circular.plans.supervision;

import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An action a supervision visit required of the park (整改要求), with its deadline; later its
 * resolution. What was required never changes; the status moves once, through {@link ActionStatus}.
 */
@Entity
@Table(name = "supervision_action")
public class SupervisionAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "record_id", nullable = false, updatable = false)
    public UUID recordId;

    @Column(nullable = false, updatable = false)
    public int position;

    @Column(nullable = false, updatable = false)
    public String description;

    @Column(nullable = false, updatable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    public String resolution;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    static SupervisionAction of(UUID recordId, int position, SupervisionRules.Action action) {
        SupervisionAction row = new SupervisionAction();
        row.id = UUID.randomUUID();
        row.recordId = recordId;
        row.position = position;
        row.description = action.description();
        row.deadline = action.deadline();
        row.status = ActionStatus.OPEN;
        return row;
    }

    /** Open, and its deadline has passed (the deadline day itself is still in time). */
    boolean overdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && ProgrammeCalendar.rectificationOverdue(deadline, today);
    }

    void resolve(SupervisionRules.Resolution resolution, String by, OffsetDateTime at) {
        if (!status.canMoveTo(ActionStatus.RESOLVED)) {
            throw new IllegalTransition("Action " + id + " is " + status + " and is resolved once; "
                    + "it was resolved on " + resolvedOn);
        }
        status = ActionStatus.RESOLVED;
        resolvedOn = resolution.resolvedOn();
        this.resolution = resolution.text();
        resolvedBy = by;
        resolvedAt = at;
    }
}
