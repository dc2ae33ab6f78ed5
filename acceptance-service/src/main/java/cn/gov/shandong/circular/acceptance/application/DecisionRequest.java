package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.events.ReviewOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The city's decision on its review: PASSED needs the whole panel's scores and a panel score at or above
 * the sheet's pass line; FAILED needs the whole panel's scores and reasons; RETURNED needs reasons.
 */
public record DecisionRequest(@NotNull @Schema(example = "PASSED") ReviewOutcome outcome,
                              @Size(max = ApplyRequest.TEXT_MAX) @Schema(example = REASONS_EXAMPLE) String reasons) {

    static final String REASONS_EXAMPLE = "资源产出率、土地产出率和工业固体废物综合利用率均达到实施方案目标，专家组评分86.3分（良好），同意通过验收。";
}
