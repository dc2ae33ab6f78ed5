package cn.gov.shandong.circular.reporting.dispatch;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The programme's parks of the city as of the view's day: the progress table's, the pipeline's and the overdue
 * list's measures (ProgressQuery, PipelineQuery, OverdueParks), so the answers agree. Parks not registered yet have no city and are in
 * no city's section.
 *
 * @param planned   parks scheduled in the programme (not withdrawn)
 * @param applied   of those, the parks with an application for the programme by the end of asOf (the pipeline's
 *                  measure, PipelineQuery and PipelineRule: a step or a filing recorded by then, revoked or not)
 * @param filed     of those, the parks with a filing (备案) that stands by the end of asOf
 * @param overdue   parks whose year is over without a filing that counts (NOT_FILED on the overdue list)
 * @param filedLate parks filed after their year (FILED_LATE on the overdue list)
 */
@Schema(name = "DispatchProgramme")
public record ProgrammeSection(
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "9") long planned,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "7") long applied,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "6") long filed,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "2") long overdue,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "1") long filedLate) {

    static final ProgrammeSection NONE = new ProgrammeSection(0, 0, 0, 0, 0);
}
