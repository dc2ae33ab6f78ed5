package cn.gov.shandong.circular.reporting.eventlog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An entry of the audit event log as the API shows it.
 *
 * @param eventId       CloudEvents ce_id
 * @param topic         Kafka topic it was read from
 * @param partition     Kafka partition
 * @param offset        Kafka offset within the partition
 * @param type          ce_type, e.g. {@code acceptance.filed}
 * @param source        ce_source, the publishing service
 * @param subject       ce_subject, the park code
 * @param occurredAt    ce_time
 * @param actor         the user whose action the event records
 * @param correlationId the request that caused it
 * @param data          the event data as published
 * @param receivedAt    when reporting-service appended it
 */
public record LoggedEvent(UUID eventId, String topic, int partition, long offset, String type, String source,
                          String subject, OffsetDateTime occurredAt, String actor, String correlationId,
                          JsonNode data, OffsetDateTime receivedAt) {
}
