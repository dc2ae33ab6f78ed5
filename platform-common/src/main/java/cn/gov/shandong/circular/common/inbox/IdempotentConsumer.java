package cn.gov.shandong.circular.common.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Applies each event at most once per consumer, although Kafka delivers at least once.
 *
 * <p>Insert-first: the (consumer, event id) row and the event's effect commit in one transaction.
 * If the row already exists the event was applied before and is skipped; if the effect fails, the
 * row rolls back with it and the redelivery applies the event.
 *
 * <p>A database outage is waited out here, with growing pauses, however long it lasts: the partition
 * stops (nothing could be applied anyway) and resumes where it stopped. Only failures that would
 * repeat every time (a {@link MalformedEventException}, bad data) leave this method, to the
 * consumer's own retry and then the dead-letter topic. Once the service has begun to stop, any
 * failure (the database session closed under it) leaves as a {@link ServiceStoppingException}: not
 * retried, not dead-lettered, delivered again after the restart.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    @Inject
    ServiceStopping serviceStopping;

    /**
     * @param consumer a stable name of the consuming projection, e.g. {@code acceptance.park-directory}
     * @return true if the effect ran, false if the event had been applied already
     */
    public boolean applyOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                boolean applied = applyInOneTransaction(consumer, event, effect);
                Counter.builder("events.consumed").description("Events applied (or recognised as duplicates) per consumer and type")
                        .tag("consumer", consumer).tag("type", event.type()).tag("outcome", applied ? "applied" : "duplicate")
                        .register(meters).increment();
                return applied;
            } catch (RuntimeException failure) {
                if (serviceStopping.isStopping()) {
                    throw new ServiceStoppingException(consumer, event, failure);
                }
                if (!TransientFailures.isTransient(failure)) {
                    throw failure;
                }
                LOG.warnf("%s: applying event %s (%s) failed for a passing reason, retrying in %d ms: %s",
                        consumer, event.id(), event.type(), pause.toMillis(), failure.getMessage());
                sleep(consumer, event, pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private boolean applyInOneTransaction(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = entityManager.createNativeQuery("""
                            insert into processed_event (consumer, event_id, event_type)
                            values (:consumer, :eventId, :eventType)
                            on conflict do nothing""")
                    .setParameter("consumer", consumer)
                    .setParameter("eventId", event.id())
                    .setParameter("eventType", event.type())
                    .executeUpdate();
            if (inserted == 0) {
                return false;
            }
            effect.accept(event);
            return true;
        });
    }

    /** A pause interrupted is the worker pool shutting down: the event is left for the restart. */
    private static void sleep(String consumer, IncomingEvent event, Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceStoppingException(consumer, event, e);
        }
    }
}
