package cn.gov.shandong.circular.common.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.shandong.circular.common.fixture.Ledger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * /q/metrics (Prometheus) shows the outbox, what was published and consumed, and the consumer lag. Micrometer's
 * Kafka binder adds a partition's lag gauge at its first refresh, a minute after the consumer started, so the last
 * check waits for it. (Run last instead, the ledger event of the first check was not applied within 30 s after the
 * web tests; left in name order until that is understood.)
 */
@QuarkusTest
class MetricsTest {

    @Inject
    Ledger ledger;

    @Inject
    EntityManager entityManager;

    @Test
    void publishedAndConsumedEventsTheBacklogAndConsumerLagAppearInPrometheusFormat() {
        UUID id = ledger.credit("acct-metrics-" + UUID.randomUUID(), 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from ledger_applied where event_id = :id")
                        .setParameter("id", id).getSingleResult()).intValue() == 1));

        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(value(text, "outbox_events_published_total\\{type=\"ledger.credited\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value(text, "events_consumed_total\\{consumer=\"ledger-projection\",outcome=\"applied\",type=\"ledger.credited\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(text, "outbox_events_unsent")).isGreaterThanOrEqualTo(0);
        assertThat(value(text, "outbox_events_blocked")).isGreaterThanOrEqualTo(0);
        assertThat(value(text, "outbox_oldest_unsent_age_seconds")).isGreaterThanOrEqualTo(0);

        // Lag per partition of the consumed topic, from the Kafka client through Micrometer's Kafka binder,
        // which looks for new client metrics (a partition's lag exists once it is assigned) once a minute.
        Pattern lag = Pattern.compile(
                "kafka_consumer_fetch_manager_records_lag\\{[^}]*partition=\"\\d+\"[^}]*topic=\"ledger\\.events\"[^}]*} \\d");
        await().atMost(Duration.ofSeconds(100)).pollInterval(Duration.ofSeconds(2)).until(() ->
                lag.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString()).find());
    }

    /** The sample value of a series, given as a regex of its name and labels. */
    private static double value(String text, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.E+-]+|NaN)$").matcher(text);
        assertThat(matcher.find()).as("series %s in%n%s", series, text).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
