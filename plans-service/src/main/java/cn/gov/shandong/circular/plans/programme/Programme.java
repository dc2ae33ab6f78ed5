package cn.gov.shandong.circular.plans.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.events.ProgrammeStatus;
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

    @Enumerated(EnumType.STRING)
    public ProgrammeStatus status;

    /** The programme's goal in its own words, e.g. 到2020年，全部国家级园区、50%以上的省级园区实施循环化改造. */
    @Column(name = "goal_statement")
    public String goalStatement;

    /** Optimistic lock, and the ETag of the programme. */
    @Version
    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public boolean covers(int year) {
        return year >= startYear && year <= endYear;
    }

    /** The programme with this code; {@link NotFound} when there is none. */
    public static Programme existing(String code) {
        Programme programme = findById(code);
        if (programme == null) {
            throw new NotFound("programme", code);
        }
        return programme;
    }
}
