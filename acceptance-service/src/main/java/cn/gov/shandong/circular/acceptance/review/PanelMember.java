package cn.gov.shandong.circular.acceptance.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An expert's seat on a review's panel. */
@Entity
@Table(name = "review_panel_member")
public class PanelMember extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "review_id") UUID reviewId, @Column(name = "expert") String expert) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int position;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;
}
