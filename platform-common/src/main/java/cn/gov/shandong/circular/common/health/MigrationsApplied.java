package cn.gov.shandong.circular.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Readiness: every Flyway migration this build carries is applied. (Whether the database answers is
 * Quarkus' own datasource check beside this one.)
 */
@Readiness
@ApplicationScoped
public class MigrationsApplied implements HealthCheck {

    @Inject
    Flyway flyway;

    /** Once applied, migrations stay applied: ask the database only until then. */
    private volatile boolean applied;

    @Override
    public HealthCheckResponse call() {
        if (!applied) {
            MigrationInfo[] pending = flyway.info().pending();
            if (pending.length > 0) {
                return HealthCheckResponse.named("database-migrations").down()
                        .withData("pending", Arrays.stream(pending).map(MigrationInfo::getScript)
                                .collect(Collectors.joining(",")))
                        .build();
            }
            applied = true;
        }
        return HealthCheckResponse.named("database-migrations").up().build();
    }
}
