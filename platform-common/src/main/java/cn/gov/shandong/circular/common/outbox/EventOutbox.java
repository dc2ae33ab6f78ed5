package cn.gov.shandong.circular.common.outbox;

import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.web.CorrelationId;
import cn.gov.shandong.circular.events.DomainEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records a domain event in the caller's transaction (the transactional outbox).
 *
 * <p>The event becomes visible to Kafka only if the state change commits: the row is written in
 * the same transaction, and {@link OutboxRelay} sends it after commit. Every event's data names the
 * acting user ({@code actor}) and the request's {@code correlationId}; the same values travel as
 * CloudEvents extensions.
 *
 * <p>Services record only typed events (platform-events' records): topic, key and type come from
 * the record, so no service spells a topic or type itself.
 */
@ApplicationScoped
public class EventOutbox {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Caller caller;

    @Inject
    CorrelationId correlationId;

    @Inject
    Event<OutboxRecorded> recorded;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    /**
     * Writes one event row; must run inside the transaction that makes the change it announces.
     * The event's topic, type and park (record key and ce_subject) come from its record; its data is
     * the record's fields plus {@code actor} and {@code correlationId}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(DomainEvent event) {
        return record(event.topic(), event.key(), event.type(), event);
    }

    /**
     * The untyped form, package-private: only the library's own tests record events that are not
     * platform contracts (their fixture topic), through a test-side class in this package.
     *
     * @param topic   the publishing service's topic
     * @param parkId  the park the event is about: the record key (per-park ordering) and ce_subject
     * @param type    past-tense event type, e.g. {@code acceptance.filed}
     * @param data    the event data, serialised to a JSON object
     */
    @Transactional(Transactional.TxType.MANDATORY)
    OutboxEvent record(String topic, String parkId, String type, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.key = parkId;
        event.subject = parkId;
        event.type = type;
        event.source = "/" + serviceName;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.createdAt = event.occurredAt;
        event.actor = caller.username();
        event.correlationId = Arc.container().requestContext().isActive() ? correlationId.value() : null;
        event.payload = payload(objectMapper, data, event.actor, event.correlationId).toString();

        // Sent right after commit if it is the oldest unsent event of its park; otherwise as soon as
        // the older ones are acknowledged (OutboxRelay keeps one park's events in order).
        relay.claimForSending(event);
        entityManager.persist(event);
        recorded.fire(new OutboxRecorded(event));
        return event;
    }

    /**
     * An event's data as it travels: the record's fields plus {@code actor} and {@code correlationId}.
     * Public so that test fixtures publish events exactly as the outbox writes them.
     */
    public static ObjectNode payload(ObjectMapper mapper, Object data, String actor, String correlationId) {
        ObjectNode json = mapper.valueToTree(data);
        json.put("actor", actor);
        json.put("correlationId", correlationId);
        return json;
    }
}
