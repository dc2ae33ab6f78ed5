package cn.gov.shandong.circular.acceptance.expert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An expert's entry in the roster (created or replaced). */
public record ExpertRequest(@NotBlank @Size(max = 100) @Schema(example = "张丽华") String name,
                            @NotBlank @Size(max = 200) @Schema(example = "山东大学环境科学与工程学院") String organisation,
                            @Size(max = 200) @Schema(example = "工业固体废物综合利用") String specialty,
                            @NotNull @Schema(example = "true") Boolean active,
                            @Size(max = ExpertRequest.CONFLICTS_MAX)
                            @Schema(maxItems = ExpertRequest.CONFLICTS_MAX, nullable = true, examples = "[\"SDP002\"]",
                                    description = "Parks the expert declared a conflict of interest with (回避): they are never put on"
                                            + " those parks' review panels nor record their spot-check findings. Replaces the"
                                            + " declared list; absent or null declares none")
                            List<@NotBlank @Size(max = 20) @Pattern(regexp = "SDP[0-9]{3,17}", message = "must be a park code such as SDP002")
                                    String> conflictParks) {

    static final int CONFLICTS_MAX = 200;
}
