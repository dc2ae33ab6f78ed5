package cn.gov.shandong.circular.acceptance.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One expert's points on every criterion of the review's frozen sheet; replaced while the review is open. */
@Entity
@Table(name = "expert_score")
public class ExpertScore extends PanacheEntityBase {

    /** One criterion's points and the expert's comment on it. */
    public record CriterionPoints(String criterion, int points, String comment) {
    }

    /** The panel seat's key: the review and the expert. */
    @EmbeddedId
    public PanelMember.Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<CriterionPoints> points;

    @Column(nullable = false)
    public int total;

    public String comments;

    @Column(name = "scored_at", nullable = false)
    public OffsetDateTime scoredAt;
}
