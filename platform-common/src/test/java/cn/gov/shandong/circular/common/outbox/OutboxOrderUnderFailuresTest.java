package cn.gov.shandong.circular.common.outbox;

import static cn.gov.shandong.circular.common.outbox.OutboxRows.containsAll;
import static cn.gov.shandong.circular.common.outbox.OutboxRows.firstArrivals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.shandong.circular.common.fixture.Ledger;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * One park's events reach Kafka in the order they were recorded even when sends fail. The failure is
 * real: the events go to a topic that does not exist yet (brokers here, as in deploy/, create no topic
 * on request), so the producer gives up on each send after {@code max.block.ms}, until the test creates it.
 */
@QuarkusTest
class OutboxOrderUnderFailuresTest {

    @Inject
    Ledger ledger;

    @Inject
    OutboxRows rows;

    @Test
    void aLaterEventOfAParkWaitsForAnEarlierOneThatCannotBeSentAndFollowsItOnceSendingWorks() {
        String topic = topicNotCreatedYet();
        UUID first = ledger.creditOn(topic, "park-a", 1);
        UUID second = ledger.creditOn(topic, "park-a", 2);

        // The first event failed and the sweeper has tried it again, while the second was never handed to Kafka.
        await().atMost(Duration.ofSeconds(60)).until(() -> rows.row(first).attempts >= 2);
        assertThat(rows.row(first).lastError).contains("not present in metadata");
        assertThat(rows.row(first).publishedAt).isNull();
        assertThat(rows.row(first).blockedAt).as("an outage is not a refusal: never blocked").isNull();
        assertThat(rows.row(second).attempts).isZero();

        KafkaTestClient.createTopic(topic, 1, Map.of());

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll(topic, Duration.ofSeconds(60),
                all -> containsAll(all, List.of(first, second)));
        assertThat(firstArrivals(records)).containsExactly(first.toString(), second.toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.published(first) && rows.published(second));
    }

    @Test
    void theSweeperKeepsEachParksOrderWhileSeveralParksFailAndOtherParksAreNotHeldUp() {
        String topic = topicNotCreatedYet();
        List<String> parks = List.of("park-x", "park-y", "park-z");
        Map<String, List<UUID>> recorded = Map.of("park-x", new ArrayList<>(), "park-y", new ArrayList<>(),
                "park-z", new ArrayList<>());
        for (int round = 1; round <= 3; round++) {
            for (String park : parks) {
                recorded.get(park).add(ledger.creditOn(topic, park, round));
            }
        }
        // Every park's first event fails and is retried by the sweeper; nothing behind them is sent.
        await().atMost(Duration.ofSeconds(60)).until(() ->
                parks.stream().allMatch(park -> rows.row(recorded.get(park).get(0)).attempts >= 2));
        for (String park : parks) {
            assertThat(recorded.get(park).subList(1, 3)).allSatisfy(id -> assertThat(rows.row(id).attempts).isZero());
        }
        // A park on a healthy topic is not held up by the failing ones.
        UUID healthy = ledger.credit("park-healthy-" + UUID.randomUUID(), 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows.published(healthy));

        KafkaTestClient.createTopic(topic, 3, Map.of());

        List<UUID> all = recorded.values().stream().flatMap(List::stream).toList();
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll(topic, Duration.ofSeconds(60),
                read -> containsAll(read, all));
        for (String park : parks) {
            List<String> arrivals = firstArrivals(records.stream().filter(r -> park.equals(r.key())).toList());
            assertThat(arrivals).as("order of %s", park)
                    .containsExactlyElementsOf(recorded.get(park).stream().map(UUID::toString).toList());
        }
    }

    /** The name of a topic the test creates later; sends to it fail until then. */
    private static String topicNotCreatedYet() {
        return "ledger.later-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
