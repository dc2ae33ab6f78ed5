package cn.gov.shandong.circular.plans.implementation;

import cn.gov.shandong.circular.events.Indicator;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** One indicator's baseline and target in one version of a plan, in the indicator's unit. */
@Entity
@Table(name = "plan_indicator_target")
@IdClass(PlanIndicatorTarget.Key.class)
public class PlanIndicatorTarget extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    @Enumerated(EnumType.STRING)
    public Indicator indicator;

    /** The order the park gave, so that warnings' and refusals' paths point at the same entry on reading. */
    public int position;

    @Column(name = "baseline_year")
    public int baselineYear;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "target_year")
    public int targetYear;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    static PlanIndicatorTarget of(UUID planId, int position, PlanRules.Target target) {
        PlanIndicatorTarget row = new PlanIndicatorTarget();
        row.planId = planId;
        row.position = position;
        row.indicator = target.indicator();
        row.baselineYear = target.baselineYear();
        row.baselineValue = target.baselineValue();
        row.targetYear = target.targetYear();
        row.targetValue = target.targetValue();
        return row;
    }

    PlanRules.Target toTarget() {
        return new PlanRules.Target(indicator, baselineYear, PlanRules.normal(baselineValue), targetYear,
                PlanRules.normal(targetValue));
    }

    public static class Key implements Serializable {
        public UUID planId;
        public Indicator indicator;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(planId, key.planId) && indicator == key.indicator;
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, indicator);
        }
    }
}
