package cn.gov.shandong.circular.acceptance.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A park management committee applies for acceptance (验收申请) of its park. */
public record ApplyRequest(@NotBlank @Size(max = 20) @Schema(example = "SDP001") String parkCode,
                           @NotBlank @Size(max = ApplyRequest.TEXT_MAX) @Schema(example = SUMMARY_EXAMPLE) String summary) {

    /** Longest summary, comment or remark the API takes. */
    public static final int TEXT_MAX = 4000;

    static final String SUMMARY_EXAMPLE = "循环化改造任务全部完成，主要资源产出率、工业固体废物综合利用率等指标达到实施方案目标，申请验收。";
}
