package cn.gov.shandong.circular.acceptance.expert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An expert's entry in the roster (created or replaced). */
public record ExpertRequest(@NotBlank @Size(max = 100) @Schema(example = "张丽华") String name,
                            @NotBlank @Size(max = 200) @Schema(example = "山东大学环境科学与工程学院") String organisation,
                            @Size(max = 200) @Schema(example = "工业固体废物综合利用") String specialty,
                            @NotNull @Schema(example = "true") Boolean active) {
}
