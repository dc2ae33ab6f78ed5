package cn.gov.shandong.circular.plans.supervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One supervision visit (监督检查) of a city to one of its parks: the day, who inspected, what they
 * found, the problems and (as {@link SupervisionAction} rows) the actions required by a deadline.
 *
 * <p>It is an inspection record: what was seen and required on the day is evidence, so no column of
 * it changes once recorded (every content column is {@code updatable = false}, and V6's trigger
 * refuses an update or delete in SQL). A correction is a new visit's record. Only its actions move,
 * each resolved once; a resolution moves {@link #updatedAt}, so the record's version (its ETag) moves.
 */
@Entity
@Table(name = "supervision_record")
public class SupervisionRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "park_code", nullable = false, updatable = false)
    public String parkCode;

    /** The park's city at the visit: the city that supervises it and resolves its actions. */
    @Column(name = "city_code", nullable = false, updatable = false)
    public String cityCode;

    @Column(name = "visited_on", nullable = false, updatable = false)
    public LocalDate visitedOn;

    @Column(nullable = false, updatable = false)
    public String[] inspectors;

    @Column(nullable = false, updatable = false)
    public String findings;

    @Column(nullable = false, updatable = false)
    public String[] problems;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    static SupervisionRecord of(String parkCode, String cityCode, SupervisionRules.Visit visit, String by,
                                OffsetDateTime at) {
        SupervisionRecord record = new SupervisionRecord();
        record.id = UUID.randomUUID();
        record.parkCode = parkCode;
        record.cityCode = cityCode;
        record.visitedOn = visit.visitedOn();
        record.inspectors = visit.inspectors().toArray(String[]::new);
        record.findings = visit.findings();
        record.problems = visit.problems().toArray(String[]::new);
        record.recordedBy = by;
        record.recordedAt = at;
        record.updatedAt = at;
        return record;
    }

    /** An action of the record was resolved: the record's version (the ETag) moves on. */
    void actionResolved(OffsetDateTime at) {
        updatedAt = at;
    }
}
