package cn.gov.shandong.circular.reporting.progress;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A programme's truthful progress (issue 9, item 2; docs/decisions.md 44): per city, year and level, where the
 * programme's scheduled parks stand as of a day, and the same summed over the years; the province's totals.
 *
 * @param programme the programme
 * @param asOf      the day (Asia/Shanghai) up to whose end everything counts, or null for everything so far
 * @param years     the years the programme schedules parks in, ascending
 * @param rows      one row per city with scheduled parks, by city code; a last row with cityCode null holds the
 *                  scheduled parks whose registration has not arrived yet
 * @param province  the province's totals, or null for callers who see one city only
 */
@Schema(name = "ProgrammePipeline")
public record PipelineReport(@Schema(maxLength = 20, example = "2018-2020") String programme,
                             @Schema(nullable = true, maxLength = 10, example = "2020-12-31") LocalDate asOf,
                             @Schema(maxItems = ProgressReport.MAX_YEARS, example = "[2018, 2019, 2020]") List<Integer> years,
                             @Schema(maxItems = ProgressReport.MAX_ROWS, description = "One row per city, and one for parks of unknown city") List<Row> rows,
                             @Schema(nullable = true) Totals province) {

    /**
     * @param cityCode   GB/T 2260 code, or null for parks not yet registered
     * @param cityName   e.g. 济南市, or "unknown"
     * @param years      one cell per year of the report
     * @param cumulative the sum over the years
     */
    @Schema(name = "ProgrammePipelineRow")
    public record Row(@Schema(nullable = true, maxLength = 6, example = "370100") String cityCode,
                      @Schema(maxLength = 50, example = "济南市") String cityName,
                      @Schema(maxItems = ProgressReport.MAX_YEARS) List<YearCell> years,
                      Levels cumulative) {
    }

    /** The province's row: the sum of all rows, including the row of not yet registered parks. */
    @Schema(name = "ProgrammePipelineTotals")
    public record Totals(@Schema(maxItems = ProgressReport.MAX_YEARS) List<YearCell> years, Levels cumulative) {
    }

    /** The parks scheduled for one year, by level. */
    @Schema(name = "ProgrammePipelineYear")
    public record YearCell(@Schema(minimum = "2000", maximum = "2100", example = "2019") int year,
                           Counts total, Counts national, Counts provincial) {
    }

    /**
     * @param total      all parks; more than national + provincial while a park's level is not known yet
     * @param national   国家级 parks
     * @param provincial 省级 parks
     */
    @Schema(name = "ProgrammePipelineLevels")
    public record Levels(Counts total, Counts national, Counts provincial) {
    }

    /**
     * Where the parks stand at the end of the day. underReview, passed, filedOnTime and filedLate are stages: a
     * park is in one of them at most. applied, revoked and overdue are said of a park besides its stage.
     *
     * @param planned     parks scheduled (not withdrawn)
     * @param applied     of those, the parks that applied by then (for this programme: the application names it,
     *                    or names none and the park's schedule is this programme's)
     * @param underReview the parks whose latest application is with the city (applied, review opened,
     *                    resubmitted, returned for revision, or sent back by the province)
     * @param passed      the parks the city passed that the province has not filed (yet)
     * @param filedOnTime the parks with a filing that stands, made by 31 December of their year (Asia/Shanghai)
     * @param filedLate   the parks with a filing that stands, made after it
     * @param revoked     the parks whose filing was revoked and that have none that stands
     * @param overdue     the parks whose year is over and that have no filing that stands
     */
    @Schema(name = "ProgrammePipelineCounts")
    public record Counts(@Schema(minimum = "0", maximum = "9223372036854775807", example = "16") long planned,
                         @Schema(minimum = "0", maximum = "9223372036854775807", example = "14") long applied,
                         @Schema(minimum = "0", maximum = "9223372036854775807", example = "2") long underReview,
                         @Schema(minimum = "0", maximum = "9223372036854775807", example = "1") long passed,
                         @Schema(minimum = "0", maximum = "9223372036854775807", example = "9") long filedOnTime,
                         @Schema(minimum = "0", maximum = "9223372036854775807", example = "1") long filedLate,
                         @Schema(minimum = "0", maximum = "9223372036854775807", example = "1") long revoked,
                         @Schema(minimum = "0", maximum = "9223372036854775807", example = "3") long overdue) {
    }
}
