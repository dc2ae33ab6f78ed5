package cn.gov.shandong.circular.common.idempotency;

import cn.gov.shandong.circular.common.retention.BatchedPurge;
import cn.gov.shandong.circular.common.retention.RetentionConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps {@code idempotency_key} bounded: a key older than {@code platform.idempotency-keys.retention}
 * is forgotten, and a request repeating it is treated as new. Only services that honour
 * {@code Idempotency-Key} (and so have the table, in a migration of their own) set the retention;
 * elsewhere the purge does nothing.
 */
@ApplicationScoped
public class IdempotencyKeyRetention {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyRetention.class);

    @Inject
    BatchedPurge purge;

    @Inject
    RetentionConfig retention;

    @ConfigProperty(name = "platform.idempotency-keys.retention")
    Optional<Duration> keep;

    @Scheduled(every = "${platform.retention.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        if (keep.isEmpty()) {
            return;
        }
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
        Duration kept = keep.orElseThrow(() -> new IllegalStateException(
                "platform.idempotency-keys.retention is not set: this service keeps no Idempotency-Keys"));
        return purge.deleteOlderThan("idempotency_key", "created_at",
                OffsetDateTime.now(ZoneOffset.UTC).minus(kept), retention.batchSize());
    }
}
