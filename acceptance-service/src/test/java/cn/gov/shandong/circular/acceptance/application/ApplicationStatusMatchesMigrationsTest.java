package cn.gov.shandong.circular.acceptance.application;

import static cn.gov.shandong.circular.common.testing.Migrations.names;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.Migrations;
import cn.gov.shandong.circular.common.testing.Moves;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The application's lifecycle in Java ({@link ApplicationStatus#TABLE}) against the SQL that repeats it, read from
 * the service's migrations (the last definition wins): the status check and the one-open-per-park index. Not a
 * @QuarkusTest.
 */
class ApplicationStatusMatchesMigrationsTest {

    private static final Migrations SQL = Migrations.read();

    @Test
    void theStatusCheckListsEveryStatusOfTheEnumInItsOrder() {
        assertThat(SQL.list(SQL.constraint("acceptance_application_status"), "status in"))
                .as("acceptance_application_status")
                .containsExactlyElementsOf(names(ApplicationStatus.TABLE.states()));
    }

    @Test
    void theOneOpenPerParkIndexNamesTheClosedStatusesAsIsOpenDoesAndAClosedApplicationNeverMovesAgain() {
        EnumSet<ApplicationStatus> closed = EnumSet.noneOf(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (!status.isOpen()) {
                closed.add(status);
            }
        }
        assertThat(SQL.list(SQL.index("acceptance_application_one_open_per_park", "acceptance_application"),
                "where status not in"))
                .as("acceptance_application_one_open_per_park")
                .containsExactlyElementsOf(names(closed));
        assertThat(ApplicationStatus.open()).isEqualTo(EnumSet.complementOf(closed));
        // An open application can still move and a closed one never does: a park is never stuck behind one.
        assertThat(closed).as("the closed statuses are the terminal ones").isEqualTo(ApplicationStatus.TABLE.terminal());
    }

    @Test
    void theTableAllowsExactlyTheMovesTheEnumDocuments() {
        Moves.assertExactly(ApplicationStatus.TABLE,
                "SUBMITTED    -> UNDER_REVIEW",
                "SUBMITTED    -> RETURNED",
                "UNDER_REVIEW -> PASSED | FAILED | RETURNED",
                "RETURNED     -> SUBMITTED",
                "PASSED       -> FILED",
                "PASSED       -> UNDER_REVIEW",
                "FILED        -> REVOKED");
    }
}
