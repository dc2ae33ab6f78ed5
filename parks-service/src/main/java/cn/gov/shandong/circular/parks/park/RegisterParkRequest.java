package cn.gov.shandong.circular.parks.park;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ZoneKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new park joining the registry (its code is assigned by the registry). */
public record RegisterParkRequest(
        @NotBlank @Size(max = 100) @Schema(example = "济南新材料产业园区") String name,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 city code") @Schema(maxLength = 6, example = "370100") String cityCode,
        @NotNull ParkLevel level,
        @NotNull ZoneKind zoneKind) {
}
