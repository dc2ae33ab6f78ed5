package cn.gov.shandong.circular.common.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;

/**
 * The tables of platform-common's approved plan-targets model ({@code approved_plan}, {@code approved_plan_target},
 * {@code approved_plan_project}) as a database holds them, for the services that created them in their own
 * migrations to show that theirs are the library's: every column with its type and nullability, every primary key,
 * foreign key and check constraint by name (keys by their columns, checks by their definition). Column order, the
 * order of a key's columns and secondary indexes are left out: no statement of the library depends on them.
 */
public final class PlanTargetsSchema {

    public static final List<String> TABLES = List.of("approved_plan", "approved_plan_target", "approved_plan_project");

    private PlanTargetsSchema() {
    }

    /** The tables as {@code db/plan-targets} creates them in a new database. */
    public static Set<String> ofTheLibrary() {
        String database = PlatformTestResource.createDatabase();
        try {
            migrate(database, "classpath:db/plan-targets");
            return of(database);
        } finally {
            PlatformTestResource.dropDatabase(database);
        }
    }

    /** Applies these Flyway locations (out of order, as the services run) to the database. */
    public static void migrate(String database, String... locations) {
        flyway(database, null, locations).migrate();
    }

    /** Applies these Flyway locations up to and including {@code version}. */
    public static void migrateTo(String database, String version, String... locations) {
        flyway(database, version, locations).migrate();
    }

    private static Flyway flyway(String database, String target, String... locations) {
        var configuration = Flyway.configure()
                .dataSource(PlatformTestResource.jdbcUrl(database), PlatformTestResource.pgUser(), "postgres")
                .locations(locations)
                .outOfOrder(true);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    /** The model's tables in the database, one line per column and constraint, sorted. */
    public static Set<String> of(String database) {
        Set<String> lines = new TreeSet<>();
        lines.addAll(strings(database, """
                select table_name || '.' || column_name || ' ' || data_type
                       || coalesce('(' || character_maximum_length || ')', '')
                       || coalesce('(' || numeric_precision || ',' || numeric_scale || ')', '')
                       || case when is_nullable = 'NO' then ' not null' else '' end
                from information_schema.columns
                where table_schema = current_schema() and table_name = any (?)"""));
        lines.addAll(strings(database, """
                select c.conrelid::regclass::text || ' ' || c.conname || ' ' || c.contype::text || ' '
                       || case when c.contype = 'c' then pg_get_constraintdef(c.oid)
                               else (select string_agg(a.attname, ',' order by a.attname) from pg_attribute a
                                     where a.attrelid = c.conrelid and a.attnum = any (c.conkey))
                                    || case when c.contype = 'f'
                                            then ' references ' || c.confrelid::regclass::text || ' on delete '
                                                 || c.confdeltype::text
                                            else '' end
                          end
                from pg_constraint c
                where c.contype in ('p', 'f', 'c', 'u') and c.conrelid::regclass::text = any (?)"""));
        return lines;
    }

    private static List<String> strings(String database, String query) {
        try (Connection connection = DriverManager.getConnection(PlatformTestResource.jdbcUrl(database),
                PlatformTestResource.pgUser(), "postgres");
             PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setArray(1, connection.createArrayOf("text", TABLES.toArray()));
            List<String> values = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
