package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.acceptance.Fixtures.Park;
import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The local park directory follows parks.events: each event once, poison to the dead-letter topic. */
@QuarkusTest
class ParkDirectoryProjectionTest {

    @Inject
    EntityManager entityManager;

    @Test
    void redeliveredParkRegisteredIsAppliedOnce() {
        Park original = new Park("SDP012", "桓台经济开发区", "370300", "淄博市", ParkLevel.PROVINCIAL);
        Park corrected = new Park("SDP012", "桓台经济开发区（更正）", "370300", "淄博市", ParkLevel.PROVINCIAL);
        UUID first = UUID.randomUUID();
        Fixtures.publishParkRegistered(first, original);
        Fixtures.publishParkRegistered(UUID.randomUUID(), corrected);
        // The first event again, as Kafka may redeliver it: applying it twice would undo the correction.
        Fixtures.publishParkRegistered(first, original);
        // A later event of the same park (same partition): once it is processed, so is the duplicate.
        UUID marker = UUID.randomUUID();
        Fixtures.publish(marker, "park.some-future-type", "SDP012", "{\"parkCode\":\"SDP012\"}");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(marker));
        assertThat(parkName("SDP012")).isEqualTo("桓台经济开发区（更正）");
        assertThat(count(entityManager, "select count(*) from processed_event where event_id = '" + first + "'"))
                .isEqualTo(1);
        assertThat(count(entityManager, "select count(*) from park_directory where park_code = 'SDP012'"))
                .isEqualTo(1);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndLaterEventsStillApply() {
        KafkaTestClient.send(Fixtures.PARKS_TOPIC, "SDP013", Map.of("ce_type", "park.registered"), "not a cloud event");
        // A well-formed envelope whose data cannot be a park (no city, unknown level).
        UUID unusable = UUID.randomUUID();
        Fixtures.publish(unusable, "park.registered", "SDP013",
                "{\"parkCode\":\"SDP013\",\"name\":\"滕州经济开发区\",\"level\":\"COUNTY\"}");
        Fixtures.publishParkRegistered(new Park("SDP013", "滕州经济开发区", "370400", "枣庄市", ParkLevel.PROVINCIAL));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "滕州经济开发区".equals(parkName("SDP013")));
        var deadLetters = KafkaTestClient.readAll(Fixtures.DLQ, Duration.ofSeconds(30), all ->
                all.stream().anyMatch(r -> "not a cloud event".equals(r.value()))
                        && all.stream().anyMatch(r -> unusable.toString().equals(KafkaTestClient.header(r, "ce_id"))));
        assertThat(deadLetters).extracting(ConsumerRecord::value).contains("not a cloud event");
        assertThat(deadLetters).extracting(r -> KafkaTestClient.header(r, "ce_id")).contains(unusable.toString());
        assertThat(processed(unusable)).isFalse();

        // The park that arrived after the poison can apply for acceptance, once its plan is approved.
        cn.gov.shandong.circular.common.testing.EventFixtures.publish(Fixtures.approved(Fixtures.planOf("SDP013"), "SDP013",
                "370400", 1, 0, java.util.List.of(Fixtures.project("SDP013"))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.count(entityManager,
                "select count(*) from approved_plan_project where park_code = 'SDP013'") == 1);
        Fixtures.as(TestTokens.parkManager("SDP013"))
                .body(Fixtures.applyBody("SDP013", "滕州经济开发区验收申请"))
                .post("/api/v1/applications")
                .then().statusCode(201)
                .body("parkName", org.hamcrest.Matchers.equalTo("滕州经济开发区"))
                .body("cityCode", org.hamcrest.Matchers.equalTo("370400"))
                .body("level", org.hamcrest.Matchers.equalTo("PROVINCIAL"));
    }

    @Test
    void aRegistrationWithoutTheCityNameIsPoisonAsTheContractRequiresIt() {
        // The park code, name, city code, city name and level are all required (docs/asyncapi.yaml).
        UUID nameless = UUID.randomUUID();
        ObjectNode data = EventFixtures.data(
                new Park("SDP014", "枣庄高新区", "370400", "枣庄市", ParkLevel.NATIONAL).registered());
        data.remove("cityName");
        Fixtures.publish(nameless, "park.registered", "SDP014", data.toString());
        UUID marker = UUID.randomUUID();
        Fixtures.publish(marker, "park.some-future-type", "SDP014", "{\"parkCode\":\"SDP014\"}");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(marker));
        var deadLetters = KafkaTestClient.readAll(Fixtures.DLQ, Duration.ofSeconds(30), all ->
                all.stream().anyMatch(r -> nameless.toString().equals(KafkaTestClient.header(r, "ce_id"))));
        assertThat(deadLetters).extracting(r -> KafkaTestClient.header(r, "ce_id")).contains(nameless.toString());
        assertThat(processed(nameless)).isFalse();
        assertThat(parkName("SDP014")).isNull();
    }

    private boolean processed(UUID eventId) {
        return count(entityManager, "select count(*) from processed_event where consumer = 'acceptance.park-directory'"
                + " and event_id = '" + eventId + "'") == 1;
    }

    private String parkName(String parkCode) {
        List<?> names = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select name from park_directory where park_code = :code")
                .setParameter("code", parkCode)
                .getResultList());
        return names.isEmpty() ? null : (String) names.get(0);
    }
}
