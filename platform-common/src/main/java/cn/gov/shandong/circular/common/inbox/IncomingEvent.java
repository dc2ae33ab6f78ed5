package cn.gov.shandong.circular.common.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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

    /** The data mapped onto a record class; missing required fields make the event poison. */
    public <T> T dataAs(Class<T> type) {
        try {
            return JSON.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("event " + id + " (" + this.type + ") data does not fit "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A required text field of the data. */
    public String text(String field) {
        JsonNode node = data.get(field);
        if (node == null || node.isNull() || node.asText().isBlank()) {
            throw new MalformedEventException("event " + id + " (" + type + ") lacks " + field);
        }
        return node.asText();
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
