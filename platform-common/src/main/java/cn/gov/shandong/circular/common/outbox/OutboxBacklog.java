package cn.gov.shandong.circular.common.outbox;

import cn.gov.shandong.circular.common.time.SqlValues;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * What is waiting in the outbox: unsent rows, the age of the oldest, blocked rows. Read by the
 * health checks and the {@code /q/metrics} gauges; one query, reused for a second so a scrape and a
 * probe together cost one.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Duration REUSE = Duration.ofSeconds(1);
    private static final int BLOCKED_IDS_SHOWN = 10;

    /**
     * @param unsent          rows not acknowledged by Kafka, blocked ones included
     * @param blocked         rows blocked after refused sends
     * @param oldestUnsentAge how long the oldest unsent row has waited (zero if none)
     * @param blockedIds      the oldest blocked rows' ids (at most ten)
     */
    public record Snapshot(long unsent, long blocked, Duration oldestUnsentAge, List<UUID> blockedIds) {
    }

    @Inject
    EntityManager entityManager;

    private volatile Snapshot last;
    private volatile long lastReadNanos;

    /** The backlog now (at most a second old); throws if the database cannot be read. */
    public Snapshot current() {
        Snapshot snapshot = last;
        if (snapshot != null && System.nanoTime() - lastReadNanos < REUSE.toNanos()) {
            return snapshot;
        }
        snapshot = read();
        last = snapshot;
        lastReadNanos = System.nanoTime();
        return snapshot;
    }

    @SuppressWarnings("unchecked")
    private Snapshot read() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Tuple counts = (Tuple) entityManager.createNativeQuery("""
                            select count(*) as unsent, count(*) filter (where blocked_at is not null) as blocked,
                                   min(created_at) as oldest
                            from outbox_event where published_at is null""", Tuple.class)
                    .getSingleResult();
            long unsent = counts.get("unsent", Number.class).longValue();
            long blocked = counts.get("blocked", Number.class).longValue();
            Object oldest = counts.get("oldest");
            Duration age = oldest == null ? Duration.ZERO
                    : Duration.between(SqlValues.utc(oldest), OffsetDateTime.now(ZoneOffset.UTC));
            List<UUID> blockedIds = blocked == 0 ? List.of() : entityManager.createNativeQuery("""
                            select id from outbox_event where blocked_at is not null and published_at is null
                            order by seq limit :n""")
                    .setParameter("n", BLOCKED_IDS_SHOWN)
                    .getResultList();
            return new Snapshot(unsent, blocked, age.isNegative() ? Duration.ZERO : age, blockedIds);
        });
    }

    /** NaN while the database cannot be read, so a scrape shows a gap instead of failing. */
    private double orNaN(java.util.function.ToDoubleFunction<Snapshot> value) {
        try {
            return value.applyAsDouble(current());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    void registerGauges(@Observes StartupEvent start, MeterRegistry meters) {
        Gauge.builder("outbox.events.unsent", this, b -> b.orNaN(Snapshot::unsent))
                .description("Outbox events not yet acknowledged by Kafka (blocked ones included)")
                .register(meters);
        Gauge.builder("outbox.events.blocked", this, b -> b.orNaN(Snapshot::blocked))
                .description("Outbox events blocked after refused sends, waiting for an admin's release")
                .register(meters);
        Gauge.builder("outbox.oldest.unsent.age", this, b -> b.orNaN(s -> s.oldestUnsentAge().toMillis() / 1000.0))
                .description("How long the oldest unsent outbox event has waited")
                .baseUnit("seconds")
                .register(meters);
    }
}
