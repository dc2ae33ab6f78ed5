package cn.gov.shandong.circular.acceptance.spotcheck;

import static cn.gov.shandong.circular.common.testing.Migrations.names;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.Migrations;
import cn.gov.shandong.circular.common.testing.Moves;
import cn.gov.shandong.circular.events.SpotCheckOutcome;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The spot-check finding's lifecycle in Java ({@link FindingStatus#TABLE}) against the SQL that repeats it, read
 * from the service's migrations: the status and outcome checks and {@code spot_check_finding_moves}. Not a
 * @QuarkusTest.
 */
class FindingStatusMatchesMigrationsTest {

    private static final Migrations SQL = Migrations.read();

    @Test
    void theStatusAndOutcomeChecksListEveryStatusOfTheEnumInItsOrder() {
        String table = SQL.table("spot_check_finding");
        List<String> statuses = names(FindingStatus.TABLE.states());
        assertThat(SQL.list(table, "check (status in")).as("spot_check_finding.status check")
                .containsExactlyElementsOf(statuses);
        // A finding starts in the outcome recorded, any of them.
        assertThat(SQL.list(table, "check (outcome in")).as("spot_check_finding.outcome check")
                .containsExactlyElementsOf(statuses);
        assertThat(names(EnumSet.allOf(SpotCheckOutcome.class))).as("the event's outcomes").isEqualTo(statuses);
    }

    @Test
    void theMovesCheckLetsOnlyTheStatusThatMovesMoveAndOnlyToWhereTheTableSays() {
        String moves = SQL.constraint("spot_check_finding_moves");
        EnumSet<FindingStatus> moving = EnumSet.complementOf(EnumSet.copyOf(FindingStatus.TABLE.terminal()));
        assertThat(moving).hasSize(1);
        FindingStatus from = moving.iterator().next();
        assertThat(SQL.list(moves, "outcome =")).as("spot_check_finding_moves: the outcome that moves on")
                .containsExactly(from.name());
        assertThat(SQL.list(moves, "and status in")).as("spot_check_finding_moves: where it moves to")
                .containsExactlyElementsOf(names(FindingStatus.TABLE.next(from)));
        // Only once: where it moves to is final.
        assertThat(FindingStatus.TABLE.terminal()).containsAll(FindingStatus.TABLE.next(from));
        for (FindingStatus status : FindingStatus.values()) {
            assertThat(status.isFinal()).as(status + " is final").isEqualTo(FindingStatus.TABLE.terminal().contains(status));
        }
    }

    @Test
    void theTableAllowsExactlyTheMovesTheEnumDocuments() {
        Moves.assertExactly(FindingStatus.TABLE,
                "RECTIFICATION_REQUIRED -> CONFIRMED",
                "RECTIFICATION_REQUIRED -> REVOKED");
    }
}
