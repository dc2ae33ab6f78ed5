package cn.gov.shandong.circular.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import cn.gov.shandong.circular.events.AcceptanceApplied;
import cn.gov.shandong.circular.events.AcceptanceResubmitted;
import cn.gov.shandong.circular.events.AcceptanceReviewed;
import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.FilingReturned;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkLevelChanged;
import cn.gov.shandong.circular.events.ParkMerged;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ParkRetired;
import cn.gov.shandong.circular.events.ReviewOpened;
import cn.gov.shandong.circular.events.ReviewOutcome;
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
 * Not a @QuarkusTest: V6 fills the registry columns of {@code park_view} and the table
 * {@code acceptance_step} from the event log of a database that V1-V5 built, so that an installed
 * reporting-service needs no rebuild after the upgrade (decision 44). The log holds events as the
 * outbox serialises platform-events' records, so a field the migration reads by name but the
 * contract does not carry fails here.
 */
class RegistryBackfillMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final UUID FIRST_APPLICATION = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID SECOND_APPLICATION = UUID.fromString("22222222-2222-4222-8222-222222222222");

    private String database;
    private long offset;

    @BeforeEach
    void databaseAsV5LeftIt() {
        database = PlatformTestResource.createDatabase();
        flyway("5").migrate();
    }

    @AfterEach
    void dropDatabase() {
        PlatformTestResource.dropDatabase(database);
    }

    @Test
    void registrationRetirementMergerAndLevelAreFilledFromTheLog() throws Exception {
        // SDP901: registered, then its registration republished as a correction; upgraded, then (logged
        // before that upgrade but effective later) downgraded again.
        log("2019-03-01T09:00:00+08:00", new ParkRegistered("SDP901", "甲园区", "370100", "济南市",
                ParkLevel.PROVINCIAL, ZoneKind.INDUSTRIAL_PARK));
        UUID corrected = log("2019-05-01T09:00:00+08:00", new ParkRegistered("SDP901", "甲园区（更正）", "370100", "济南市",
                ParkLevel.PROVINCIAL, ZoneKind.INDUSTRIAL_PARK));
        log("2020-02-01T09:00:00+08:00", new ParkLevelChanged("SDP901", "370100", ParkLevel.NATIONAL, ParkLevel.PROVINCIAL,
                LocalDate.parse("2024-01-01"), "鲁政字〔2020〕1号"));
        log("2020-03-01T09:00:00+08:00", new ParkLevelChanged("SDP901", "370100", ParkLevel.PROVINCIAL, ParkLevel.NATIONAL,
                LocalDate.parse("2020-05-01"), "鲁政字〔2020〕2号"));
        parkView("SDP901", corrected, "2019-05-01T09:00:00+08:00");
        // SDP902 retired; SDP903 merged into SDP901.
        UUID second = log("2019-03-02T09:00:00+08:00", new ParkRegistered("SDP902", "乙园区", "370200", "青岛市",
                ParkLevel.PROVINCIAL, ZoneKind.INDUSTRIAL_PARK));
        UUID retired = log("2022-07-01T09:00:00+08:00", new ParkRetired("SDP902", "370200", LocalDate.parse("2022-06-30"),
                "规划调整后撤销。", "鲁政字〔2022〕3号"));
        parkView("SDP902", second, "2019-03-02T09:00:00+08:00");
        UUID third = log("2019-03-03T09:00:00+08:00", new ParkRegistered("SDP903", "丙园区", "370100", "济南市",
                ParkLevel.PROVINCIAL, ZoneKind.INDUSTRIAL_PARK));
        UUID merged = log("2022-12-20T09:00:00+08:00", new ParkMerged("SDP903", "370100", "SDP901",
                LocalDate.parse("2023-01-01"), "鲁政字〔2022〕4号"));
        parkView("SDP903", third, "2019-03-03T09:00:00+08:00");
        // SDP904: projected from an event the log does not hold (a row the log cannot explain keeps its own time).
        parkView("SDP904", UUID.randomUUID(), "2018-06-01T09:00:00+08:00");

        flyway(null).migrate();

        assertThat(rows("""
                select park_code, registered_at, retired_on, merged_into, status_event_id, previous_level, level_since
                from park_view order by park_code""")).containsExactly(
                List.of("SDP901", instant("2019-03-01T09:00:00+08:00"), "-", "-", "-", "NATIONAL", "2024-01-01"),
                List.of("SDP902", instant("2019-03-02T09:00:00+08:00"), "2022-06-30", "-", retired.toString(), "-", "-"),
                List.of("SDP903", instant("2019-03-03T09:00:00+08:00"), "2023-01-01", "SDP901", merged.toString(), "-", "-"),
                List.of("SDP904", instant("2018-06-01T09:00:00+08:00"), "-", "-", "-", "-", "-"));
    }

    @Test
    void everyStepOfAnApplicationIsFilledWithTheProgrammeItNamed() throws Exception {
        UUID applied = log("2020-03-01T09:00:00+08:00", new AcceptanceApplied(FIRST_APPLICATION, "SDP902", "370200",
                ParkLevel.PROVINCIAL, "已完成全部重点项目。", "2018-2020", List.of()));
        UUID opened = log("2020-03-05T09:00:00+08:00", new ReviewOpened(FIRST_APPLICATION, "SDP902", "370200",
                UUID.randomUUID(), 1, 1));
        UUID returned = log("2020-03-20T09:00:00+08:00", new AcceptanceReviewed(FIRST_APPLICATION, "SDP902", "370200",
                ReviewOutcome.RETURNED, null, "请补充测算依据。", null, null));
        UUID resubmitted = log("2020-04-01T09:00:00+08:00", new AcceptanceResubmitted(FIRST_APPLICATION, "SDP902",
                "370200", "已补充。"));
        UUID passed = log("2020-04-15T09:00:00+08:00", new AcceptanceReviewed(FIRST_APPLICATION, "SDP902", "370200",
                ReviewOutcome.PASSED, 86.5, "同意通过。", "良好", 1));
        UUID filingReturned = log("2020-05-01T09:00:00+08:00", new FilingReturned(FIRST_APPLICATION, "SDP902", "370200",
                "评分表缺少签字。"));
        // An application made before applications named their programme.
        UUID appliedEarlier = log("2019-11-01T09:00:00+08:00", new AcceptanceApplied(SECOND_APPLICATION, "SDP903",
                "370100", ParkLevel.PROVINCIAL, "申请验收。", null, List.of()));
        UUID failed = log("2019-12-01T09:00:00+08:00", new AcceptanceReviewed(SECOND_APPLICATION, "SDP903", "370100",
                ReviewOutcome.FAILED, 52.0, "未达到验收要求。", "不合格", 1));

        flyway(null).migrate();

        assertThat(rows("""
                select event_id, application_id, park_code, step, programme_code, occurred_at
                from acceptance_step order by occurred_at""")).containsExactly(
                step(appliedEarlier, SECOND_APPLICATION, "SDP903", "APPLIED", "-", "2019-11-01T09:00:00+08:00"),
                step(failed, SECOND_APPLICATION, "SDP903", "FAILED", "-", "2019-12-01T09:00:00+08:00"),
                step(applied, FIRST_APPLICATION, "SDP902", "APPLIED", "2018-2020", "2020-03-01T09:00:00+08:00"),
                step(opened, FIRST_APPLICATION, "SDP902", "REVIEW_OPENED", "-", "2020-03-05T09:00:00+08:00"),
                step(returned, FIRST_APPLICATION, "SDP902", "RETURNED", "-", "2020-03-20T09:00:00+08:00"),
                step(resubmitted, FIRST_APPLICATION, "SDP902", "RESUBMITTED", "-", "2020-04-01T09:00:00+08:00"),
                step(passed, FIRST_APPLICATION, "SDP902", "PASSED", "-", "2020-04-15T09:00:00+08:00"),
                step(filingReturned, FIRST_APPLICATION, "SDP902", "FILING_RETURNED", "-", "2020-05-01T09:00:00+08:00"));
    }

    private static List<String> step(UUID event, UUID application, String park, String step, String programme, String at) {
        return List.of(event.toString(), application.toString(), park, step, programme, instant(at));
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

    /** The row V1's projector kept for the park's latest registration. */
    private void parkView(String parkCode, UUID eventId, String occurredAt) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into park_view (park_code, name, city_code, city_name, level, event_id, occurred_at)
                values (?, '园区', '370100', '济南市', 'PROVINCIAL', ?, ?)""")) {
            insert.setString(1, parkCode);
            insert.setObject(2, eventId);
            insert.setObject(3, OffsetDateTime.parse(occurredAt));
            insert.executeUpdate();
        }
    }

    /** Each row's columns as text ("-" for null), timestamps as UTC instants. */
    private List<List<String>> rows(String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("set time zone 'UTC'");
            try (ResultSet result = statement.executeQuery(query)) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = result.getObject(i);
                        row.add(value == null ? "-" : value instanceof java.sql.Timestamp
                                ? result.getObject(i, OffsetDateTime.class).toInstant().toString() : value.toString());
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static String instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant().toString();
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
