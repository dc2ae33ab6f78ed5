package cn.gov.shandong.circular.common.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long delivered bookkeeping is kept ({@code platform.retention.*}; reasons in docs/decisions.md). */
@ConfigMapping(prefix = "platform.retention")
public interface RetentionConfig {

    /** How often the purge runs. */
    @WithDefault("1h")
    Duration purgeInterval();

    /** Rows deleted per transaction. */
    @WithDefault("1000")
    int batchSize();

    /** Outbox rows acknowledged by Kafka longer ago than this are deleted (the events stay in Kafka). */
    @WithDefault("7d")
    Duration outboxPublished();

    /** Idempotent-consumer markers older than this are deleted: the window in which a redelivery is recognised. */
    @WithDefault("30d")
    Duration inboxProcessed();

    /** When the service vacuums and analyses its own database ({@link VacuumUpkeep}). */
    @WithDefault("auto")
    VacuumMode vacuum();

    /** How often {@link VacuumUpkeep} runs when its mode says it should. */
    @WithDefault("15m")
    Duration vacuumInterval();

    /**
     * {@code auto}: only where the server's autovacuum is off (PostgreSQL's default is on, and then the
     * server does it); {@code always}; {@code never}: the DBA schedules it.
     */
    enum VacuumMode {
        AUTO, ALWAYS, NEVER;

        boolean runs(boolean serverAutovacuum) {
            return this == ALWAYS || (this == AUTO && !serverAutovacuum);
        }
    }
}
