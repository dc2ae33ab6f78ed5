package cn.gov.shandong.circular.acceptance.spotcheck;

import static cn.gov.shandong.circular.common.testing.Migrations.names;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.Migrations;
import cn.gov.shandong.circular.common.testing.Moves;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The spot-check round's lifecycle in Java ({@link RoundStatus#TABLE}) against the SQL that repeats it, read from
 * the service's migrations: the status check and {@code spot_check_round_closed}. Not a @QuarkusTest.
 */
class RoundStatusMatchesMigrationsTest {

    private static final Migrations SQL = Migrations.read();

    @Test
    void theStatusCheckListsEveryStatusOfTheEnumInItsOrder() {
        assertThat(SQL.list(SQL.table("spot_check_round"), "check (status in"))
                .as("spot_check_round.status check")
                .containsExactlyElementsOf(names(RoundStatus.TABLE.states()));
    }

    @Test
    void theClosedCheckNamesTheTerminalStatusWhichAloneTakesNoFindings() {
        assertThat(SQL.list(SQL.constraint("spot_check_round_closed"), "(status ="))
                .as("spot_check_round_closed: the status with a closing time")
                .containsExactlyElementsOf(names(RoundStatus.TABLE.terminal()));
        EnumSet<RoundStatus> noFindings = EnumSet.noneOf(RoundStatus.class);
        for (RoundStatus status : RoundStatus.values()) {
            if (!status.acceptsFindings()) {
                noFindings.add(status);
            }
        }
        assertThat(noFindings).isEqualTo(RoundStatus.TABLE.terminal());
    }

    @Test
    void theTableAllowsExactlyTheMovesTheEnumDocuments() {
        Moves.assertExactly(RoundStatus.TABLE,
                "DRAWN       -> IN_PROGRESS",
                "IN_PROGRESS -> CLOSED");
    }
}
