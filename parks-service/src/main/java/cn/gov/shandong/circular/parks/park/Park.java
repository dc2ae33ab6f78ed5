package cn.gov.shandong.circular.parks.park;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkStatus;
import cn.gov.shandong.circular.events.ZoneKind;
import cn.gov.shandong.circular.parks.city.City;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A park of the registry (in the programme or not). Its code is its id everywhere: API paths, event keys, other services' copies. */
@Entity
public class Park extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_code")
    public City city;

    @Enumerated(EnumType.STRING)
    public ParkLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "zone_kind")
    public ZoneKind zoneKind;

    /** ACTIVE until retired or merged into another park (docs/decisions.md, 42). */
    @Enumerated(EnumType.STRING)
    public ParkStatus status = ParkStatus.ACTIVE;

    /** The first day on which the park is no longer active; set exactly when RETIRED. */
    @Column(name = "retired_on")
    public LocalDate retiredOn;

    /** The park it was merged into, if it was retired by a merger. */
    @Column(name = "merged_into")
    public String mergedInto;

    /** 统一社会信用代码 (GB 32100) of the park administration, when known. */
    @Column(name = "credit_code")
    public String creditCode;

    @Version
    public long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
