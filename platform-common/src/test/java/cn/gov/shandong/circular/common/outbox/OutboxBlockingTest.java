package cn.gov.shandong.circular.common.outbox;

import static cn.gov.shandong.circular.common.outbox.OutboxRows.containsAll;
import static cn.gov.shandong.circular.common.outbox.OutboxRows.firstArrivals;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.fixture.Ledger;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An event the broker keeps refusing (here: larger than its topic's {@code max.message.bytes}) is not
 * retried silently forever: after {@code block-after-attempts} (3 in these tests) it is blocked,
 * readiness names it, the metric counts it, and its park's later events wait until an admin releases it.
 */
@QuarkusTest
class OutboxBlockingTest {

    @Inject
    Ledger ledger;

    @Inject
    OutboxRows rows;

    @Test
    void anEventTheBrokerKeepsRefusingIsBlockedReportedAndSentInOrderAfterItsRelease() {
        String topic = "ledger.small-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTestClient.createTopic(topic, 1, Map.of("max.message.bytes", "2048"));
        UUID tooLarge = ledger.annotateOn(topic, "park-big", "备注".repeat(3000));
        UUID behind = ledger.creditOn(topic, "park-big", 1);

        await().atMost(Duration.ofSeconds(60)).until(() -> rows.row(tooLarge).blockedAt != null);
        OutboxEvent blocked = rows.row(tooLarge);
        assertThat(blocked.refusals).isEqualTo(3);
        assertThat(blocked.lastError).contains("RecordTooLarge");
        assertThat(rows.row(behind).attempts).as("waits behind the blocked event").isZero();

        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'outbox-blocked-events' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'outbox-blocked-events' }.data.blockedEventIds",
                        containsString(tooLarge.toString()));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("outbox_events_blocked 1.0"))
                .body(containsString("outbox_events_blockings_total{type=\"ledger.annotated\"} 1.0"));
        given().auth().oauth2(TestTokens.auditor()).get("/api/v1/outbox/blocked").then().statusCode(200)
                .body("id", hasItem(tooLarge.toString()));

        // Only a province administrator releases, only a blocked event, only an existing one.
        given().auth().oauth2(TestTokens.auditor()).post("/api/v1/outbox/" + tooLarge + "/release")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).post("/api/v1/outbox/" + UUID.randomUUID() + "/release")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:not-found"));
        given().auth().oauth2(TestTokens.provinceAdmin()).post("/api/v1/outbox/" + behind + "/release")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:not-blocked"));

        // The operator lifts the topic's limit, then releases the event: it goes out, and the park's next after it.
        KafkaTestClient.setTopicConfig(topic, "max.message.bytes", "1048588");
        given().auth().oauth2(TestTokens.provinceAdmin()).post("/api/v1/outbox/" + tooLarge + "/release")
                .then().statusCode(200)
                .body("id", equalTo(tooLarge.toString()))
                .body("blockedAt", nullValue())
                .body("refusals", equalTo(0));

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll(topic, Duration.ofSeconds(60),
                all -> containsAll(all, List.of(tooLarge, behind)));
        assertThat(firstArrivals(records)).containsExactly(tooLarge.toString(), behind.toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.published(tooLarge) && rows.published(behind));
        // Ready again. Awaited, not read once: with nothing blocked any more the outbox check is UP at once, but
        // right after the refused sends another readiness check was seen DOWN for a moment (CI, stop 20).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'outbox-blocked-events' }.status", equalTo("UP"))
                .statusCode(200));
    }
}
