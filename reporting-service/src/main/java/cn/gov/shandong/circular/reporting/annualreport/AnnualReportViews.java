package cn.gov.shandong.circular.reporting.annualreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the annual-report endpoints answer. */
public final class AnnualReportViews {

    /** Most programmes a year's figures list (programmes overlapping in a year are few). */
    public static final int PROGRAMMES_MAX = 20;
    /** Cities a status list holds at most: the province's 17 and room for changes of the division table. */
    public static final int CITIES_MAX = 50;

    private AnnualReportViews() {
    }

    /** The report's state as the province sees it: {@link AnnualReportStatus} and MISSING (nothing yet). */
    public static final String[] STATES = {"MISSING", "DRAFT", "SUBMITTED", "RETURNED"};

    /** A city's report for a year, with its figures: live while it can be edited, frozen once submitted. */
    @Schema(name = "AnnualReport")
    public record Report(
            @Schema(maxLength = 6, examples = "370100", description = "GB/T 2260 city code") String cityCode,
            @Schema(maxLength = 50, examples = "济南市") String cityName,
            @Schema(minimum = "2000", maximum = "2100", examples = "2019", description = "The year reported on") int year,
            @Schema(maxLength = 9, enumeration = {"MISSING", "DRAFT", "SUBMITTED", "RETURNED"}, examples = "SUBMITTED",
                    description = "MISSING: nothing saved yet (texts null, version null)") String status,
            @Schema(format = "date", maxLength = 10, examples = "2020-01-31",
                    description = "Due by the end of this day (Asia/Shanghai): 31 January of the following year") LocalDate dueOn,
            @Schema(examples = "false", description = "Not submitted (MISSING or DRAFT) and the due day has passed "
                    + "(the province's clock)") boolean overdue,
            @Schema(maxLength = AnnualReportRequests.PROGRESS_MAX, nullable = true, examples = "2019年全市完成2个园区循环化改造验收备案。",
                    description = "进展情况: the year's work") String progress,
            @Schema(maxLength = AnnualReportRequests.PROBLEMS_MAX, nullable = true, examples = "部分园区项目资金不足。",
                    description = "存在问题") String problems,
            @Schema(maxLength = AnnualReportRequests.SUGGESTIONS_MAX, nullable = true, examples = "建议省级财政加大对循环化改造项目的支持。",
                    description = "意见建议") String suggestions,
            @Schema(description = "The programmes' figures for the city as of the end of 31 December of the year") Figures figures,
            @Schema(examples = "true", description = "true: the figures as submitted; false: computed now (prefill)")
            boolean figuresFrozen,
            @Schema(format = "date-time", maxLength = 35, nullable = true, examples = "2020-01-20T02:30:00Z",
                    description = "The last submission") OffsetDateTime submittedAt,
            @Schema(maxLength = 200, nullable = true, examples = "city.officer.jinan") String submittedBy,
            @Schema(format = "date-time", maxLength = 35, nullable = true, examples = "2020-01-20T02:30:00Z",
                    description = "The first submission: it decides on time or late") OffsetDateTime firstSubmittedAt,
            @Schema(nullable = true, examples = "true", description = "null until the first submission") Boolean submittedOnTime,
            @Schema(nullable = true, minimum = "0", maximum = "100000", examples = "0",
                    description = "Days the first submission came after the due day (0 on time; null before)") Integer daysLate,
            @Schema(minimum = "0", maximum = "100000", examples = "1", description = "How often it was submitted") int submissions,
            @Schema(format = "date-time", maxLength = 35, nullable = true, examples = "2020-02-03T01:00:00Z",
                    description = "The last return for revision") OffsetDateTime returnedAt,
            @Schema(maxLength = 200, nullable = true, examples = "province.admin") String returnedBy,
            @Schema(maxItems = AnnualReportRequests.REASONS_MAX, nullable = true, description = "Why it was last returned",
                    examples = "[\"请补充逾期园区的整改措施。\"]")
            List<@Size(max = AnnualReportRequests.REASON_MAX) String> returnReasons,
            @Schema(nullable = true, minimum = "0", maximum = "1000000", examples = "3",
                    description = "The ETag's version; null while MISSING") Long version) {
    }

    /** The figures of a report: per programme running in the year, per level. */
    @Schema(name = "AnnualReportFigures")
    public record Figures(
            @Schema(format = "date", maxLength = 10, examples = "2019-12-31",
                    description = "Counted up to the end of this day (Asia/Shanghai)") LocalDate asOf,
            @Schema(maxItems = PROGRAMMES_MAX, description = "Each programme whose years include the report's year")
            List<ProgrammeFigures> programmes) {
    }

    /** One programme's figures for the city (with the cities whose parks it held at the year's end). */
    @Schema(name = "AnnualReportProgrammeFigures")
    public record ProgrammeFigures(
            @Schema(maxLength = 20, examples = "2018-2020") String programmeCode,
            @Schema(maxLength = 200, examples = "山东省园区循环化改造推进方案") String programmeName,
            @Schema(maxItems = 3, description = "ALL, NATIONAL, PROVINCIAL") List<LevelFigures> levels) {
    }

    /** Counts of the city's parks of one level (ALL: every level, those of unknown level too). */
    @Schema(name = "AnnualReportLevelFigures")
    public record LevelFigures(
            @Schema(maxLength = 10, enumeration = {"ALL", "NATIONAL", "PROVINCIAL"}, examples = "ALL") String level,
            @Schema(minimum = "0", maximum = "100000", examples = "4", description = "Scheduled for the year") long plannedInYear,
            @Schema(minimum = "0", maximum = "100000", examples = "3", description = "Of those, filed by the year's end")
            long completedInYear,
            @Schema(minimum = "0", maximum = "100000", examples = "5", description = "Scheduled for the year or earlier")
            long plannedCumulative,
            @Schema(minimum = "0", maximum = "100000", examples = "4", description = "Of those, filed by the year's end")
            long completedCumulative,
            @Schema(minimum = "0", maximum = "100000", examples = "1",
                    description = "Scheduled for the year or earlier and not filed by its end") long overdue) {
    }

    /** Every city's report status for a year. */
    @Schema(name = "AnnualReportStatusList")
    public record StatusList(
            @Schema(minimum = "2000", maximum = "2100", examples = "2019") int year,
            @Schema(format = "date", maxLength = 10, examples = "2020-01-31") LocalDate dueOn,
            @Schema(format = "date", maxLength = 10, examples = "2020-02-10",
                    description = "Today by the province's clock: what overdue is judged on") LocalDate asOf,
            @Schema(description = "Counts over the items") Summary summary,
            @Schema(maxItems = CITIES_MAX, description = "One per city that owes a report for the year, by city code")
            List<StatusItem> items) {
    }

    /** Counts of a status list. */
    @Schema(name = "AnnualReportStatusSummary")
    public record Summary(
            @Schema(minimum = "0", maximum = "1000", examples = "17") int cities,
            @Schema(minimum = "0", maximum = "1000", examples = "2") int missing,
            @Schema(minimum = "0", maximum = "1000", examples = "1") int draft,
            @Schema(minimum = "0", maximum = "1000", examples = "13", description = "Submitted, in time or late") int submitted,
            @Schema(minimum = "0", maximum = "1000", examples = "2", description = "Of the submitted and returned, first submitted late")
            int late,
            @Schema(minimum = "0", maximum = "1000", examples = "1") int returned,
            @Schema(minimum = "0", maximum = "1000", examples = "3", description = "MISSING or DRAFT after the due day") int overdue) {
    }

    /** One city's line of the status list. */
    @Schema(name = "AnnualReportStatusItem")
    public record StatusItem(
            @Schema(maxLength = 6, examples = "370100") String cityCode,
            @Schema(maxLength = 50, examples = "济南市") String cityName,
            @Schema(maxLength = 9, enumeration = {"MISSING", "DRAFT", "SUBMITTED", "RETURNED"}, examples = "SUBMITTED") String status,
            @Schema(examples = "false", description = "MISSING or DRAFT after the due day") boolean overdue,
            @Schema(format = "date-time", maxLength = 35, nullable = true, examples = "2020-02-03T02:00:00Z") OffsetDateTime firstSubmittedAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true, examples = "2020-02-03T02:00:00Z") OffsetDateTime submittedAt,
            @Schema(nullable = true, examples = "false") Boolean submittedOnTime,
            @Schema(nullable = true, minimum = "0", maximum = "100000", examples = "3") Integer daysLate,
            @Schema(minimum = "0", maximum = "100000", examples = "1") int submissions,
            @Schema(format = "date-time", maxLength = 35, nullable = true, examples = "2020-02-05T01:00:00Z") OffsetDateTime returnedAt,
            @Schema(nullable = true, minimum = "0", maximum = "1000000", examples = "2") Long version) {
    }
}
