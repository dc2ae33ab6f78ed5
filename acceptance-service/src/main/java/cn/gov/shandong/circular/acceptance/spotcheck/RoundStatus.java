package cn.gov.shandong.circular.acceptance.spotcheck;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a spot-check round stands, and the only place that says which moves are allowed.
 *
 * <pre>
 * DRAWN       --first finding recorded--> IN_PROGRESS
 * IN_PROGRESS --province closes, every sampled park has a final finding--> CLOSED
 * </pre>
 */
public enum RoundStatus {
    /** 已抽取: the sample is drawn, no finding yet. */
    DRAWN,
    /** 检查中: findings are being recorded. */
    IN_PROGRESS,
    /** 已结束: every sampled park has a final finding; nothing changes any more. */
    CLOSED;

    private static final Map<RoundStatus, Set<RoundStatus>> NEXT = new EnumMap<>(RoundStatus.class);

    static {
        NEXT.put(DRAWN, EnumSet.of(IN_PROGRESS));
        NEXT.put(IN_PROGRESS, EnumSet.of(CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(RoundStatus.class));
    }

    public boolean canMoveTo(RoundStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Findings may be recorded and resolved while the round is open. */
    public boolean acceptsFindings() {
        return this != CLOSED;
    }
}
