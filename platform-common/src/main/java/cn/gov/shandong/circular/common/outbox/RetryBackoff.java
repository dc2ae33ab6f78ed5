package cn.gov.shandong.circular.common.outbox;

import java.time.Duration;

/** The pause before a failed send is tried again: doubling from the first pause, capped. */
final class RetryBackoff {

    private RetryBackoff() {
    }

    /** The pause after {@code attempts} sends (1 = the first one failed): initial × 2^(attempts-1), at most max. */
    static Duration after(int attempts, Duration initial, Duration max) {
        Duration pause = initial;
        for (int i = 1; i < attempts && pause.compareTo(max) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(max) > 0 ? max : pause;
    }
}
