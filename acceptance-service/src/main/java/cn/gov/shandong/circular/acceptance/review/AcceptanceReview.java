package cn.gov.shandong.circular.acceptance.review;

import cn.gov.shandong.circular.events.ReviewOutcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The review (评审验收) of one submission of an application: opened by the park's city with the score
 * sheet in force frozen on it, scored by its expert panel, decided by the city.
 */
@Entity
@Table(name = "acceptance_review")
public class AcceptanceReview extends PanacheEntityBase {

    /** OPEN while the panel scores; DECIDED once the city decided (until the province sends it back). */
    public enum Status { OPEN, DECIDED }

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(nullable = false, updatable = false)
    public int round;

    @Column(name = "sheet_version", nullable = false, updatable = false)
    public int sheetVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "opened_by", nullable = false, updatable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public OffsetDateTime openedAt;

    @Column(name = "panel_score")
    public BigDecimal panelScore;

    public String grade;

    @Enumerated(EnumType.STRING)
    public ReviewOutcome outcome;

    public String reasons;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Version
    public long version;
}
