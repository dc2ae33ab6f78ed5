package cn.gov.shandong.circular.acceptance.spotcheck;

import cn.gov.shandong.circular.common.domain.IllegalTransition;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A provincial spot-check round (抽查): the population filter, the sample size or rate, the recorded seed,
 * the assigned experts and where the round stands ({@link RoundStatus}).
 */
@Entity
@Table(name = "spot_check_round")
public class SpotCheckRound extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** The filter's levels (ParkLevel names); empty = every level. */
    @Column(nullable = false)
    public String[] levels;

    @Column(name = "city_codes", nullable = false)
    public String[] cityCodes;

    @Column(name = "filing_years", nullable = false)
    public Integer[] filingYears;

    @Column(name = "sample_size")
    public Integer sampleSize;

    @Column(name = "sample_rate", precision = 5, scale = 4)
    public BigDecimal sampleRate;

    @Column(nullable = false, updatable = false)
    public String seed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "spot_check_expert", joinColumns = @JoinColumn(name = "round_code"))
    @OrderColumn(name = "position")
    @Column(name = "username", nullable = false)
    public List<String> experts = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Version
    public long version;

    public boolean isAssigned(String username) {
        return experts.contains(username);
    }

    /** The first finding starts the round. */
    void findingRecorded() {
        if (status == RoundStatus.DRAWN) {
            moveTo(RoundStatus.IN_PROGRESS, "started");
        }
    }

    void requireOpen() {
        if (!status.acceptsFindings()) {
            throw new IllegalTransition("Spot-check round " + code + " is " + status
                    + " and takes no more findings");
        }
    }

    void close(String by, OffsetDateTime at) {
        moveTo(RoundStatus.CLOSED, "closed");
        closedBy = by;
        closedAt = at;
    }

    private void moveTo(RoundStatus next, String action) {
        status = RoundStatus.TABLE.move(status, next, () -> "Spot-check round " + code + " is " + status
                + " and cannot be " + action + " (that would make it " + next + ")");
    }
}
