package cn.gov.shandong.circular.common.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.fixture.Ledger;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentConsumerTest {

    @Inject
    EntityManager entityManager;

    @Test
    void redeliveredEventIsAppliedOnce() {
        UUID id = UUID.randomUUID();
        Map<String, String> headers = KafkaTestClient.cloudEventHeaders(id, "ledger.credited", "/test", "acct-dup");
        String data = "{\"account\":\"acct-dup\",\"amount\":3,\"actor\":\"tester\"}";

        KafkaTestClient.send(Ledger.TOPIC, "acct-dup", headers, data);
        KafkaTestClient.send(Ledger.TOPIC, "acct-dup", headers, data);
        // A different event after the duplicates, on the same key (same partition, so handled after them).
        UUID sentinel = UUID.randomUUID();
        KafkaTestClient.send(Ledger.TOPIC, "acct-dup",
                KafkaTestClient.cloudEventHeaders(sentinel, "ledger.credited", "/test", "acct-dup"), data);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> applied(sentinel) == 1);
        assertThat(applied(id)).isEqualTo(1);
    }

    @Test
    void poisonRecordGoesToDeadLetterTopicAndDoesNotStopThePartition() {
        KafkaTestClient.send(Ledger.TOPIC, "acct-poison", Map.of("ce_type", "ledger.credited"), "not json at all");
        UUID after = UUID.randomUUID();
        KafkaTestClient.send(Ledger.TOPIC, "acct-poison",
                KafkaTestClient.cloudEventHeaders(after, "ledger.credited", "/test", "acct-poison"),
                "{\"account\":\"acct-poison\",\"amount\":1}");

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> applied(after) == 1);
        var deadLetters = KafkaTestClient.readAll("platform-common-test.dlq", Duration.ofSeconds(20),
                all -> all.stream().anyMatch(r -> "not json at all".equals(r.value())));
        assertThat(deadLetters).extracting(r -> r.value()).contains("not json at all");
        // ... and counted, so an alert can fire on it.
        Matcher counted = Pattern.compile("events_dead_lettered_total\\{channel=\"ledger-in\",topic=\"platform-common-test\\.dlq\"} ([0-9.E]+)")
                .matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        assertThat(counted.find()).as("events_dead_lettered_total of ledger-in in /q/metrics").isTrue();
        assertThat(Double.parseDouble(counted.group(1))).isGreaterThanOrEqualTo(1);
    }

    private long applied(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from ledger_applied where event_id = :id")
                .setParameter("id", eventId)
                .getSingleResult()).longValue());
    }
}
