package cn.gov.shandong.circular.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.common.testing.CommitFailures;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A passing database failure is waited out; a failure that would repeat is not. */
@QuarkusTest
class OutageRetryTest {

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Inject
    EntityManager entityManager;

    @Test
    void eventIsAppliedOnceAfterTheDatabaseComesBack() {
        IncomingEvent event = event();
        AtomicInteger attempts = new AtomicInteger();

        boolean applied = idempotentConsumer.applyOnce("outage-test", event, e -> {
            if (attempts.incrementAndGet() <= 2) {
                // What Hibernate throws when PostgreSQL restarts under a transaction.
                throw new PersistenceException(new SQLException("terminating connection due to administrator command",
                        "57P01"));
            }
            entityManager.createNativeQuery("insert into ledger_applied (event_id, account) values (:id, 'outage')")
                    .setParameter("id", e.id()).executeUpdate();
        });

        assertThat(applied).isTrue();
        assertThat(attempts).hasValue(3);
        assertThat(count("select count(*) from ledger_applied where event_id = '" + event.id() + "'")).isEqualTo(1);
        assertThat(count("select count(*) from processed_event where consumer = 'outage-test' and event_id = '"
                + event.id() + "'")).isEqualTo(1);
    }

    @Test
    void badDataIsNotRetriedHereAndLeavesNoMarker() {
        IncomingEvent event = event();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> idempotentConsumer.applyOnce("outage-test", event, e -> {
            attempts.incrementAndGet();
            throw new PersistenceException(new SQLException("value too long for type character varying(50)", "22001"));
        })).isInstanceOf(PersistenceException.class);

        assertThat(attempts).hasValue(1);
        assertThat(count("select count(*) from processed_event where event_id = '" + event.id() + "'")).isZero();
    }

    @Test
    void failuresAreToldApart() {
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(TransientFailures.isTransient(
                new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
        assertThat(TransientFailures.isTransient(CommitFailures.connectionCutDuringCommit())).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(TransientFailures.isTransient(new MalformedEventException("no ce_id"))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
    }

    private static IncomingEvent event() {
        return new IncomingEvent(UUID.randomUUID(), "ledger.credited", "/test", "outage", OffsetDateTime.now(),
                "tester", null, new ObjectMapper().createObjectNode().put("account", "outage"), "ledger.events");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
