package cn.gov.shandong.circular.plans.promotion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One park of a version of a city's promotion plan and its main transformation contents (主要改造内容). */
@Entity
@Table(name = "promotion_plan_park")
@IdClass(PromotionPlanPark.Key.class)
public class PromotionPlanPark extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    @Column(name = "park_code")
    public String parkCode;

    /** The order the city gave, so that refusals' paths ({@code parks[2]...}) point at the same entry on reading. */
    public int position;

    public String contents;

    static PromotionPlanPark of(UUID planId, int position, String parkCode, String contents) {
        PromotionPlanPark row = new PromotionPlanPark();
        row.planId = planId;
        row.position = position;
        row.parkCode = parkCode;
        row.contents = contents;
        return row;
    }

    public static class Key implements Serializable {
        public UUID planId;
        public String parkCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(planId, key.planId) && Objects.equals(parkCode, key.parkCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, parkCode);
        }
    }
}
