package cn.gov.shandong.circular.reporting.eventlog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
public record LoggedEvent(UUID eventId,
                          @Schema(maxLength = 200, example = "acceptance.events") String topic,
                          @Schema(minimum = "0", maximum = "2147483647", example = "3") int partition,
                          @Schema(minimum = "0", maximum = "9223372036854775807", example = "42") long offset,
                          @Schema(maxLength = 200, example = "acceptance.filed") String type,
                          @Schema(maxLength = 200, example = "/acceptance-service") String source,
                          @Schema(nullable = true, maxLength = 200, example = "SDP001") String subject,
                          OffsetDateTime occurredAt,
                          @Schema(nullable = true, maxLength = 200, example = "province-admin") String actor,
                          @Schema(nullable = true, maxLength = 200) String correlationId,
                          JsonNode data,
                          OffsetDateTime receivedAt) {
}
