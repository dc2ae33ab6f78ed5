package cn.gov.shandong.circular.common.testing;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.EventCatalog;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Events built from platform-events' records, as the services publish them: for tests that play
 * another service (publish on its topic) or feed a consumer directly. To send something the
 * contract does not allow, start from {@link #data} and change it.
 */
public final class EventFixtures {

    /** Writes like the services' ObjectMapper (Quarkus's: java.time as ISO-8601 text). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private EventFixtures() {
    }

    /** The data as the outbox writes it: the record's fields plus actor and correlationId. */
    public static ObjectNode data(DomainEvent event, String actor, String correlationId) {
        return EventOutbox.payload(JSON, event, actor, correlationId);
    }

    /** The data as the outbox writes it for a change made by {@code system} without a request. */
    public static ObjectNode data(DomainEvent event) {
        return data(event, "system", null);
    }

    /** The event as a consumer receives it (already parsed from Kafka), dated now. */
    public static IncomingEvent incoming(DomainEvent event) {
        return incoming(event.type(), event.key(), data(event));
    }

    /** An event of any type with any data on the topic of that type (parks.events for unknown types). */
    public static IncomingEvent incoming(String type, String parkCode, ObjectNode data) {
        EventCatalog.EventType known = EventCatalog.byType(type).orElse(null);
        return new IncomingEvent(UUID.randomUUID(), type, known == null ? "/parks-service" : known.source(), parkCode,
                OffsetDateTime.now(ZoneOffset.UTC), "system", null, data,
                known == null ? "parks.events" : known.topic());
    }

    /** Publishes the event on its topic as its service would; returns its ce_id. */
    public static UUID publish(DomainEvent event) {
        return publish(UUID.randomUUID(), null, event, "system");
    }

    /**
     * Publishes the event on its topic as its service would (binary CloudEvent, key = park code).
     *
     * @param id         ce_id (reuse one to redeliver)
     * @param occurredAt ce_time, or null for now
     * @param actor      the acting user, in the data and in ce_actor
     */
    public static UUID publish(UUID id, Instant occurredAt, DomainEvent event, String actor) {
        return publishData(id, occurredAt, event.type(), event.key(), data(event, actor, "test:" + id));
    }

    /** Publishes any data under a type (bad data, unknown types) on the topic of that type. */
    public static UUID publishData(UUID id, Instant occurredAt, String type, String parkCode, ObjectNode data) {
        EventCatalog.EventType known = EventCatalog.byType(type).orElseThrow(() ->
                new IllegalArgumentException(type + " is not in the catalog: use KafkaTestClient for other types"));
        Map<String, String> headers = new HashMap<>(
                KafkaTestClient.cloudEventHeaders(id, type, known.source(), parkCode));
        if (occurredAt != null) {
            headers.put("ce_time", occurredAt.toString());
        }
        if (data.hasNonNull("actor")) {
            headers.put("ce_actor", data.get("actor").asText());
        }
        KafkaTestClient.send(known.topic(), parkCode, headers, data.toString());
        return id;
    }
}
