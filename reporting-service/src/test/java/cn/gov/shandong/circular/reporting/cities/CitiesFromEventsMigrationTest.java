package cn.gov.shandong.circular.reporting.cities;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import cn.gov.shandong.circular.events.CityAbolished;
import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ZoneKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Not a @QuarkusTest: V10 turns V8's list of 17 cities into city_view, the cities parks-service's events name, filled
 * from the event log of a database that V1-V9 built (so an installed service needs no rebuild). The log holds events
 * as the outbox serialises platform-events' records, so a field the migration reads by name but the contract does
 * not carry fails here.
 */
class CitiesFromEventsMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private String database;
    private long offset;

    @BeforeEach
    void databaseAsV9LeftIt() {
        database = PlatformTestResource.createDatabase();
        flyway("9").migrate();
    }

    @AfterEach
    void dropDatabase() {
        PlatformTestResource.dropDatabase(database);
    }

    @Test
    void theCitiesAreThoseTheLogNamesWithTheNewestNameAndACityWithAReportStays() throws Exception {
        assertThat(rows("select count(*) from annual_report_city")).containsExactly(List.of("17"));
        UUID jinan = log("2019-03-01T09:00:00+08:00", new ParkRegistered("SDP901", "甲园区", "370100", "济南市",
                ParkLevel.PROVINCIAL, ZoneKind.INDUSTRIAL_PARK));
        log("2019-02-01T09:00:00+08:00", new ParkRegistered("SDP902", "乙园区", "370700", "潍坊市（旧称）",
                ParkLevel.NATIONAL, ZoneKind.INDUSTRIAL_PARK));
        UUID weifang = log("2019-04-01T09:00:00+08:00", new ParkRegistered("SDP903", "丙园区", "370700", "潍坊市",
                ParkLevel.PROVINCIAL, ZoneKind.INDUSTRIAL_PARK));
        // Logged before Jinan's registration: that newer event names 370100.
        UUID abolished = log("2019-01-09T00:00:00+08:00", new CityAbolished("371200", "莱芜市", "370100", "济南市",
                LocalDate.parse("2019-01-09")));
        // Qingdao wrote a report before any event named it (V8 listed it): it stays, without an event.
        report("370200");

        flyway(null).migrate();

        assertThat(rows("select city_code, city_name, coalesce(cast(event_id as varchar), '-') from city_view"
                + " order by city_code")).containsExactly(
                List.of("370100", "济南市", jinan.toString()),
                List.of("370200", "青岛市", "-"),
                List.of("370700", "潍坊市", weifang.toString()),
                List.of("371200", "莱芜市", abolished.toString()));
    }

    /** Appends the event to the log as reporting's ingestion does: the outbox's payload, ce_time as occurred_at. */
    private UUID log(String occurredAt, DomainEvent event) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into event_log (event_id, topic, kafka_partition, kafka_offset, event_type, source, subject,
                                       occurred_at, actor, correlation_id, data)
                values (?, ?, 0, ?, ?, '/test', ?, ?, 'migration-test', null, cast(? as jsonb))""")) {
            insert.setObject(1, id);
            insert.setString(2, event.topic());
            insert.setLong(3, offset++);
            insert.setString(4, event.type());
            insert.setString(5, event.key());
            insert.setObject(6, OffsetDateTime.parse(occurredAt));
            insert.setString(7, EventOutbox.payload(JSON, event, "migration-test", null).toString());
            insert.executeUpdate();
        }
        return id;
    }

    /** A draft report of the city for 2018, as V8 allowed for any of its 17 cities. */
    private void report(String cityCode) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into annual_report (id, city_code, year, status, created_at, created_by, updated_at, updated_by,
                                           version)
                values (?, ?, 2018, 'DRAFT', now(), 'officer', now(), 'officer', 0)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, cityCode);
            insert.executeUpdate();
        }
    }

    /** Each row's columns as text. */
    private List<List<String>> rows(String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i).trim());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Reporting's migrations with the library's, as the service runs them; up to {@code target}, or all. */
    private Flyway flyway(String target) {
        var configuration = Flyway.configure()
                .dataSource(PlatformTestResource.jdbcUrl(database), PlatformTestResource.pgUser(), "postgres")
                .locations("classpath:db/platform", "classpath:db/migration")
                .outOfOrder(true);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(PlatformTestResource.jdbcUrl(database), PlatformTestResource.pgUser(),
                "postgres");
    }
}
