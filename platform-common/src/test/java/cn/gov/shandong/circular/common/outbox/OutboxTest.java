package cn.gov.shandong.circular.common.outbox;

import static cn.gov.shandong.circular.common.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.common.fixture.Ledger;
import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.EventSamples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {

    @Inject
    Ledger ledger;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxRelay relay;

    @Inject
    EventOutbox outbox;

    @Inject
    UserTransaction transaction;

    @Test
    void aTypedEventIsStoredUnderItsTopicTypeAndParkAsItsRecordPlusAttribution() throws Exception {
        for (DomainEvent sample : EventSamples.all()) {
            // Rolled back: only what the outbox writes matters here, not sending it.
            transaction.begin();
            OutboxEvent row;
            try {
                row = outbox.record(sample);
                entityManager.flush();
            } finally {
                transaction.rollback();
            }

            assertThat(row.topic).isEqualTo(sample.topic());
            assertThat(row.type).isEqualTo(sample.type());
            assertThat(row.key).isEqualTo(sample.key());
            assertThat(row.subject).isEqualTo(sample.key());
            JsonNode payload = new ObjectMapper().readTree(row.payload);
            // The test fixtures publish exactly this shape, and the AsyncAPI contract test checks it.
            // Numbers compare by value: a share of 1.00 is stored as the JSON number 1.
            assertThat(payload.equals(OutboxTest::sameValue, EventFixtures.data(sample, "system", null)))
                    .as(sample.type() + ": " + payload).isTrue();
            IncomingEvent received = new IncomingEvent(row.id, row.type, row.source, row.subject, row.occurredAt,
                    row.actor, row.correlationId, payload, row.topic);
            assertThat(received.dataAs(sample.getClass())).isEqualTo(sample);
        }
    }

    private static int sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    }

    @Test
    void committedEventIsPublishedAsCloudEventKeyedBySubject() throws Exception {
        UUID id = ledger.credit("acct-1", 10);

        ConsumerRecord<String, String> record = awaitRecord(id);

        assertThat(record.key()).isEqualTo("acct-1");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("ledger.credited");
        assertThat(header(record, "ce_source")).isEqualTo("/platform-common-test");
        assertThat(header(record, "ce_subject")).isEqualTo("acct-1");
        assertThat(header(record, "ce_time")).isNotBlank();
        JsonNode data = new ObjectMapper().readTree(record.value());
        assertThat(data.get("account").asText()).isEqualTo("acct-1");
        assertThat(data.get("amount").asInt()).isEqualTo(10);
        assertThat(data.get("actor").asText()).isEqualTo("system");
        awaitPublishedMark(id);
    }

    @Test
    void eventOfARolledBackTransactionIsNeverPublished() {
        UUID[] rolledBack = new UUID[1];
        assertThatThrownBy(() -> ledger.creditThenFail("acct-rollback", 5))
                .isInstanceOfSatisfying(Ledger.LedgerRefused.class, e -> rolledBack[0] = e.eventId);
        // A later committed event of the same key: once it is on the topic, an earlier one would be too.
        UUID committed = ledger.credit("acct-rollback", 7);

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll(Ledger.TOPIC, Duration.ofSeconds(20),
                all -> all.stream().anyMatch(r -> committed.toString().equals(header(r, "ce_id"))));

        assertThat(records).extracting(r -> header(r, "ce_id")).contains(committed.toString())
                .doesNotContain(rolledBack[0].toString());
        assertThat(count("select count(*) from outbox_event where id = '" + rolledBack[0] + "'")).isZero();
        assertThat(count("select count(*) from ledger_entry where account = 'acct-rollback'")).isEqualTo(1);
    }

    @Test
    void sweeperSendsWhatWasCommittedButNeverSent() {
        // As if the service died between commit and send: a committed row nobody tried to send.
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into outbox_event (id, topic, event_key, event_type, source, subject, occurred_at,
                                                  actor, correlation_id, payload)
                        values (:id, 'ledger.events', 'acct-orphan', 'ledger.credited', '/platform-common-test',
                                'acct-orphan', now(), 'someone', 'corr-1',
                                '{"account":"acct-orphan","amount":1,"actor":"someone"}')""")
                .setParameter("id", id)
                .executeUpdate());

        ConsumerRecord<String, String> record = awaitRecord(id);

        assertThat(record.key()).isEqualTo("acct-orphan");
        assertThat(header(record, "ce_actor")).isEqualTo("someone");
        assertThat(header(record, "ce_correlationid")).isEqualTo("corr-1");
        awaitPublishedMark(id);
    }

    private ConsumerRecord<String, String> awaitRecord(UUID id) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll(Ledger.TOPIC, Duration.ofSeconds(20),
                all -> all.stream().anyMatch(r -> id.toString().equals(header(r, "ce_id"))));
        return records.stream().filter(r -> id.toString().equals(header(r, "ce_id"))).findFirst()
                .orElseThrow(() -> new AssertionError("event " + id + " never reached " + Ledger.TOPIC));
    }

    private void awaitPublishedMark(UUID id) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                count("select count(*) from outbox_event where published_at is not null and id = '" + id + "'") == 1);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
