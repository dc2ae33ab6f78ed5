package cn.gov.shandong.circular.reporting.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Notice numbers and the database's backstop for published notices, on a real PostgreSQL with the service's
 * own migrations (no Quarkus): the format, publications of one year from many connections at once (some rolled
 * back) numbered 1 … N exactly once each, and a published notice that SQL itself refuses to change.
 */
class NoticeNumbersTest {

    private static String database;

    @BeforeAll
    static void migratedDatabase() {
        database = PlatformTestResource.createDatabase();
        Flyway.configure().dataSource(PlatformTestResource.jdbcUrl(database), PlatformTestResource.pgUser(), "postgres")
                .locations("classpath:db/platform", "classpath:db/city-directory", "classpath:db/migration")
                .load().migrate();
    }

    @AfterAll
    static void dropDatabase() {
        PlatformTestResource.dropDatabase(database);
    }

    @Test
    void theNumberIsTheProvincesDocumentNumberOfThePublicationYear() {
        assertThat(NoticeNumbers.format(2021, 1)).isEqualTo("鲁园循通〔2021〕第1号");
        assertThat(NoticeNumbers.format(2020, 12)).isEqualTo("鲁园循通〔2020〕第12号");
        assertThatThrownBy(() -> NoticeNumbers.format(2021, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeNumbers.format(1999, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyADraftMovesAndAPublishedNoticeIsFinal() {
        assertThat(NoticeStatus.DRAFT.canEdit()).isTrue();
        assertThat(NoticeStatus.TABLE.allows(NoticeStatus.DRAFT, NoticeStatus.PUBLISHED)).isTrue();
        assertThat(NoticeStatus.PUBLISHED.canEdit()).isFalse();
        assertThat(NoticeStatus.TABLE.allows(NoticeStatus.PUBLISHED, NoticeStatus.PUBLISHED)).isFalse();
        assertThat(NoticeStatus.TABLE.terminal()).containsExactly(NoticeStatus.PUBLISHED);
    }

    @Test
    void concurrentPublicationsGetEveryNumberOnceWithoutGapsEvenWhenSomeRollBack() throws Exception {
        int publications = 60;
        List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < publications; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    try (Connection connection = connect()) {
                        connection.setAutoCommit(false);
                        int number = NoticeNumbers.next(connection, 2021);
                        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                        // A publication that fails after taking its number gives it back.
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
        assertThat(committed).hasSizeGreaterThan(publications / 3).doesNotHaveDuplicates();
        assertThat(committed.stream().sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, committed.size()).boxed().toList());
        try (Connection connection = connect()) {
            assertThat(NoticeNumbers.next(connection, 2022)).isEqualTo(1);
            assertThat(NoticeNumbers.next(connection, 2021)).isEqualTo(committed.size() + 1);
        }
    }

    @Test
    void sqlRefusesToChangeAPublishedNoticeOrItsParksEvenIfTheCodeWereWrong() throws Exception {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into notice (id, programme_code, year, title, body, status, parks_as_of, drafted_by, drafted_at,
                        updated_by, updated_at, publication_year, publication_seq, number, published_on, published_by,
                        published_at)
                    values ('5d0f8a1e-0000-4000-8000-000000000001', '2018-2020', 2020, '通报', '正文', 'PUBLISHED', '2021-03-10',
                        'province.admin', now(), 'province.admin', now(), 2021, 900, '鲁园循通〔2021〕第900号', '2021-03-12',
                        'province.admin', now())""");
            assertThatThrownBy(() -> sql.execute("update notice set title = '改' where id = '5d0f8a1e-0000-4000-8000-000000000001'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("is published");
            assertThatThrownBy(() -> sql.execute("delete from notice where id = '5d0f8a1e-0000-4000-8000-000000000001'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("is published");
            assertThatThrownBy(() -> sql.execute("""
                    insert into notice_park (notice_id, position, park_code, scheduled_year, status_as_of, days_overdue)
                    values ('5d0f8a1e-0000-4000-8000-000000000001', 0, 'SDP9850', 2020, 'NOT_FILED', 69)"""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("are final");
            // A published notice without its number is refused too.
            assertThatThrownBy(() -> sql.execute("""
                    insert into notice (id, programme_code, year, title, body, status, parks_as_of, drafted_by, drafted_at,
                        updated_by, updated_at)
                    values ('5d0f8a1e-0000-4000-8000-000000000002', '2018-2020', 2020, '通报', '正文', 'PUBLISHED', '2021-03-10',
                        'province.admin', now(), 'province.admin', now())"""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("notice_published_whole");
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(PlatformTestResource.jdbcUrl(database), PlatformTestResource.pgUser(), "postgres");
    }
}
