package cn.gov.shandong.circular.acceptance.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The park's revised application after the city returned it. */
public record ResubmissionRequest(@NotBlank @Size(max = ApplyRequest.TEXT_MAX) String summary) {
}
