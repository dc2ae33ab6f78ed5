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
}
