package cn.gov.shandong.circular.parks.city;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A prefecture-level city of Shandong, by its GB/T 2260 code. */
@Entity
public class City extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    /** Set when the city was abolished in an administrative change (Laiwu, 2019-01-09). */
    @Column(name = "abolished_on")
    public LocalDate abolishedOn;

    /** The city that took over an abolished city's area. */
    @Column(name = "successor_code")
    public String successorCode;
}
