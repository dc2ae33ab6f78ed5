package cn.gov.shandong.circular.acceptance.spotcheck;

import cn.gov.shandong.circular.events.SpotCheckOutcome;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a spot-check finding about one sampled park stands, and the only place that says which moves
 * are allowed. A finding starts in the outcome the expert recorded.
 *
 * <pre>
 * (recorded) --> CONFIRMED | RECTIFICATION_REQUIRED | REVOKED
 * RECTIFICATION_REQUIRED --rectified--> CONFIRMED
 * RECTIFICATION_REQUIRED --not rectified--> REVOKED
 * </pre>
 */
public enum FindingStatus {
    /** 确认: the filing stands. Final. */
    CONFIRMED,
    /** 限期整改: waiting for the park's rectification by the deadline. */
    RECTIFICATION_REQUIRED,
    /** 撤销: the filing is revoked. Final. */
    REVOKED;

    private static final Map<FindingStatus, Set<FindingStatus>> NEXT = new EnumMap<>(FindingStatus.class);

    static {
        NEXT.put(CONFIRMED, EnumSet.noneOf(FindingStatus.class));
        NEXT.put(RECTIFICATION_REQUIRED, EnumSet.of(CONFIRMED, REVOKED));
        NEXT.put(REVOKED, EnumSet.noneOf(FindingStatus.class));
    }

    public static FindingStatus of(SpotCheckOutcome outcome) {
        return valueOf(outcome.name());
    }

    public SpotCheckOutcome outcome() {
        return SpotCheckOutcome.valueOf(name());
    }

    public boolean canMoveTo(FindingStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** A final finding lets the round close. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
