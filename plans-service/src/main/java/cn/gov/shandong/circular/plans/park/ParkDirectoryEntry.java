package cn.gov.shandong.circular.plans.park;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * This service's copy of one park of the registry (parks-service owns it): what the schedules
 * need to show a park and to check a caller's scope. Written only by {@link ParkDirectoryProjection}.
 */
@Entity
@Table(name = "park_directory")
public class ParkDirectoryEntry extends PanacheEntityBase {

    @Id
    @Column(name = "park_code")
    public String parkCode;

    public String name;

    @Column(name = "city_code")
    public String cityCode;

    @Column(name = "city_name")
    public String cityName;

    @Enumerated(EnumType.STRING)
    public ParkLevel level;

    /** When the registry last changed the park (the event's time). */
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
