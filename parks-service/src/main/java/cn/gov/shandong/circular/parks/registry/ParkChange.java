package cn.gov.shandong.circular.parks.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a park's history (table park_change, append-only: the database refuses updates and deletes). */
@Entity
@Table(name = "park_change")
public class ParkChange extends PanacheEntityBase {

    /** What happened to the park. */
    public enum Kind {
        /** Registered through POST /api/v1/parks (or seeded). */
        REGISTERED,
        /** Registered by a bulk import. */
        IMPORTED,
        RENAMED,
        LEVEL_CHANGED,
        MERGED,
        RETIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "park_code")
    public String parkCode;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "previous_value")
    public String previousValue;

    @Column(name = "new_value")
    public String newValue;

    public String document;

    public String reason;

    public String actor;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public OffsetDateTime recordedAt;

    /** The first entry of a park registered through POST /api/v1/parks. */
    public static ParkChange registered(String parkCode, LocalDate on, String name, String actor, UUID eventId) {
        return of(parkCode, Kind.REGISTERED, on, null, name, null, null, actor, eventId);
    }

    static ParkChange of(String parkCode, Kind kind, LocalDate effectiveOn, String previousValue, String newValue,
                         String document, String reason, String actor, UUID eventId) {
        ParkChange change = new ParkChange();
        change.parkCode = parkCode;
        change.kind = kind;
        change.effectiveOn = effectiveOn;
        change.previousValue = previousValue;
        change.newValue = newValue;
        change.document = document;
        change.reason = reason;
        change.actor = actor;
        change.eventId = eventId;
        return change;
    }
}
