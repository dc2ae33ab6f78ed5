package cn.gov.shandong.circular.common.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;

/**
 * Applies each event at most once per consumer, although Kafka delivers at least once.
 *
 * <p>Insert-first: the (consumer, event id) row and the event's effect commit in one transaction.
 * If the row already exists the event was applied before and is skipped; if the effect fails, the
 * row rolls back with it and the redelivery applies the event.
 */
@ApplicationScoped
public class IdempotentConsumer {

    @Inject
    EntityManager entityManager;

    /**
     * @param consumer a stable name of the consuming projection, e.g. {@code acceptance.park-directory}
     * @return true if the effect ran, false if the event had been applied already
     */
    public boolean applyOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
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
}
