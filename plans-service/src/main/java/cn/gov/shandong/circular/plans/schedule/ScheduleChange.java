package cn.gov.shandong.circular.plans.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change of a park's place in a programme: scheduled, moved to another year, or taken out, by
 * whom, when and why. Append-only (a trigger refuses updates and deletes): the history of a schedule.
 */
@Entity
@Table(name = "schedule_change")
public class ScheduleChange extends PanacheEntityBase {

    /** What happened to the park's place in the programme. */
    public enum Kind { SCHEDULED, RESCHEDULED, WITHDRAWN }

    @Id
    public UUID id;

    @Column(name = "programme_code")
    public String programmeCode;

    @Column(name = "park_code")
    public String parkCode;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** The year before the change; null when the park was scheduled. */
    @Column(name = "previous_year")
    public Integer previousYear;

    /** The year after the change; null when the park was taken out. */
    public Integer year;

    /** Required to move or withdraw a park. */
    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    /** The request that made the change; parks scheduled together in bulk share it. */
    @Column(name = "batch_id")
    public UUID batchId;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    static ScheduleChange of(String programmeCode, String parkCode, Kind kind, Integer previousYear, Integer year,
                             String reason, String changedBy, UUID batchId, OffsetDateTime changedAt) {
        ScheduleChange change = new ScheduleChange();
        change.id = UUID.randomUUID();
        change.programmeCode = programmeCode;
        change.parkCode = parkCode;
        change.kind = kind;
        change.previousYear = previousYear;
        change.year = year;
        change.reason = reason;
        change.changedBy = changedBy;
        change.batchId = batchId;
        change.changedAt = changedAt;
        return change;
    }
}
