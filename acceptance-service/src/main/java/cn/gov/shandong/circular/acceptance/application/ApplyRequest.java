package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.events.Indicator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A park management committee applies for acceptance (验收申请) of its park, with what it achieved against
 * its approved implementation plan: the value of every indicator the plan targets and the completion of
 * every project of the plan.
 */
public record ApplyRequest(@NotBlank @Size(max = 20) @Schema(example = "SDP001") String parkCode,
                           @NotBlank @Size(max = ApplyRequest.TEXT_MAX) @Schema(example = SUMMARY_EXAMPLE) String summary,
                           @Size(max = 9) @Pattern(regexp = "[0-9]{4}-[0-9]{4}", message = "must be a programme code such as 2018-2020")
                           @Schema(description = "The programme whose approved plan the application answers; needed only when the park has approved plans under several",
                                   example = "2018-2020") String programmeCode,
                           @NotEmpty @Size(max = 10) @Valid List<@NotNull Achievement> achievements,
                           @NotNull @Size(max = 200) @Valid List<@NotNull ProjectReport> projects) {

    /** Longest summary, comment or remark the API takes. */
    public static final int TEXT_MAX = 4000;

    static final String SUMMARY_EXAMPLE = "循环化改造任务全部完成，主要资源产出率、工业固体废物综合利用率等指标达到实施方案目标，申请验收。";

    /** The value achieved for one indicator, in its unit. */
    @Schema(name = "AchievementRequest")
    public record Achievement(@NotNull @Schema(example = "WATER_REUSE") Indicator indicator,
                              @NotBlank @Size(max = 20) @Schema(description = "The indicator's unit, as the plan states it", example = "%") String unit,
                              @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 4) @DecimalMax("9999999999999.9999")
                              @Schema(description = "At least 0; at most 100 for a percentage", example = "92.4") BigDecimal value) {
    }

    /** The completion of one project of the approved plan. */
    @Schema(name = "ProjectReportRequest")
    public record ProjectReport(@NotNull @Schema(example = "3c5e7a9b-2d4f-4a6c-8e0a-4c6e8a0c2e42") UUID projectId,
                                @NotNull @Schema(example = "COMPLETED") ProjectCompletion completion,
                                @Size(max = 1000) @Schema(example = "2019年10月建成投运，日处理中水2万吨。") String note) {
    }
}
