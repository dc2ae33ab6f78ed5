package cn.gov.shandong.circular.reporting.overdue;

import cn.gov.shandong.circular.events.ParkLevel;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A park that missed its year: scheduled (not withdrawn) for {@code year} and without a filing that counts by
 * the end of 31 December of that year (Asia/Shanghai), as of the list's day.
 *
 * @param parkName    null while the park's registration has not arrived (then city and level are null too)
 * @param deadline    31 December of the scheduled year: a filing on that day, up to 23:59:59.999 Asia/Shanghai, is in time
 * @param daysOverdue days from the deadline to the late filing's day, or to the list's day while unfiled
 * @param status      NOT_FILED, or FILED_LATE (filed after the deadline, on filedLateOn)
 * @param filedLateOn the day of the late filing that counts (Asia/Shanghai)
 * @param revokedOn   the day a filing made in time was revoked (抽查), if that is why the park is here
 */
@Schema(name = "OverduePark")
public record OverduePark(
        @Schema(maxLength = 20, example = "SDP072") String parkCode,
        @Schema(nullable = true, maxLength = 200, example = "临沂临港经济开发区") String parkName,
        @Schema(nullable = true, maxLength = 6, example = "371300") String cityCode,
        @Schema(nullable = true, maxLength = 50, example = "临沂市") String cityName,
        @Schema(nullable = true, maxLength = 10, example = "PROVINCIAL") ParkLevel level,
        @Schema(minimum = "2000", maximum = "2100", example = "2019") int year,
        @Schema(example = "2019-12-31") LocalDate deadline,
        @Schema(minimum = "1", maximum = "9223372036854775807", example = "66") long daysOverdue,
        @Schema(example = "FILED_LATE") OverdueRule.Status status,
        @Schema(nullable = true, maxLength = 10, example = "2020-03-06") LocalDate filedLateOn,
        @Schema(nullable = true, maxLength = 10, example = "2020-09-01") LocalDate revokedOn) {
}
