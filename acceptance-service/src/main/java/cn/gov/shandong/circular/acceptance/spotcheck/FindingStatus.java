package cn.gov.shandong.circular.acceptance.spotcheck;

import cn.gov.shandong.circular.common.lifecycle.StateTable;
import cn.gov.shandong.circular.events.SpotCheckOutcome;

/**
 * Where a spot-check finding about one sampled park stands, and the only place that says which moves
 * are allowed. A finding starts in the outcome the expert recorded.
 *
 * <pre>
 * (recorded) --> CONFIRMED | RECTIFICATION_REQUIRED | REVOKED
 * RECTIFICATION_REQUIRED --rectified--> CONFIRMED
 * RECTIFICATION_REQUIRED --not rectified--> REVOKED
 * </pre>
 * CONFIRMED and REVOKED are terminal (final). The SQL side (the status and outcome checks and
 * {@code spot_check_finding_moves} of V6) is compared with this enum by {@code FindingStatusMatchesMigrationsTest}.
 */
public enum FindingStatus {
    /** 确认: the filing stands. Final. */
    CONFIRMED,
    /** 限期整改: waiting for the park's rectification by the deadline. */
    RECTIFICATION_REQUIRED,
    /** 撤销: the filing is revoked. Final. */
    REVOKED;

    /** The allowed moves. */
    public static final StateTable<FindingStatus> TABLE = StateTable.of(FindingStatus.class)
            .allow(RECTIFICATION_REQUIRED, CONFIRMED, REVOKED)
            .build();

    public static FindingStatus of(SpotCheckOutcome outcome) {
        return valueOf(outcome.name());
    }

    public SpotCheckOutcome outcome() {
        return SpotCheckOutcome.valueOf(name());
    }

    /** A final finding (one no move leaves) lets the round close. */
    public boolean isFinal() {
        return TABLE.next(this).isEmpty();
    }
}
