package cn.gov.shandong.circular.acceptance.spotcheck;

import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One filed application of a round's population, frozen when the round was drawn; sampled if drawn. */
@Entity
@Table(name = "spot_check_population")
@IdClass(PopulationEntry.Key.class)
public class PopulationEntry extends PanacheEntityBase {

    @Id
    @Column(name = "round_code")
    public String roundCode;

    @Id
    @Column(name = "park_code")
    public String parkCode;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "city_code", nullable = false)
    public String cityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParkLevel level;

    @Column(name = "filed_at", nullable = false)
    public OffsetDateTime filedAt;

    /** 1..n in draw order for the sampled parks; null for the others. */
    @Column(name = "draw_position")
    public Integer drawPosition;

    public boolean sampled() {
        return drawPosition != null;
    }

    /** The composite key: round and park. */
    public static class Key implements Serializable {
        public String roundCode;
        public String parkCode;

        public Key() {
        }

        public Key(String roundCode, String parkCode) {
            this.roundCode = roundCode;
            this.parkCode = parkCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(roundCode, key.roundCode)
                    && Objects.equals(parkCode, key.parkCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundCode, parkCode);
        }
    }
}
