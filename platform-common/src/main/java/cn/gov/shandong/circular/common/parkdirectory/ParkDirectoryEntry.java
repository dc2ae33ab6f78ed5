package cn.gov.shandong.circular.common.parkdirectory;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A service's local copy of one park of the registry (parks-service owns it), kept from
 * {@code parks.events}: what the service needs to show a park and to check a caller's scope.
 * Written only by {@link ParkDirectory#apply}; read through {@link ParkDirectory} or in queries
 * (entity name {@code ParkDirectoryEntry}).
 *
 * <p>The table comes from the Flyway location {@code db/park-directory}, which only the services that
 * keep a copy list. The entity is mapped in every service that uses this library; where the table
 * does not exist (parks-service, reporting-service) that is harmless, because the schema is managed by
 * Flyway only ({@code schema-management.strategy=none}) and nothing there queries it.
 */
@Entity
@Table(name = "park_directory")
public class ParkDirectoryEntry {

    @Id
    @Column(name = "park_code")
    public String parkCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "city_code", nullable = false)
    public String cityCode;

    @Column(name = "city_name", nullable = false)
    public String cityName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParkLevel level;

    /** ACTIVE until the registry retires the park or merges it into another (V0_5). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParkStatus status;

    /** The first day on which the park is no longer active, when RETIRED. */
    @Column(name = "retired_on")
    public LocalDate retiredOn;

    /** The park it was merged into, when retired by a merger. */
    @Column(name = "merged_into")
    public String mergedInto;

    /** When the registry last registered or changed the park (the event's {@code ce_time}). */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
