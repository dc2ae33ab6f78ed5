package cn.gov.shandong.circular.parks.park;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkStatus;
import cn.gov.shandong.circular.events.ZoneKind;
import java.time.LocalDate;

/** A park as the API shows it. */
public record ParkView(
        @Schema(maxLength = 12, pattern = "^SDP\\d{3,9}$", example = "SDP001") String code,
        @Schema(maxLength = 100, example = "明水经济技术开发区") String name,
        @Schema(maxLength = 6, pattern = "^\\d{6}$", example = "370100") String cityCode,
        @Schema(maxLength = 50, example = "济南市") String cityName,
        ParkLevel level,
        ZoneKind zoneKind,
        @Schema(description = "ACTIVE, or RETIRED from retiredOn (retired, or merged into mergedInto)") ParkStatus status,
        @Schema(maxLength = 10, example = "2022-01-01", description = "Set when RETIRED") LocalDate retiredOn,
        @Schema(maxLength = 12, pattern = "^SDP\\d{3,9}$", example = "SDP001",
                description = "The park it was merged into, when retired by a merger") String mergedInto,
        @Schema(maxLength = 18, pattern = "^[0-9A-HJ-NPQRTUWXY]{18}$", example = "91370100MA3C4FQX26",
                description = "统一社会信用代码 (GB 32100) of the park administration, when known") String unifiedSocialCreditCode,
        @Schema(minimum = "0", maximum = "9223372036854775807", example = "0") long version) {

    public static ParkView of(Park park) {
        return new ParkView(park.code, park.name, park.city.code, park.city.name, park.level, park.zoneKind,
                park.status, park.retiredOn, park.mergedInto, park.creditCode, park.version);
    }
}
