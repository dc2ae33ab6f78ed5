package cn.gov.shandong.circular.plans.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.plans.implementation.PlanStatus;
import cn.gov.shandong.circular.plans.promotion.PromotionPlanStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The database's backstop of the lifecycle: a version's content (targets, projects, parks) changes only while the
 * version is editable, in every state of each workflow, as {@link ApprovalState#isEditable} says. Runs in one
 * transaction that is rolled back: nothing is left behind.
 */
@QuarkusTest
class ApprovalEditTriggersTest {

    private static final String PARK = "SDPT701";
    private static final String CITY = "379901";

    @Inject
    DataSource dataSource;

    @Test
    void anImplementationPlansTargetsAndProjectsChangeOnlyWhileItIsADraftOrReturned() throws SQLException {
        withAPark(db -> {
            for (PlanStatus status : PlanStatus.values()) {
                Savepoint before = db.setSavepoint();
                UUID plan = UUID.randomUUID();
                update(db, "insert into implementation_plan (id, park_code, city_code, programme_code, revision, "
                        + "status, created_by, created_at, updated_at) values (?, ?, ?, '2018-2020', 1, ?, 'test', "
                        + "now(), now())", plan, PARK, CITY, status.name());
                String target = "insert into plan_indicator_target (plan_id, position, indicator, baseline_year, "
                        + "baseline_value, target_year, target_value) values (?, 0, 'WATER_REUSE', 2017, 80, 2020, 90)";
                String project = "insert into plan_project (id, plan_id, project_id, position, name, kind, "
                        + "total_investment, funding_enterprise, funding_central_budget, funding_provincial, "
                        + "funding_bank_credit, funding_other, start_date, end_date, status) values (?, ?, ?, 0, "
                        + "'中水回用', 'WATER_RECYCLING', 100, 100, 0, 0, 0, 0, date '2018-01-01', date '2019-01-01', "
                        + "'PLANNED')";
                if (status.isEditable()) {
                    update(db, target, plan);
                    update(db, project, UUID.randomUUID(), plan, UUID.randomUUID());
                    assertThat(update(db, "delete from plan_indicator_target where plan_id = ?", plan))
                            .as("a target of a " + status + " version is deleted").isEqualTo(1);
                } else {
                    assertRefused(db, "implementation plan " + plan + " is " + status
                            + " and cannot be edited; revise it as a new version", target, plan);
                    assertRefused(db, "implementation plan " + plan + " is " + status
                            + " and cannot be edited; revise it as a new version", project, UUID.randomUUID(),
                            plan, UUID.randomUUID());
                }
                db.rollback(before);
            }
        });
    }

    @Test
    void aPromotionPlansParksChangeOnlyWhileItIsADraftOrReturned() throws SQLException {
        withAPark(db -> {
            for (PromotionPlanStatus status : PromotionPlanStatus.values()) {
                Savepoint before = db.setSavepoint();
                UUID plan = UUID.randomUUID();
                update(db, "insert into promotion_plan (id, city_code, year, revision, status, created_by, "
                        + "created_at, updated_at) values (?, ?, 2099, 1, ?, 'test', now(), now())", plan, CITY,
                        status.name());
                String park = "insert into promotion_plan_park (plan_id, park_code, position, contents) "
                        + "values (?, ?, 0, '建设中水回用管网')";
                if (status.isEditable()) {
                    update(db, park, plan, PARK);
                    assertThat(update(db, "update promotion_plan_park set contents = '改' where plan_id = ?", plan))
                            .as("a park of a " + status + " version is changed").isEqualTo(1);
                } else {
                    assertRefused(db, "promotion plan " + plan + " is " + status
                            + " and cannot be edited; revise it as a new version", park, plan, PARK);
                }
                db.rollback(before);
            }
        });
    }

    /** Runs the checks in one transaction, with a park in the directory, and rolls it all back. */
    private void withAPark(Checks checks) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                update(db, "insert into park_directory (park_code, name, city_code, city_name, level, updated_at) "
                        + "values (?, '触发器测试园区', ?, '测试市', 'PROVINCIAL', now())", PARK, CITY);
                checks.run(db);
            } finally {
                db.rollback();
            }
        }
    }

    @FunctionalInterface
    private interface Checks {
        void run(Connection db) throws SQLException;
    }

    private static void assertRefused(Connection db, String message, String sql, Object... parameters)
            throws SQLException {
        Savepoint before = db.setSavepoint();
        assertThatThrownBy(() -> update(db, sql, parameters)).isInstanceOf(SQLException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514")); // check_violation
        db.rollback(before);
    }

    private static int update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
