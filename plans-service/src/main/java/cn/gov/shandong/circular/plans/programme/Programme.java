package cn.gov.shandong.circular.plans.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A provincial promotion programme (推进方案), e.g. the 2018-2020 plan of 鲁经信循〔2018〕336号. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

    /** Stable code, e.g. {@code 2018-2020}. */
    @Id
    public String code;

    public String name;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "start_year")
    public int startYear;

    @Column(name = "end_year")
    public int endYear;

    /** Share of national parks to be transformed by the end year (1.00 = all). */
    @Column(name = "national_goal_share")
    public BigDecimal nationalGoalShare;

    /** Share of provincial parks to be transformed by the end year (0.50 = at least half). */
    @Column(name = "provincial_goal_share")
    public BigDecimal provincialGoalShare;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public boolean covers(int year) {
        return year >= startYear && year <= endYear;
    }
}
