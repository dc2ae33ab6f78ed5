package cn.gov.shandong.circular.acceptance.scoresheet;

import cn.gov.shandong.circular.events.ScoreSheetPublished;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of the acceptance score sheet (评分表): never changed once stored (a trigger refuses it);
 * the newest version is in force, and a review freezes the version it opened with.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet extends PanacheEntityBase {

    @Id
    public int version;

    @Column(nullable = false)
    public String name;

    @Column(name = "total_points", nullable = false)
    public int totalPoints;

    @Column(name = "pass_line", nullable = false)
    public BigDecimal passLine;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ScoreSheetPublished.Criterion> criteria;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ScoreSheetPublished.Band> bands;

    /**
     * The panel a review on this version needs: at least {@code panelMin} experts, all of whom scored, before
     * the city passes or fails it, and at most {@code panelMax} seated (within the 3 to 15 the API and the
     * review-panel-assigned event allow; V8).
     */
    @Column(name = "panel_min", nullable = false)
    public int panelMin;

    @Column(name = "panel_max", nullable = false)
    public int panelMax;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    /** The version in force: the newest. */
    public static ScoreSheet current() {
        return find("order by version desc").firstResult();
    }

    /** Whether a panel of {@code seated} experts may be named for a review on this version. */
    public boolean seatsPanelOf(int seated) {
        return seated >= panelMin && seated <= panelMax;
    }

    /** Whether a panel of {@code seated} experts is large enough to pass or fail an application on this version. */
    public boolean panelLargeEnough(int seated) {
        return seated >= panelMin;
    }

    public ScoreSheetPublished published() {
        return new ScoreSheetPublished(version, name, totalPoints, passLine.doubleValue(), criteria, bands);
    }
}
