package cn.gov.shandong.circular.common.outbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** What an administrator can do about the outbox: see blocked events and release one after fixing its cause. */
@ApplicationScoped
public class OutboxAdmin {

    private static final Logger LOG = Logger.getLogger(OutboxAdmin.class);

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxRelay relay;

    /** An outbox row as an operator sees it. */
    public record EventStatus(UUID id,
                              @Schema(maxLength = 200) String topic,
                              @Schema(maxLength = 200) String key,
                              @Schema(maxLength = 200) String type,
                              OffsetDateTime createdAt,
                              @Schema(minimum = "0", maximum = "2147483647") int attempts,
                              @Schema(minimum = "0", maximum = "2147483647") int refusals,
                              @Schema(nullable = true, maxLength = 35, description = "Set while the event is blocked") OffsetDateTime blockedAt,
                              @Schema(maxLength = 2000) String lastError,
                              @Schema(nullable = true, maxLength = 35, description = "Set once the broker acknowledged the event") OffsetDateTime publishedAt) {
        static EventStatus of(OutboxEvent e) {
            return new EventStatus(e.id, e.topic, e.key, e.type, e.createdAt, e.attempts, e.refusals, e.blockedAt,
                    e.lastError, e.publishedAt);
        }
    }

    /** Why a release did nothing. */
    public static final class NotBlocked extends RuntimeException {
        public NotBlocked(UUID id) {
            super("Outbox event " + id + " is not blocked");
        }
    }

    /** Blocked events, oldest first. */
    public List<EventStatus> blocked() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery("""
                        select e from OutboxEvent e where e.blockedAt is not null and e.publishedAt is null
                        order by e.seq""", OutboxEvent.class)
                .setMaxResults(100)
                .getResultStream().map(EventStatus::of).toList());
    }

    /**
     * Clears the block and the attempt counts, so the event is sent at once (and its key's later events after it).
     *
     * @return empty if there is no such event
     * @throws NotBlocked if the event exists but is not blocked
     */
    public Optional<EventStatus> release(UUID id, String releasedBy) {
        Optional<EventStatus> released = QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent row = entityManager.find(OutboxEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                return Optional.empty();
            }
            if (row.blockedAt == null || row.publishedAt != null) {
                throw new NotBlocked(id);
            }
            row.blockedAt = null;
            row.attempts = 0;
            row.refusals = 0;
            row.nextAttemptAt = null;
            return Optional.of(EventStatus.of(row));
        });
        released.ifPresent(status -> {
            LOG.warnf("Outbox event %s (%s, key %s) released by %s; sending it again", id, status.type(), status.key(),
                    releasedBy);
            relay.sendIfHead(id);
        });
        return released;
    }
}
