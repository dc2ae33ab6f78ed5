package cn.gov.shandong.circular.reporting.overdue;

import cn.gov.shandong.circular.common.web.PageRequest;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The overdue parks of a programme as of a day, within the caller's scope, one page (by year, city, park).
 *
 * @param asOf     the day judged (Asia/Shanghai): today unless the request named one
 * @param year     the scheduled year asked for, null for every year of the programme
 * @param cityCode the city asked for, null for every city the caller sees
 */
@Schema(name = "OverdueList")
public record OverdueList(
        @Schema(maxLength = 20, example = "2018-2020") String programme,
        @Schema(example = "2020-03-10") LocalDate asOf,
        @Schema(nullable = true, minimum = "2000", maximum = "2100", example = "2019") Integer year,
        @Schema(nullable = true, maxLength = 6, example = "371300") String cityCode,
        @Schema(maxItems = PageRequest.MAX_SIZE) List<OverduePark> items,
        @Schema(minimum = "0", maximum = "1000000", example = "0") int page,
        @Schema(minimum = "1", maximum = "200", example = "20") int size,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "3") long total) {
}
