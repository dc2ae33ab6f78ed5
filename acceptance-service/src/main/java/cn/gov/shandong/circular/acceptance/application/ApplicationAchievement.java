package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.events.Indicator;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a park achieved for one indicator, with the approved plan's baseline and target copied when it
 * applied: the review judges against the plan the park applied under, even if the plan is revised later.
 */
@Entity
@Table(name = "application_achievement")
public class ApplicationAchievement extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "application_id") UUID applicationId,
                      @Enumerated(EnumType.STRING) @Column(name = "indicator") Indicator indicator) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String unit;

    @Column(name = "achieved_value", nullable = false)
    public BigDecimal achievedValue;

    @Column(name = "baseline_value", nullable = false)
    public BigDecimal baselineValue;

    @Column(name = "target_year", nullable = false)
    public int targetYear;

    @Column(name = "target_value", nullable = false)
    public BigDecimal targetValue;

    /** Met when the achieved value reaches the target the way the indicator improves. */
    public boolean met() {
        return EvidenceRules.met(key.indicator(), achievedValue, targetValue);
    }
}
