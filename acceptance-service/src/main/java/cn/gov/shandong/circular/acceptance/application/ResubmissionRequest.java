package cn.gov.shandong.circular.acceptance.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The park's revised application after the city returned it: a new summary and, when given, corrected
 * achievements and project completions (both together; otherwise the earlier ones stand).
 */
public record ResubmissionRequest(@NotBlank @Size(max = ApplyRequest.TEXT_MAX)
                                  @Schema(example = "已按评审意见补充工业固体废物综合利用台账和水循环利用监测数据，重新申请验收。") String summary,
                                  @Size(max = 10) @Valid List<ApplyRequest.@NotNull Achievement> achievements,
                                  @Size(max = 200) @Valid List<ApplyRequest.@NotNull ProjectReport> projects) {
}
