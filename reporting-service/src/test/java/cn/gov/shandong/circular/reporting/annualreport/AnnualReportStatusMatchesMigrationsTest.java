package cn.gov.shandong.circular.reporting.annualreport;

import static cn.gov.shandong.circular.common.testing.Migrations.names;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.Migrations;
import cn.gov.shandong.circular.common.testing.Moves;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annual report's lifecycle in Java ({@link AnnualReportStatus#TABLE}) against the SQL that repeats it, read
 * from the service's migrations (V8): the status check and the checks of what a submitted and a returned report
 * hold. Not a @QuarkusTest.
 */
class AnnualReportStatusMatchesMigrationsTest {

    private static final Migrations SQL = Migrations.read();

    @Test
    void theStatusCheckListsEveryStatusOfTheEnumInItsOrder() {
        assertThat(SQL.list(SQL.table("annual_report"), "check (status in"))
                .as("annual_report.status check")
                .containsExactlyElementsOf(names(AnnualReportStatus.TABLE.states()));
    }

    @Test
    void theChecksOfWhatAMoveRecordsNameTheStatusesAMoveReaches() {
        EnumSet<AnnualReportStatus> reached = EnumSet.noneOf(AnnualReportStatus.class);
        AnnualReportStatus.TABLE.states().forEach(from -> reached.addAll(AnnualReportStatus.TABLE.next(from)));
        assertThat(List.of(
                SQL.list(SQL.constraint("annual_report_submitted_has_figures"), "status <>").get(0),
                SQL.list(SQL.constraint("annual_report_returned_has_reasons"), "status <>").get(0)))
                .as("annual_report_submitted_has_figures, annual_report_returned_has_reasons")
                .containsExactlyElementsOf(names(reached));
    }

    @Test
    void theTableAllowsExactlyTheMovesTheEnumDocumentsAndOnlyWhatMayBeSubmittedIsEditable() {
        Moves.assertExactly(AnnualReportStatus.TABLE,
                "DRAFT     -> SUBMITTED",
                "SUBMITTED -> RETURNED",
                "RETURNED  -> SUBMITTED");
        for (AnnualReportStatus status : AnnualReportStatus.values()) {
            assertThat(status.editable()).as(status + " is editable")
                    .isEqualTo(AnnualReportStatus.TABLE.allows(status, AnnualReportStatus.SUBMITTED));
        }
    }
}
