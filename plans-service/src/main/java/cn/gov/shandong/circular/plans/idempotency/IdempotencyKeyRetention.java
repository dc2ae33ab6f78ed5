package cn.gov.shandong.circular.plans.idempotency;

import cn.gov.shandong.circular.common.retention.BatchedPurge;
import cn.gov.shandong.circular.common.retention.RetentionConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps {@code idempotency_key} bounded: a key older than {@code plans.idempotency-keys.retention}
 * (7 days by default) is forgotten, and a request repeating it is treated as new.
 */
@ApplicationScoped
public class IdempotencyKeyRetention {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyRetention.class);

    @Inject
    BatchedPurge purge;

    @Inject
    RetentionConfig retention;

    @ConfigProperty(name = "plans.idempotency-keys.retention", defaultValue = "7d")
    Duration keep;

    @Scheduled(every = "${platform.retention.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try {
            long deleted = purgeExpiredKeys();
            if (deleted > 0) {
                LOG.infof("Retention: deleted %d expired Idempotency-Key record(s)", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Idempotency-Key purge skipped, will retry: %s", e.getMessage());
        }
    }

    /** Deletes the keys first used longer ago than the retention; returns how many. */
    public long purgeExpiredKeys() {
        return purge.deleteOlderThan("idempotency_key", "created_at",
                OffsetDateTime.now(ZoneOffset.UTC).minus(keep), retention.batchSize());
    }
}
