package cn.gov.shandong.circular.parks.park;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ZoneKind;

/** A park as the API shows it. */
public record ParkView(
        @Schema(maxLength = 12, pattern = "^SDP\\d{3,9}$", example = "SDP001") String code,
        @Schema(maxLength = 100, example = "明水经济技术开发区") String name,
        @Schema(maxLength = 6, pattern = "^\\d{6}$", example = "370100") String cityCode,
        @Schema(maxLength = 50, example = "济南市") String cityName,
        ParkLevel level,
        ZoneKind zoneKind,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "0") long version) {

    static ParkView of(Park park) {
        return new ParkView(park.code, park.name, park.city.code, park.city.name, park.level, park.zoneKind,
                park.version);
    }
}
