package cn.gov.shandong.circular.acceptance.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A park management committee applies for acceptance (验收申请) of its park. */
public record ApplyRequest(@NotBlank @Size(max = 20) String parkCode,
                           @NotBlank @Size(max = ApplyRequest.TEXT_MAX) String summary) {

    /** Longest summary, comment or remark the API takes. */
    public static final int TEXT_MAX = 4000;
}
