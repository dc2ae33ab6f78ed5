package cn.gov.shandong.circular.reporting;

import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Hand-made CloudEvents as the other services publish them, sent with the library's test client. */
final class TestEvents {

    static final String PARKS = "parks.events";
    static final String PLANS = "plans.events";
    static final String ACCEPTANCE = "acceptance.events";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    /** Sends one event keyed and subject-ed by the park code; returns its ce_id. */
    static UUID send(String topic, String type, String parkCode, Map<String, Object> data) {
        return send(topic, UUID.randomUUID(), type, parkCode, null, data);
    }

    /**
     * @param occurredAt ce_time to send, or null for now
     */
    static UUID send(String topic, UUID id, String type, String parkCode, Instant occurredAt,
                     Map<String, Object> data) {
        Map<String, String> headers = new HashMap<>(
                KafkaTestClient.cloudEventHeaders(id, type, source(topic), parkCode));
        if (occurredAt != null) {
            headers.put("ce_time", occurredAt.toString());
        }
        Map<String, Object> withActor = new LinkedHashMap<>(data);
        withActor.putIfAbsent("actor", "system");
        withActor.putIfAbsent("correlationId", "test:" + id);
        KafkaTestClient.send(topic, parkCode, headers, json(withActor));
        return id;
    }

    static Map<String, Object> parkRegistered(String parkCode, String name, String cityCode, String cityName,
                                              String level) {
        return Map.of("parkCode", parkCode, "name", name, "cityCode", cityCode, "cityName", cityName,
                "level", level, "zoneKind", "DEVELOPMENT_ZONE");
    }

    static Map<String, Object> parkScheduled(String programme, String parkCode, int year) {
        return Map.of("programmeCode", programme, "parkCode", parkCode, "year", year);
    }

    static Map<String, Object> filed(String applicationId, String parkCode, String cityCode, String level,
                                     String filedAt) {
        return Map.of("applicationId", applicationId, "parkCode", parkCode, "cityCode", cityCode, "level", level,
                "filedAt", filedAt, "actor", "province.admin");
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source(String topic) {
        return "/" + topic.substring(0, topic.indexOf('.')) + "-service";
    }
}
