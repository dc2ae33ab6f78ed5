package cn.gov.shandong.circular.common.inbox;

import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.EventCatalog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent read from Kafka in binary mode: {@code ce_*} headers and a JSON object as value.
 *
 * @param id            {@code ce_id}, the deduplication key
 * @param type          {@code ce_type}, e.g. {@code park.registered}
 * @param source        {@code ce_source}, the publishing service
 * @param subject       {@code ce_subject}, the park id
 * @param time          {@code ce_time}
 * @param actor         the acting user, from the data or the {@code ce_actor} extension
 * @param correlationId the request that caused it
 * @param data          the JSON data
 * @param topic         the topic it was read from
 */
public record IncomingEvent(UUID id, String type, String source, String subject, OffsetDateTime time,
                            String actor, String correlationId, JsonNode data, String topic) {

    /**
     * Reads event data into the contract's records. Unknown fields are ignored (the contract lets
     * producers add fields, and {@code actor}/{@code correlationId} are not record components), but
     * values are taken as their JSON type only: {@code "year": "2019"} or {@code 2019.5} is not a year,
     * and {@code "cityCode": 370100} is not a code.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Parses a record; a record that is not a well-formed event is poison and raises {@link MalformedEventException}. */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        try {
            UUID id = UUID.fromString(required(record, "ce_id"));
            String type = required(record, "ce_type");
            String source = required(record, "ce_source");
            String subject = header(record, "ce_subject");
            String time = header(record, "ce_time");
            if (record.value() == null) {
                throw new MalformedEventException("event " + id + " has no data");
            }
            JsonNode data = JSON.readTree(record.value());
            if (data == null || !data.isObject()) {
                throw new MalformedEventException("event " + id + " data is not a JSON object");
            }
            String actor = data.hasNonNull("actor") ? data.get("actor").asText() : header(record, "ce_actor");
            String correlationId = data.hasNonNull("correlationId")
                    ? data.get("correlationId").asText() : header(record, "ce_correlationid");
            return new IncomingEvent(id, type, source, subject,
                    time == null ? null : OffsetDateTime.parse(time), actor, correlationId, data, record.topic());
        } catch (IllegalArgumentException | DateTimeParseException | JsonProcessingException e) {
            throw new MalformedEventException("malformed event at " + record.topic() + "-" + record.partition()
                    + "@" + record.offset() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The data as the contract's record of this event's type (see {@link EventCatalog}). Data that
     * does not make a valid record (a missing field, a value of the wrong type or shape) makes the
     * event poison.
     *
     * @throws IllegalArgumentException when the record is not the one the catalog lists for this type
     *         (a consumer bug, not bad data)
     */
    public <T extends DomainEvent> T dataAs(Class<T> record) {
        String expected = EventCatalog.of(record).type();
        if (!expected.equals(type)) {
            throw new IllegalArgumentException("event " + id + " is a " + type + ", not a " + expected);
        }
        try {
            return JSON.treeToValue(data, record);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("event " + id + " (" + type + ") data does not fit "
                    + record.getSimpleName() + ": " + reason(e), e);
        }
    }

    /** The contract's own words when a record or enum refused a value, else Jackson's. */
    private static String reason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException) {
                return cause.getMessage();
            }
        }
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no " + name + " header");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
