package cn.gov.shandong.circular.common.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka: each row right after its transaction commits, and, from the
 * sweeper, every row still unsent (a broker outage, a crash between commit and send).
 *
 * <p>A row is marked published only when the broker acknowledged it ({@code acks=all}, idempotent
 * producer). A row may be sent more than once (crash after send, before marking); consumers
 * deduplicate on its id, the CloudEvents {@code ce_id}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int SWEEP_BATCH = 500;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> emitter;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "platform.outbox.retry-after", defaultValue = "35s")
    Duration retryAfter;

    /** Marks acknowledgements off the Kafka I/O thread; one thread keeps the updates cheap and ordered. */
    private final ExecutorService acknowledgements = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-ack");
        thread.setDaemon(true);
        return thread;
    });

    void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxRecorded recorded) {
        send(recorded.event());
    }

    /** Resends what is unsent and not in flight, oldest first, so one park's events keep their order. */
    @Scheduled(every = "${platform.outbox.sweep-interval:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        List<OutboxEvent> due;
        try {
            due = dueForResend();
        } catch (RuntimeException e) {
            // Database down or the app shutting down: nothing is lost, the next sweep tries again.
            LOG.warnf("Outbox sweep skipped, will retry: %s", e.getMessage());
            return;
        }
        if (!due.isEmpty()) {
            LOG.infof("Outbox sweeper sending %d unsent event(s)", due.size());
        }
        due.forEach(this::send);
    }

    private List<OutboxEvent> dueForResend() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            List<OutboxEvent> rows = entityManager.createQuery("""
                            select e from OutboxEvent e
                            where e.publishedAt is null
                              and (e.lastAttemptAt is null or e.lastAttemptAt < :inFlightSince)
                            order by e.createdAt, e.id""", OutboxEvent.class)
                    .setParameter("inFlightSince", now.minus(retryAfter))
                    .setMaxResults(SWEEP_BATCH)
                    .getResultList();
            for (OutboxEvent row : rows) {
                row.lastAttemptAt = now;
                row.attempts++;
            }
            return rows;
        });
    }

    /** Number of events not yet acknowledged by the broker (exposed for health and tests). */
    public long unpublishedCount() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e where e.publishedAt is null", Long.class)
                .getSingleResult());
    }

    private void send(OutboxEvent event) {
        UUID id = event.id;
        Message<String> message = Message.of(event.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(event.topic)
                        .withKey(event.key)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(id.toString())
                        .withType(event.type)
                        .withSource(URI.create(event.source))
                        .withSubject(event.subject)
                        .withTimestamp(event.occurredAt.toZonedDateTime())
                        .withDataContentType("application/json")
                        .withExtension("actor", event.actor)
                        .withExtension("correlationid", event.correlationId == null ? "" : event.correlationId)
                        .build())
                .withAck(() -> {
                    acknowledgements.execute(() -> markPublished(id));
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    LOG.warnf("Event %s (%s) not accepted by Kafka, the sweeper will resend it: %s",
                            id, event.type, failure.getMessage());
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            // Buffer full or channel not ready: the row stays unsent and the sweeper picks it up.
            LOG.warnf("Event %s (%s) could not be handed to Kafka, the sweeper will resend it: %s",
                    id, event.type, e.getMessage());
        }
    }

    private void markPublished(UUID id) {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createQuery("update OutboxEvent e set e.publishedAt = :now where e.id = :id and e.publishedAt is null")
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .setParameter("id", id)
                    .executeUpdate());
        } catch (RuntimeException e) {
            // The event is in Kafka; leaving the row unpublished only causes a duplicate send, which consumers ignore.
            LOG.warnf("Could not mark event %s published (it will be sent again): %s", id, e.getMessage());
        }
    }
}
