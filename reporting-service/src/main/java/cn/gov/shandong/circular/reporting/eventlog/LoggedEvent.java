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
 * @param seq           its place in the hash chain (1, 2, 3 ... in the order of appending), the cursor's order
 * @param prevHash      the hash of the entry before it (64 zeros for the first)
 * @param hash          SHA-256 of its canonical text (decision 41), which GET /api/v1/events/verify recomputes
 */
public record LoggedEvent(@Schema(example = "5b0e7f0a-8a1e-4f55-9a43-0c6f1f2f7d10") UUID eventId,
                          @Schema(maxLength = 200, example = "acceptance.events") String topic,
                          @Schema(minimum = "0", maximum = "2147483647", example = "3") int partition,
                          @Schema(minimum = "0", maximum = "9223372036854775807", example = "42") long offset,
                          @Schema(maxLength = 200, example = "acceptance.filed") String type,
                          @Schema(maxLength = 200, example = "/acceptance-service") String source,
                          @Schema(nullable = true, maxLength = 200, example = "SDP001") String subject,
                          @Schema(example = "2019-12-20T10:00:00+08:00") OffsetDateTime occurredAt,
                          @Schema(nullable = true, maxLength = 200, example = "province-admin") String actor,
                          @Schema(nullable = true, maxLength = 200, example = "c0a8f1d2-7e3b-4a5c-9d6e-1f2a3b4c5d6e") String correlationId,
                          // Documented as EventData (application.properties), not as JsonNode's bean properties or an array.
                          @Schema(description = "The event data as published; its shape is the event type's in docs/asyncapi.yaml",
                                  example = "{\"applicationId\":\"3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f\",\"parkCode\":\"SDP001\","
                                          + "\"cityCode\":\"370100\",\"level\":\"NATIONAL\",\"filedAt\":\"2019-12-20T02:00:00Z\"}") JsonNode data,
                          @Schema(example = "2019-12-20T10:00:01.250+08:00") OffsetDateTime receivedAt,
                          @Schema(minimum = "1", maximum = "9223372036854775807", example = "530") long seq,
                          @Schema(maxLength = 64, minLength = 64, pattern = "^[0-9a-f]{64}$",
                                  example = "5d41402abc4b2a76b9719d911017c592aaf4bd56c3b1e2c27e4d4f0b8e1a9c33") String prevHash,
                          @Schema(maxLength = 64, minLength = 64, pattern = "^[0-9a-f]{64}$",
                                  example = "c97bd65308db0bdb9465887c9ab96d06c4fbd5cc82a799a745e03ebb251d91f7") String hash) {
}
