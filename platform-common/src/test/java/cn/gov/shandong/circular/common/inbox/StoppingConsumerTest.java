package cn.gov.shandong.circular.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.fixture.StopProbeProjection;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A graceful stop (SIGTERM, a rolling update) must not cost an event: what fails to apply because the
 * service is going away is left for the partition's next owner, where SmallRye's dead-letter strategy
 * would have sent it to the dead-letter topic and committed past it (decision 56).
 */
@QuarkusTest
class StoppingConsumerTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ServiceStopping serviceStopping;

    @Test
    void anEventThatFailsWhileTheServiceStopsIsNeitherDeadLetteredNorCommittedPast() {
        String key = "park-stopping";
        UUID first = UUID.randomUUID();
        RecordMetadata firstAt = send(key, first, "acct-first");
        // Commits are flowing: the group's next owner would start after the first event.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> applied(first) == 1
                && committed(firstAt) == firstAt.offset() + 1);

        serviceStopping.set(true);
        try {
            UUID failing = UUID.randomUUID();
            RecordMetadata failingAt = send(key, failing, "closed-while-stopping");
            UUID next = UUID.randomUUID();
            send(key, next, "acct-next");
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> applied(next) == 1);

            // The group's committed position stays on the failed event (commits run every 500 ms), so the
            // partition's next owner receives it again; and it is not in the dead-letter topic.
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                    .until(() -> committed(failingAt) == failingAt.offset());
            assertThat(KafkaTestClient.readAll(StopProbeProjection.DEAD_LETTERS, Duration.ofSeconds(3),
                    all -> all.stream().anyMatch(r -> r.value().contains("closed-while-stopping"))))
                    .noneMatch(r -> r.value().contains("closed-while-stopping"));
            assertThat(applied(failing)).isZero();
            assertThat(processed(failing)).as("no processed_event row: the redelivery will apply it").isZero();
        } finally {
            serviceStopping.set(false);
        }
    }

    @Test
    void theSameFailureWhileTheServiceRunsGoesToTheDeadLetterTopicAndThePartitionGoesOn() {
        String key = "park-running";
        UUID failing = UUID.randomUUID();
        send(key, failing, "closed-while-running");
        UUID next = UUID.randomUUID();
        send(key, next, "acct-after-failure");

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> applied(next) == 1);
        assertThat(KafkaTestClient.readAll(StopProbeProjection.DEAD_LETTERS, Duration.ofSeconds(20),
                all -> all.stream().anyMatch(r -> r.value().contains("closed-while-running"))))
                .anyMatch(r -> r.value().contains("closed-while-running"));
        assertThat(applied(failing)).isZero();
    }

    private static RecordMetadata send(String key, UUID id, String account) {
        return KafkaTestClient.send(StopProbeProjection.TOPIC, key,
                KafkaTestClient.cloudEventHeaders(id, "ledger.credited", "/test", account),
                "{\"account\":\"" + account + "\",\"amount\":1}");
    }

    private static long committed(RecordMetadata at) {
        return KafkaTestClient.committedOffset(StopProbeProjection.GROUP, at.topic(), at.partition());
    }

    private long applied(UUID eventId) {
        return count("select count(*) from ledger_applied where event_id = :id", eventId);
    }

    private long processed(UUID eventId) {
        return count("select count(*) from processed_event where consumer = 'stop-probe' and event_id = :id", eventId);
    }

    private long count(String sql, UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", eventId)
                .getSingleResult()).longValue());
    }
}
