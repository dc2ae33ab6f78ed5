package cn.gov.shandong.circular.reporting.notice;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.reporting.overdue.OverdueRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A park a notice names, as it stood on the overdue list on the notice's {@code parksAsOf} day. */
@Entity
@Table(name = "notice_park")
@IdClass(NoticePark.Key.class)
public class NoticePark extends PanacheEntityBase {

    @Id
    @Column(name = "notice_id")
    public UUID noticeId;

    @Id
    public int position;

    @Column(name = "park_code", nullable = false)
    public String parkCode;

    @Column(name = "park_name")
    public String parkName;

    @Column(name = "city_code")
    public String cityCode;

    @Column(name = "city_name")
    public String cityName;

    @Enumerated(EnumType.STRING)
    public ParkLevel level;

    @Column(name = "scheduled_year", nullable = false)
    public int scheduledYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_as_of", nullable = false)
    public OverdueRule.Status statusAsOf;

    @Column(name = "filed_late_on")
    public LocalDate filedLateOn;

    @Column(name = "days_overdue", nullable = false)
    public long daysOverdue;

    /** The composite key: the notice and the park's place in it. */
    public static class Key implements Serializable {
        public UUID noticeId;
        public int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.position == position && Objects.equals(key.noticeId, noticeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(noticeId, position);
        }
    }
}
