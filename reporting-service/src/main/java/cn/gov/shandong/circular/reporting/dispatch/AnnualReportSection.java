package cn.gov.shandong.circular.reporting.dispatch;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The city's annual report (年度报告, decision 46) for the year before the view's day: the one due by 31 January
 * of asOf's year, as it stood at the end of asOf (AnnualReportStates, ProgrammeCalendar).
 *
 * @param year            the year reported on: asOf's year minus one
 * @param status          MISSING (nothing saved by then), DRAFT, SUBMITTED or RETURNED
 * @param overdue         MISSING or DRAFT after the due day (as the province's status list judges it)
 * @param submittedOnTime null before the first submission
 * @param daysLate        of the first submission; null before it
 */
@Schema(name = "DispatchAnnualReport", nullable = true, description = "The city's annual report for the year before "
        + "asOf's year (the report due by 31 January of asOf's year), as it stood at the end of asOf. null when the city "
        + "owes no report for that year: it was abolished by that year's end (莱芜市 371200 from 2019, whose successor "
        + "济南市 reports for it) or is not a city of the division table")
public record AnnualReportSection(
        @Schema(minimum = "-1", maximum = "9998", example = "2019") int year,
        @Schema(maxLength = 9, enumeration = {"MISSING", "DRAFT", "SUBMITTED", "RETURNED"}, example = "SUBMITTED")
        String status,
        @Schema(format = "date", maxLength = 10, example = "2020-01-31") LocalDate dueOn,
        @Schema(example = "false") boolean overdue,
        @Schema(nullable = true, example = "false") Boolean submittedOnTime,
        @Schema(nullable = true, minimum = "0", maximum = "100000", example = "3") Integer daysLate) {
}
