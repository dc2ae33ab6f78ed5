package cn.gov.shandong.circular.parks.registry;

import cn.gov.shandong.circular.events.ParkLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the registry's changes of a park (province-admin; docs/api.md, "Changing a park"). */
public final class ParkChangeRequests {

    private ParkChangeRequests() {
    }

    /** 更名: a new official name from a day on. */
    public record Rename(
            @NotBlank @Size(max = 100) @Schema(example = "济南槐荫经济开发区") String name,
            @NotNull @Schema(maxLength = 10, example = "2021-03-01", description = "The first day under the new name; not in the future")
            LocalDate effectiveOn,
            @Size(max = 100) @Schema(example = "鲁政字〔2021〕35号", description = "The approving document (文号), optional")
            String document) {
    }

    /** 级别调整: approved at another level from a day on (e.g. provincial upgraded to national). */
    public record ChangeLevel(
            @NotNull ParkLevel level,
            @NotNull @Schema(maxLength = 10, example = "2021-06-18", description = "The first day at the new level; not in the future")
            LocalDate effectiveOn,
            @NotBlank @Size(max = 100) @Schema(example = "国办函〔2021〕61号", description = "The approving document (文号)")
            String document) {
    }

    /** 整合: merged into another active park, which carries on; this one is retired. */
    public record Merge(
            @NotNull @Pattern(regexp = "SDP\\d{3,9}", message = "must be a park code such as SDP001")
            @Schema(maxLength = 12, example = "SDP001") String intoParkCode,
            @NotNull @Schema(maxLength = 10, example = "2021-09-01", description = "The first day as part of the other park; not in the future")
            LocalDate effectiveOn,
            @Size(max = 100) @Schema(example = "鲁政字〔2021〕120号", description = "The approving document (文号), optional")
            String document) {
    }

    /** 撤销: no longer an active park from a day on. */
    public record Retire(
            @NotNull @Schema(maxLength = 10, example = "2022-01-01", description = "The first day on which the park is no longer active; not in the future")
            LocalDate retiredOn,
            @NotBlank @Size(max = 1000) @Schema(example = "园区规划范围调整后撤销，不再作为省级园区管理。") String reason,
            @Size(max = 100) @Schema(example = "鲁政字〔2022〕1号", description = "The approving document (文号), optional")
            String document) {
    }
}
