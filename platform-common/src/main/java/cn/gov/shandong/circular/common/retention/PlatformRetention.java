package cn.gov.shandong.circular.common.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/** Keeps the library's tables bounded: published outbox rows and processed-event markers past their retention. */
@ApplicationScoped
public class PlatformRetention {

    private static final Logger LOG = Logger.getLogger(PlatformRetention.class);

    @Inject
    BatchedPurge purge;

    @Inject
    RetentionConfig config;

    @Scheduled(every = "${platform.retention.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try {
            long outbox = purgePublishedOutboxEvents();
            long inbox = purgeProcessedEvents();
            if (outbox + inbox > 0) {
                LOG.infof("Retention: deleted %d published outbox row(s) and %d processed-event marker(s)", outbox, inbox);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Retention purge skipped, will retry: %s", e.getMessage());
        }
    }

    /** Deletes outbox rows published longer ago than {@code platform.retention.outbox-published}; never unsent ones. */
    public long purgePublishedOutboxEvents() {
        return purge.deleteOlderThan("outbox_event", "published_at",
                OffsetDateTime.now(ZoneOffset.UTC).minus(config.outboxPublished()), config.batchSize());
    }

    /** Deletes idempotent-consumer markers older than {@code platform.retention.inbox-processed}. */
    public long purgeProcessedEvents() {
        return purge.deleteOlderThan("processed_event", "processed_at",
                OffsetDateTime.now(ZoneOffset.UTC).minus(config.inboxProcessed()), config.batchSize());
    }
}
