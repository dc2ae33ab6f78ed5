package cn.gov.shandong.circular.acceptance.spotcheck;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a spot check found about one sampled park's filed acceptance; a required rectification is
 * resolved later. Moves are checked by {@link FindingStatus}.
 */
@Entity
@Table(name = "spot_check_finding")
public class SpotCheckFinding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "round_code", nullable = false, updatable = false)
    public String roundCode;

    @Column(name = "park_code", nullable = false, updatable = false)
    public String parkCode;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(name = "city_code", nullable = false, updatable = false)
    public String cityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingStatus status;

    /** The finding as first recorded. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public FindingStatus outcome;

    @Column(nullable = false, updatable = false)
    public String[] reasons;

    @Column(name = "rectification_deadline", updatable = false)
    public LocalDate rectificationDeadline;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "resolution_reasons")
    public String[] resolutionReasons;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Version
    public long version;

    static SpotCheckFinding record(PopulationEntry sampled, FindingStatus outcome, List<String> reasons,
                                   LocalDate deadline, String by, OffsetDateTime at) {
        SpotCheckFinding finding = new SpotCheckFinding();
        finding.id = UUID.randomUUID();
        finding.roundCode = sampled.roundCode;
        finding.parkCode = sampled.parkCode;
        finding.applicationId = sampled.applicationId;
        finding.cityCode = sampled.cityCode;
        finding.status = outcome;
        finding.outcome = outcome;
        finding.reasons = reasons.toArray(String[]::new);
        finding.rectificationDeadline = deadline;
        finding.recordedBy = by;
        finding.recordedAt = at;
        return finding;
    }

    /** The rectification's end: confirmed or revoked. */
    void resolve(FindingStatus next, List<String> reasons, String by, OffsetDateTime at) {
        status = FindingStatus.TABLE.move(status, next, () -> "The finding about " + parkCode
                + " in spot-check round " + roundCode + " is " + status + " and cannot become " + next);
        resolutionReasons = reasons.toArray(String[]::new);
        resolvedBy = by;
        resolvedAt = at;
    }
}
