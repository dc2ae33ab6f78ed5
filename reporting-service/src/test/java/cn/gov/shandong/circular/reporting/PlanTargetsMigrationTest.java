package cn.gov.shandong.circular.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.PlanTargetsSchema;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Not a @QuarkusTest: V11 turns the approved plan-targets tables of a database that has run V1-V9 (V3's approved_plan
 * and plan_target, with rows) into platform-common's model, losing nothing, and afterwards they are the library's
 * column for column (as db/plan-targets creates them for a new user).
 */
class PlanTargetsMigrationTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P01 = TestData.parkCode();
    private static final String P02 = TestData.parkCode();

    private static final String[] LOCATIONS = {"classpath:db/platform", "classpath:db/city-directory",
            "classpath:db/idempotency",
            // The service's own, by path: platform-common's test classes on this classpath have a db/migration too.
            "filesystem:target/classes/db/migration"};

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
    void v11KeepsEveryPlanAndTargetAndTakesTheHeldApprovalsProjectsFromTheEventLog() throws SQLException {
        PlanTargetsSchema.migrateTo(database, "9", LOCATIONS);
        UUID heldPlan = UUID.randomUUID();
        PlanProjectEntry reuse = new PlanProjectEntry(UUID.randomUUID(), "园区中水回用工程");
        PlanProjectEntry heat = new PlanProjectEntry(UUID.randomUUID(), "余热回收利用项目");
        // P01: revision 1 (with another project) and revision 2, the one held, with two projects.
        log(EventFixtures.data(TestEvents.approved(UUID.randomUUID(), "2018-2020", P01, "370300", 1, 0,
                List.of(new PlanProjectEntry(UUID.randomUUID(), "旧项目")))), "2018-06-15T02:30:00Z");
        UUID held = log(EventFixtures.data(TestEvents.approved(heldPlan, "2018-2020", P01, "370300", 2, 1,
                List.of(heat, reuse))), "2018-06-16T02:30:00Z");
        // P02: approved before projects travelled (no "projects" at all).
        ObjectNode withoutProjects = EventFixtures.data(TestEvents.approved(UUID.randomUUID(), "2018-2020", P02,
                "370600", 1, 0));
        withoutProjects.remove("projects");
        UUID early = log(withoutProjects, "2018-06-17T02:30:00Z");
        sql("insert into approved_plan (programme_code, park_code, city_code, plan_id, revision, approved_at, event_id) values "
                + "('2018-2020', '" + P01 + "', '370300', '" + heldPlan + "', 2, '2018-06-16T02:30:00Z', '" + held + "'), "
                + "('2018-2020', '" + P02 + "', '370600', '" + UUID.randomUUID() + "', 1, '2018-06-17T02:30:00Z', '" + early + "')");
        sql("insert into plan_target (programme_code, park_code, indicator, unit, baseline_year, baseline_value, target_year,"
                + " target_value) values "
                + "('2018-2020', '" + P01 + "', 'WATER_REUSE', '%', 2017, 88.0000, 2020, 93.0000), "
                + "('2018-2020', '" + P01 + "', 'LAND_PRODUCTIVITY', '亿元/平方公里', 2017, 18.6000, 2020, 23.5000), "
                + "('2018-2020', '" + P02 + "', 'WATER_REUSE', '%', 2017, 88.0000, 2020, 92.0000)");
        List<String> plans = strings("select row_to_json(t)::text from approved_plan t order by park_code");
        List<String> targets = strings("select row_to_json(t)::text from plan_target t order by park_code, indicator");

        PlanTargetsSchema.migrate(database, LOCATIONS);

        assertThat(strings("select row_to_json(t)::text from approved_plan t order by park_code")).isEqualTo(plans);
        assertThat(strings("select row_to_json(t)::text from approved_plan_target t order by park_code, indicator"))
                .isEqualTo(targets);
        assertThat(strings("select park_code || ' ' || position || ' ' || project_id || ' ' || name "
                + "from approved_plan_project order by park_code, position")).containsExactly(
                P01 + " 0 " + heat.projectId() + " 余热回收利用项目", P01 + " 1 " + reuse.projectId() + " 园区中水回用工程");
        assertThat(strings("select to_regclass('plan_target')::text")).containsOnlyNulls();
        // A plan leaving takes its targets and projects with it, as in the library's tables.
        sql("delete from approved_plan where park_code = '" + P01 + "'");
        assertThat(strings("select park_code from approved_plan_target union all select park_code from approved_plan_project"))
                .containsExactly(P02);
    }

    @Test
    void afterV11TheTablesAreTheLibrarysColumnForColumnAndConstraintForConstraint() {
        PlanTargetsSchema.migrate(database, LOCATIONS);
        assertThat(PlanTargetsSchema.of(database)).isNotEmpty().isEqualTo(PlanTargetsSchema.ofTheLibrary());
    }

    /** Appends the approval to event_log as the consumer does (the database chains it); returns its id. */
    private UUID log(ObjectNode data, String occurredAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into event_log (event_id, topic, kafka_partition, kafka_offset, event_type, source, subject,
                                       occurred_at, actor, data)
                values (?::uuid, 'plans.events', 0, 0, 'plan.implementation-approved', '/plans-service', ?,
                        ?::timestamptz, 'system', ?::jsonb)""")) {
            insert.setString(1, id.toString());
            insert.setString(2, data.get("parkCode").asText());
            insert.setString(3, occurredAt);
            insert.setString(4, data.toString());
            insert.executeUpdate();
        }
        return id;
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = connect(); var st = connection.createStatement()) {
            st.execute(statement);
        }
    }

    private List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); var st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
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
