package cn.gov.shandong.circular.common.outbox;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox in health: a blocked event makes readiness DOWN and names the event (a person must act);
 * the backlog itself (an outage, a slow broker) is shown in the {@code messaging} group only, because
 * the service keeps taking writes while Kafka is away and sends them later.
 */
@ApplicationScoped
public class OutboxHealth {

    @Inject
    OutboxBacklog backlog;

    @Inject
    OutboxConfig config;

    @Produces
    @Readiness
    @ApplicationScoped
    HealthCheck blockedEvents() {
        return () -> {
            OutboxBacklog.Snapshot now = backlog.current();
            HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox-blocked-events")
                    .withData("blocked", now.blocked());
            if (now.blocked() == 0) {
                return response.up().build();
            }
            response.withData("blockedEventIds", ids(now))
                    .withData("release", "POST /api/v1/outbox/{id}/release (province-admin), see docs/running.md");
            return (config.blockedFailsReadiness() ? response.down() : response.up()).build();
        };
    }

    @Produces
    @HealthGroup("messaging")
    @ApplicationScoped
    HealthCheck backlog() {
        return () -> {
            OutboxBacklog.Snapshot now = backlog.current();
            HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                    .withData("unsent", now.unsent())
                    .withData("oldestUnsentAgeSeconds", now.oldestUnsentAge().toSeconds())
                    .withData("blocked", now.blocked());
            if (now.blocked() > 0) {
                response.withData("blockedEventIds", ids(now));
            }
            return response.status(now.blocked() == 0).build();
        };
    }

    private static String ids(OutboxBacklog.Snapshot snapshot) {
        return snapshot.blockedIds().stream().map(Object::toString).collect(Collectors.joining(","));
    }
}
