package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.events.ReviewOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The city's review against the provincial evaluation method; a score is required to pass or fail. */
public record ReviewRequest(@NotNull @Schema(example = "PASSED") ReviewOutcome outcome,
                            @Min(0) @Max(100) @Schema(example = "86") Integer score,
                            @Size(max = ApplyRequest.TEXT_MAX) @Schema(example = COMMENTS_EXAMPLE) String comments) {

    static final String COMMENTS_EXAMPLE = "资源产出率、土地产出率和工业固体废物综合利用率均达到实施方案目标，评审得分86分（良好），同意通过验收。";
}
