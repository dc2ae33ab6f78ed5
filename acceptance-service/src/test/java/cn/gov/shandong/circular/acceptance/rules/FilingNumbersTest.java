package cn.gov.shandong.circular.acceptance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.acceptance.filing.FilingNumbers;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Filing numbers under concurrency, on a real PostgreSQL with the service's own migrations (no Quarkus):
 * filings of one year committed from many connections at once, some rolled back, leave the numbers
 * 1 … N exactly once each.
 */
class FilingNumbersTest {

    private static String database;

    @BeforeAll
    static void migratedDatabase() {
        database = PlatformTestResource.createDatabase();
        Flyway.configure().dataSource(PlatformTestResource.jdbcUrl(database), PlatformTestResource.pgUser(), "postgres")
                .locations("classpath:db/platform", "classpath:db/park-directory", "classpath:db/migration")
                .load().migrate();
    }

    @AfterAll
    static void dropDatabase() {
        PlatformTestResource.dropDatabase(database);
    }

    @Test
    void theNumberHasTheProvincesFormat() {
        assertThat(FilingNumbers.format(2019, 7)).isEqualTo("鲁园循备〔2019〕第7号");
        assertThat(FilingNumbers.format(2020, 123)).isEqualTo("鲁园循备〔2020〕第123号");
        assertThatThrownBy(() -> FilingNumbers.format(2019, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentFilingsGetEveryNumberOnceWithoutGapsEvenWhenSomeRollBack() throws Exception {
        int filings = 120;
        List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < filings; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    try (Connection connection = connect()) {
                        connection.setAutoCommit(false);
                        int number = FilingNumbers.next(connection, 2019);
                        // A filing that fails after taking its number (a third of them) gives the number back.
                        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                        if (ThreadLocalRandom.current().nextInt(3) == 0) {
                            connection.rollback();
                        } else {
                            connection.commit();
                            committed.add(number);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(committed).hasSizeGreaterThan(filings / 3);
        assertThat(committed).doesNotHaveDuplicates();
        assertThat(committed.stream().sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, committed.size()).boxed().toList());
        // Another year counts from 1 on its own.
        try (Connection connection = connect()) {
            assertThat(FilingNumbers.next(connection, 2020)).isEqualTo(1);
            assertThat(FilingNumbers.next(connection, 2019)).isEqualTo(committed.size() + 1);
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(PlatformTestResource.jdbcUrl(database), PlatformTestResource.pgUser(), "postgres");
    }
}
