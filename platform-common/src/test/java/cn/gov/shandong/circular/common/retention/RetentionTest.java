package cn.gov.shandong.circular.common.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Delivered bookkeeping is purged after its retention (7 and 30 days by default); nothing undelivered is. */
@QuarkusTest
class RetentionTest {

    @Inject
    PlatformRetention retention;

    @Inject
    EntityManager entityManager;

    @Test
    void publishedOutboxRowsArePurgedAfterTheirRetentionAndUnsentOnesNever() {
        UUID old = outboxRow("now() - interval '8 days'", "now() - interval '8 days'");
        UUID recent = outboxRow("now() - interval '8 days'", "now() - interval '6 days'");
        UUID unsent = outboxRow("now() - interval '20 days'", null);

        long deleted = retention.purgePublishedOutboxEvents();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(exists("outbox_event", "id", old)).isFalse();
        assertThat(exists("outbox_event", "id", recent)).isTrue();
        assertThat(exists("outbox_event", "id", unsent)).isTrue();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from outbox_event where id = :id").setParameter("id", unsent).executeUpdate());
    }

    @Test
    void processedEventMarkersArePurgedAfterTheirRetentionInBatches() {
        // More than one batch (1000) of old markers, and one recent.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into processed_event (consumer, event_id, event_type, processed_at)
                        select 'retention-test', gen_random_uuid(), 'ledger.credited', now() - interval '31 days'
                        from generate_series(1, 2500)""").executeUpdate());
        UUID recent = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into processed_event (consumer, event_id, event_type, processed_at)
                        values ('retention-test', :id, 'ledger.credited', now() - interval '29 days')""")
                .setParameter("id", recent).executeUpdate());

        long deleted = retention.purgeProcessedEvents();

        assertThat(deleted).isGreaterThanOrEqualTo(2500);
        assertThat(count("select count(*) from processed_event where consumer = 'retention-test'")).isEqualTo(1);
        assertThat(exists("processed_event", "event_id", recent)).isTrue();
    }

    private UUID outboxRow(String createdAt, String publishedAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into outbox_event (id, topic, event_key, event_type, source, subject, occurred_at, actor,
                                                  payload, created_at, published_at, next_attempt_at)
                        values (:id, 'retention.events', 'park-retention', 'ledger.credited', '/test', 'park-retention',
                                %1$s, 'someone', '{}', %1$s, %2$s, %3$s)"""
                        .formatted(createdAt, publishedAt == null ? "null" : publishedAt,
                                // An unsent row kept off the relay's hands for the test's duration.
                                publishedAt == null ? "now() + interval '1 day'" : "null"))
                .setParameter("id", id).executeUpdate());
        return id;
    }

    private boolean exists(String table, String column, UUID id) {
        return count("select count(*) from " + table + " where " + column + " = '" + id + "'") == 1;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
