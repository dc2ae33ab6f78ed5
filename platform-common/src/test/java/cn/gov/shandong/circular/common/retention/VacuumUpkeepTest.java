package cn.gov.shandong.circular.common.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The rows a purge deletes become reusable space only after VACUUM: the service runs it where the
 * server's autovacuum does not (decision 53).
 */
@QuarkusTest
class VacuumUpkeepTest {

    @Inject
    VacuumUpkeep upkeep;

    @Inject
    PlatformRetention retention;

    @Inject
    EntityManager entityManager;

    @Test
    void theRowsAPurgeDeletedAreVacuumedAway() throws Exception {
        long deletedBefore = number("n_tup_del");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into processed_event (consumer, event_id, event_type, processed_at)
                        select 'vacuum-test', gen_random_uuid(), 'ledger.credited', now() - interval '31 days'
                        from generate_series(1, 1500)""").executeUpdate());
        assertThat(retention.purgeProcessedEvents()).isGreaterThanOrEqualTo(1500);
        // The deleting sessions report their counts to the statistics within about a second.
        await().atMost(Duration.ofSeconds(15)).until(() -> number("n_tup_del") >= deletedBefore + 1500);
        assertThat(number("n_dead_tup")).isGreaterThanOrEqualTo(1500);

        upkeep.vacuumNow();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(number("n_dead_tup")).isZero();
            assertThat(number("vacuum_count")).isPositive();
            assertThat(number("analyze_count")).isPositive();
        });
    }

    @Test
    void byDefaultItVacuumsExactlyWhereTheServersAutovacuumIsOff() throws Exception {
        boolean serverAutovacuum = "on".equals(QuarkusTransaction.requiringNew().call(() ->
                entityManager.createNativeQuery("show autovacuum").getSingleResult()));

        assertThat(upkeep.vacuumIfDue()).isEqualTo(!serverAutovacuum);
    }

    private long number(String column) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select " + column + " from pg_stat_user_tables where relname = 'processed_event'")
                .getSingleResult()).longValue());
    }
}
