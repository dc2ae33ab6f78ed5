package cn.gov.shandong.circular.systemtest.contract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Runs a service's Flyway migrations (its configured locations, in version order) in a scratch
 * database on the local PostgreSQL and reads the outbox rows they wrote: the seed events, which
 * are written in SQL rather than through the typed outbox.
 */
final class SeedMigrations {

    /** One outbox row as a migration wrote it. */
    record OutboxRow(String topic, String key, String type, String source, String payload) {
    }

    private static final String SERVER = System.getProperty("contract.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("contract.postgres.user", "postgres");

    private SeedMigrations() {
    }

    /** The outbox rows the service's migrations write; empty when they write none (or create no outbox). */
    static List<OutboxRow> outboxRows(Path repo, String service) throws SQLException {
        List<Path> scripts = scripts(repo, service);
        if (scripts.isEmpty()) {
            return List.of();
        }
        String database = "contract_seed_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "")) {
            admin.createStatement().execute("create database " + database);
            try (Connection db = DriverManager.getConnection(SERVER + database, USER, "")) {
                for (Path script : scripts) {
                    try (Statement statement = db.createStatement()) {
                        statement.execute(Files.readString(script, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (SQLException e) {
                        throw new SQLException(script + ": " + e.getMessage(), e);
                    }
                }
                return rows(db);
            } finally {
                admin.createStatement().execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    private static List<OutboxRow> rows(Connection db) throws SQLException {
        try (ResultSet exists = db.createStatement().executeQuery("select to_regclass('outbox_event') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return List.of();
            }
        }
        List<OutboxRow> rows = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(
                "select topic, event_key, event_type, source, payload from outbox_event order by created_at, event_key")) {
            while (rs.next()) {
                rows.add(new OutboxRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return rows;
    }

    /** The service's migration scripts: its configured Flyway locations (else the library's default), by version. */
    private static List<Path> scripts(Path repo, String service) {
        String locations = property(repo.resolve(service).resolve("src/main/resources/application.properties"),
                "quarkus.flyway.locations");
        if (locations == null) {
            locations = property(repo.resolve("platform-common/src/main/resources/META-INF/microprofile-config.properties"),
                    "quarkus.flyway.locations");
        }
        List<Path> scripts = new ArrayList<>();
        for (String location : locations.split(",")) {
            for (String module : List.of(service, "platform-common")) {
                Path dir = repo.resolve(module).resolve("src/main/resources").resolve(location.trim().replace("classpath:", ""));
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        files.filter(f -> f.getFileName().toString().matches("V[0-9_.]+__.*\\.sql")).forEach(scripts::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        scripts.sort(Comparator.comparing(SeedMigrations::version, SeedMigrations::compareVersions));
        return scripts;
    }

    private static int[] version(Path script) {
        String name = script.getFileName().toString();
        return Arrays.stream(name.substring(1, name.indexOf("__")).split("[._]")).mapToInt(Integer::parseInt).toArray();
    }

    private static int compareVersions(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static String property(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = properties.getProperty("%prod." + key, properties.getProperty(key));
        return value == null ? null : value.toLowerCase(Locale.ROOT).isBlank() ? null : value;
    }
}
