package cn.gov.shandong.circular.acceptance.spotcheck;

import cn.gov.shandong.circular.common.lifecycle.StateTable;

/**
 * Where a spot-check round stands, and the only place that says which moves are allowed.
 *
 * <pre>
 * DRAWN       --first finding recorded--> IN_PROGRESS
 * IN_PROGRESS --province closes, every sampled park has a final finding--> CLOSED
 * </pre>
 * CLOSED is terminal. The SQL side (the status check and {@code spot_check_round_closed} of V6) is compared with
 * this enum by {@code RoundStatusMatchesMigrationsTest}.
 */
public enum RoundStatus {
    /** 已抽取: the sample is drawn, no finding yet. */
    DRAWN,
    /** 检查中: findings are being recorded. */
    IN_PROGRESS,
    /** 已结束: every sampled park has a final finding; nothing changes any more. */
    CLOSED;

    /** The allowed moves. */
    public static final StateTable<RoundStatus> TABLE = StateTable.of(RoundStatus.class)
            .allow(DRAWN, IN_PROGRESS)
            .allow(IN_PROGRESS, CLOSED)
            .build();

    /** Findings may be recorded and resolved while the round is open. */
    public boolean acceptsFindings() {
        return this != CLOSED;
    }
}
