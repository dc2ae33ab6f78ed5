package cn.gov.shandong.circular.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The outbox relay's settings ({@code platform.outbox.*}; defaults in docs/running.md). */
@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

    /** How often the sweeper looks for due rows (the fast path does not wait for it). */
    @WithDefault("5s")
    Duration sweepInterval();

    /** How long a send may stay unanswered before it is presumed lost and sent again (longer than the producer's delivery timeout). */
    @WithDefault("35s")
    Duration retryAfter();

    /** The pause before the n-th retry: initial × 2^(n-1), at most max. */
    Backoff backoff();

    /** Refused sends after which a row is blocked (reported, not retried) until an admin releases it. */
    @WithDefault("5")
    int blockAfterAttempts();

    /** Whether a blocked row makes readiness DOWN (as the issue asks) or is reported only in the messaging group. */
    @WithDefault("true")
    boolean blockedFailsReadiness();

    interface Backoff {
        @WithDefault("1s")
        Duration initial();

        @WithDefault("60s")
        Duration max();
    }
}
