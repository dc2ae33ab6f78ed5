package cn.gov.shandong.circular.reporting.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Not a test of the build: times {@link ChainVerifier} on a database that bench/event-log-chain.sh filled and
 * names with {@code -Devent-log-bench.database=<name>}. Its name is outside surefire's test patterns, so only
 * {@code -Dtest=EventLogChainBench} runs it; without the database it fails and says so. Plain JUnit, no Quarkus.
 */
class EventLogChainBench {

    @Test
    void verifyALargeLog() {
        String database = System.getProperty("event-log-bench.database");
        if (database == null || database.isBlank()) {
            throw new IllegalStateException("run it through bench/event-log-chain.sh, which sets -Devent-log-bench.database");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(PlatformTestResource.jdbcUrl(database));
        dataSource.setUser(PlatformTestResource.pgUser());
        dataSource.setPassword("postgres");
        ChainVerifier verifier = new ChainVerifier();
        verifier.dataSource = dataSource;
        for (int run = 1; run <= 3; run++) {
            ChainVerification result = verifier.verify(null, null, null);
            assertThat(result.intact()).isTrue();
            System.out.printf("[event-log-bench] run %d: %d entries verified in %d ms (%.0f entries/s)%n", run,
                    result.verified(), result.elapsedMillis(), result.verified() * 1000.0 / Math.max(1, result.elapsedMillis()));
        }
    }
}
