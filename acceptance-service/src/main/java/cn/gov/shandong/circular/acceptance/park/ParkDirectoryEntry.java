package cn.gov.shandong.circular.acceptance.park;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * This service's copy of one park, kept from {@code parks.events}. Acceptance never asks
 * parks-service: a park it has not heard of yet is an unknown reference.
 */
@Entity
@Table(name = "park_directory")
public class ParkDirectoryEntry extends PanacheEntityBase {

    @Id
    @Column(name = "park_code")
    public String parkCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "city_code", nullable = false)
    public String cityCode;

    @Column(name = "city_name")
    public String cityName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParkLevel level;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
