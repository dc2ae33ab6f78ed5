package cn.gov.shandong.circular.reporting.progress;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One programme's progress on its own: its definition as plan.programme-defined gave it, its
 * planned and completed parks and its goals, within the caller's scope.
 *
 * @param planned   parks scheduled in the programme (a city officer: of their city)
 * @param completed of those, the parks filed by the end of asOf
 */
@Schema(name = "ProgrammeProgress")
public record ProgrammeProgress(
        @Schema(maxLength = 20, example = "2021-2025") String code,
        @Schema(maxLength = 200, example = "山东省园区循环化改造推进方案（2021-2025年）") String name,
        @Schema(maxLength = 100, example = "鲁工信资〔2021〕12号") String document,
        @Schema(description = "DRAFT, ACTIVE or CLOSED", maxLength = 10, example = "ACTIVE") String status,
        @Schema(minimum = "2000", maximum = "2100", example = "2021") int startYear,
        @Schema(minimum = "2000", maximum = "2100", example = "2025") int endYear,
        @Schema(nullable = true, maxLength = 500, example = "到2025年底，具备条件的省级以上园区全部实施循环化改造") String goalStatement,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "120") long planned,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "37") long completed,
        GoalCoverage goals,
        @Schema(nullable = true, description = "Where the programme's parks stand (decision 44): per level, summed over "
                + "the years, within the caller's scope; GET /programme-progress/{code} has it per city and year")
        PipelineReport.Levels pipeline) {

    /** Without the pipeline (the counts before decision 44). */
    public ProgrammeProgress(String code, String name, String document, String status, int startYear, int endYear,
                             String goalStatement, long planned, long completed, GoalCoverage goals) {
        this(code, name, document, status, startYear, endYear, goalStatement, planned, completed, goals, null);
    }

    /** The programmes, oldest first. */
    @Schema(name = "ProgrammeProgressList")
    public record Programmes(@Schema(maxItems = 100) List<ProgrammeProgress> programmes) {
    }
}
