package cn.gov.shandong.circular.acceptance.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The park's revised application after the city returned it. */
public record ResubmissionRequest(@NotBlank @Size(max = ApplyRequest.TEXT_MAX)
                                  @Schema(example = "已按评审意见补充工业固体废物综合利用台账和水循环利用监测数据，重新申请验收。") String summary) {
}
