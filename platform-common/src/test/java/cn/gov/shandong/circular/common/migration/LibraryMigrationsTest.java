package cn.gov.shandong.circular.common.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a @QuarkusTest: a library migration added after a service's own migrations ran (V0_3 after V1)
 * still applies to that database, with the settings the services use (out-of-order), and keeps the
 * order of the events already in the outbox.
 */
class LibraryMigrationsTest {

    @TempDir
    Path dir;

    private String database;

    @BeforeEach
    void newDatabase() {
        database = PlatformTestResource.createDatabase();
    }

    @AfterEach
    void dropDatabase() {
        PlatformTestResource.dropDatabase(database);
    }

    @Test
    void aLaterLibraryMigrationAppliesToADatabaseWhoseServiceMigrationsRanBeforeIt() throws Exception {
        Path serviceMigrations = copy("db/migration/V1__ledger.sql", dir.resolve("service"));
        Path libraryAsReleasedBefore = copy("db/platform/V0_1__outbox_and_inbox.sql", dir.resolve("old-library"));
        flyway(false, "filesystem:" + libraryAsReleasedBefore, "filesystem:" + serviceMigrations).migrate();
        // Events recorded by the old version; inserted out of their creation order.
        sql("""
                insert into outbox_event (id, topic, event_key, event_type, source, occurred_at, actor, payload, created_at)
                values ('00000000-0000-0000-0000-000000000002', 't', 'park-1', 'x', '/s', now(), 'a', '{}', now() - interval '1 minute'),
                       ('00000000-0000-0000-0000-000000000001', 't', 'park-1', 'x', '/s', now(), 'a', '{}', now() - interval '2 minutes'),
                       ('00000000-0000-0000-0000-000000000003', 't', 'park-1', 'x', '/s', now(), 'a', '{}', now())""");

        // Without out-of-order, Flyway refuses: V0_3 is below the applied V1.
        assertThatThrownBy(() -> flyway(false, "classpath:db/platform", "filesystem:" + serviceMigrations).migrate())
                .isInstanceOf(FlywayException.class);
        flyway(true, "classpath:db/platform", "filesystem:" + serviceMigrations).migrate();

        assertThat(strings("select id::text from outbox_event order by seq")).containsExactly(
                "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002",
                "00000000-0000-0000-0000-000000000003");
        // New rows continue the sequence after them.
        sql("""
                insert into outbox_event (id, topic, event_key, event_type, source, occurred_at, actor, payload)
                values ('00000000-0000-0000-0000-000000000004', 't', 'park-1', 'x', '/s', now(), 'a', '{}')""");
        assertThat(strings("select id::text from outbox_event order by seq desc limit 1"))
                .containsExactly("00000000-0000-0000-0000-000000000004");
        assertThat(strings("select version from flyway_schema_history where success order by installed_rank"))
                .containsExactly("0.1", "1", "0.3");
    }

    @Test
    void aNewDatabaseGetsTheLibraryMigrationsBeforeTheServiceOnes() throws Exception {
        Path serviceMigrations = copy("db/migration/V1__ledger.sql", dir.resolve("service"));
        flyway(true, "classpath:db/platform", "filesystem:" + serviceMigrations).migrate();
        assertThat(strings("select version from flyway_schema_history where success order by installed_rank"))
                .containsExactly("0.1", "0.3", "1");
    }

    private Flyway flyway(boolean outOfOrder, String... locations) {
        return Flyway.configure()
                .dataSource(PlatformTestResource.jdbcUrl(database), PlatformTestResource.pgUser(), "postgres")
                .locations(locations)
                .outOfOrder(outOfOrder)
                .load();
    }

    private static Path copy(String resource, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (InputStream in = LibraryMigrationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, directory.resolve(Path.of(resource).getFileName().toString()));
        }
        return directory;
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = connect(); Statement st = connection.createStatement()) {
            st.execute(statement);
        }
    }

    private List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(PlatformTestResource.jdbcUrl(database), PlatformTestResource.pgUser(),
                "postgres");
    }
}
