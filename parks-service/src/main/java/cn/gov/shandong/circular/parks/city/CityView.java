package cn.gov.shandong.circular.parks.city;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;

/** A city as the API shows it. */
public record CityView(
        @Schema(maxLength = 6, pattern = "^\\d{6}$", example = "371200") String code,
        @Schema(maxLength = 50, example = "莱芜市") String name,
        @Schema(example = "false") boolean active,
        @Schema(maxLength = 10, example = "2019-01-09") LocalDate abolishedOn,
        @Schema(maxLength = 6, pattern = "^\\d{6}$", example = "370100") String successorCode) {

    static CityView of(City city) {
        return new CityView(city.code, city.name, city.abolishedOn == null, city.abolishedOn, city.successorCode);
    }
}
