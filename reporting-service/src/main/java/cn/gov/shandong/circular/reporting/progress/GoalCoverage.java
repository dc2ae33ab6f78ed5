package cn.gov.shandong.circular.reporting.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;

/**
 * The programme's goals: by its end every national-level park and at least half of the
 * provincial-level parks (全部国家级园区、50%以上的省级园区) have completed the transformation.
 *
 * @param programme         the programme, e.g. {@code 2018-2020}
 * @param asOf              the day (Asia/Shanghai) up to which filings count, or null for all so far
 * @param cityCode          null for the province; a city officer's city otherwise
 * @param national          the national-level goal
 * @param provincial        the provincial-level goal
 * @param unclassifiedParks scheduled parks whose level is not known yet (their registration has not arrived)
 */
public record GoalCoverage(@Schema(maxLength = 20, example = "2018-2020") String programme,
                           @Schema(example = "2020-12-31") LocalDate asOf,
                           @Schema(nullable = true, maxLength = 6, example = "370100") String cityCode,
                           @Schema(example = "{\"parks\":25,\"completed\":25,\"required\":25,\"met\":true}") Goal national,
                           @Schema(example = "{\"parks\":81,\"completed\":60,\"required\":41,\"met\":true}") Goal provincial,
                           @Schema(minimum = "0", maximum = "9223372036854775807", example = "0") long unclassifiedParks) {

    /**
     * @param parks     parks of this level scheduled in the programme
     * @param completed of those, the parks filed by the date
     * @param required  how many must be completed
     * @param met       completed reaches required
     */
    public record Goal(@Schema(minimum = "0", maximum = "9223372036854775807", example = "81") long parks,
                       @Schema(minimum = "0", maximum = "9223372036854775807", example = "60") long completed,
                       @Schema(minimum = "0", maximum = "9223372036854775807", example = "41") long required,
                       @Schema(example = "true") boolean met) {

        static Goal of(long parks, long completed, long required) {
            return new Goal(parks, completed, required, completed >= required);
        }
    }
}
