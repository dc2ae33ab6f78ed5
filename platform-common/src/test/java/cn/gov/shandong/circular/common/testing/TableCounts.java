package cn.gov.shandong.circular.common.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Row counts of every table of the service's schema (outbox_event included), read in one query. */
final class TableCounts {

    private final DataSource dataSource;
    private final String query;

    TableCounts(DataSource dataSource) {
        this.dataSource = dataSource;
        List<String> tables = tables(dataSource);
        if (tables.isEmpty()) {
            throw new IllegalStateException("the service's schema has no tables");
        }
        this.query = String.join(" union all ", tables.stream()
                .map(t -> "select '" + t + "', count(*) from \"" + t + "\"").toList());
    }

    Map<String, Long> now() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
        return counts;
    }

    /** Outbox rows not yet acknowledged by Kafka (0 when the service has no outbox): events still on their way. */
    long unsentOutboxRows() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select case when to_regclass('outbox_event') is null then 0 else "
                     + "(select count(*) from outbox_event where published_at is null) end")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count unsent outbox rows", e);
        }
    }

    /** The tables of the service's schema, by name. */
    static List<String> tables(DataSource dataSource) {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the service's tables", e);
        }
        return tables;
    }
}
