package cn.gov.shandong.circular.plans.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * The year a park is scheduled to complete its circular transformation under a programme.
 * The year lies within the programme's years (a database trigger enforces it).
 */
@Entity
@Table(name = "scheduled_completion")
@IdClass(ScheduledCompletion.Key.class)
public class ScheduledCompletion extends PanacheEntityBase {

    @Id
    @Column(name = "programme_code")
    public String programmeCode;

    /** The park's code; the park need not be in the local directory yet. */
    @Id
    @Column(name = "park_code")
    public String parkCode;

    public int year;

    /** Optimistic lock, and the entry's ETag when the province moves or withdraws the park. */
    @Version
    public long version;

    /** A park is scheduled at most once per programme. */
    public static class Key implements Serializable {
        public String programmeCode;
        public String parkCode;

        public Key() {
        }

        public Key(String programmeCode, String parkCode) {
            this.programmeCode = programmeCode;
            this.parkCode = parkCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(programmeCode, key.programmeCode) && Objects.equals(parkCode, key.parkCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programmeCode, parkCode);
        }
    }
}
