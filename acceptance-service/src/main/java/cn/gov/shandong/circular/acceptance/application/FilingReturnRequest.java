package cn.gov.shandong.circular.acceptance.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The province's reasons for sending a passed application back to the city instead of filing it. */
public record FilingReturnRequest(@NotBlank @Size(max = ApplyRequest.TEXT_MAX)
                                  @Schema(example = "专家组评分表缺少签字，请市级补正后重新报送。") String reasons) {
}
