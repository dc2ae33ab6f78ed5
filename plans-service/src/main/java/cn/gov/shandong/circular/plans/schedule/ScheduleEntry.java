package cn.gov.shandong.circular.plans.schedule;

import cn.gov.shandong.circular.events.ParkLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One park of a programme's schedule. The park's name, city and level come from the local park
 * directory; they are null while the registry's event about the park has not arrived.
 */
@Schema(name = "ScheduleEntry")
public record ScheduleEntry(
        @Schema(maxLength = 20, examples = "SDP001") String parkCode,
        @Schema(nullable = true, maxLength = 100, examples = "明水经济技术开发区") String parkName,
        @Schema(nullable = true, maxLength = 6, pattern = "^\\d{6}$", examples = "370100") String cityCode,
        @Schema(nullable = true, maxLength = 50, examples = "济南市") String cityName,
        @Schema(nullable = true) ParkLevel level,
        @Schema(description = "Year the park is scheduled to complete its circular transformation",
                minimum = "-2147483648", maximum = "2147483647", examples = "2018") int year) {

    /** The entry of a park, named from the directory when the park is known there. */
    static ScheduleEntry of(cn.gov.shandong.circular.common.parkdirectory.ParkDirectoryEntry park, String parkCode, int year) {
        return park == null ? new ScheduleEntry(parkCode, null, null, null, null, year)
                : new ScheduleEntry(parkCode, park.name, park.cityCode, park.cityName, park.level, year);
    }
}
