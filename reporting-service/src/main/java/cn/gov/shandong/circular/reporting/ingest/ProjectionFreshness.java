package cn.gov.shandong.circular.reporting.ingest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How fresh the projections are: {@code reporting_projection_freshness_seconds} on /q/metrics is now
 * minus the time (ce_time) of the newest event applied. It grows while nothing happens, and also while
 * events wait unapplied; read it together with the consumer lag.
 */
@ApplicationScoped
public class ProjectionFreshness {

    @Inject
    EntityManager entityManager;

    private final AtomicReference<Instant> newestApplied = new AtomicReference<>();

    /** Called after an event's effect committed. */
    void applied(OffsetDateTime occurredAt) {
        Instant time = occurredAt.toInstant();
        newestApplied.accumulateAndGet(time, (a, b) -> a == null || b.isAfter(a) ? b : a);
    }

    /** Seconds since the newest applied event occurred (at least 0); NaN before the first event. */
    double secondsBehind() {
        Instant newest = newestApplied.get();
        if (newest == null) {
            // After a restart: what the log already holds.
            try {
                OffsetDateTime logged = QuarkusTransaction.requiringNew().call(() -> (OffsetDateTime) entityManager
                        .createQuery("select max(e.occurredAt) from EventLogEntry e").getSingleResult());
                if (logged == null) {
                    return Double.NaN;
                }
                applied(logged);
                newest = newestApplied.get();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }
        // An event dated in the future (a clock ahead of ours) counts as "now", not as negative staleness.
        return Math.max(0, Duration.between(newest, Instant.now()).toMillis()) / 1000.0;
    }

    void register(@Observes StartupEvent start, MeterRegistry meters) {
        Gauge.builder("reporting.projection.freshness", this, ProjectionFreshness::secondsBehind)
                .description("Now minus the time of the newest event applied to the projections")
                .baseUnit("seconds")
                .register(meters);
    }
}
