package cn.gov.shandong.circular.acceptance.scoresheet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new score sheet version (province-admin). The total is the sum of the criteria's maxima; the bands run
 * from the highest lowest-score down to a last band at 0.
 */
public record ScoreSheetRequest(@NotBlank @Size(max = 200) @Schema(example = "园区循环化改造验收评分表（2021版）") String name,
                                @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1)
                                @Schema(example = "60") BigDecimal passLine,
                                @NotEmpty @Size(max = 30) @Valid List<@NotNull Criterion> criteria,
                                @NotEmpty @Size(max = 10) @Valid List<@NotNull Band> bands) {

    /** A criterion and its maximum points. */
    @Schema(name = "ScoreSheetCriterionRequest")
    public record Criterion(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be an upper-case code such as PLAN_TASKS")
                            @Schema(example = "INDICATORS") String code,
                            @NotBlank @Size(max = 200) @Schema(example = "循环化改造指标完成情况") String name,
                            @NotNull @Min(1) @Max(1000) @Schema(example = "30") Integer maxPoints) {
    }

    /** A grade band by its lowest score. */
    @Schema(name = "ScoreSheetBandRequest")
    public record Band(@NotBlank @Size(max = 20) @Schema(example = "良好") String grade,
                       @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1)
                       @Schema(example = "80") BigDecimal minScore) {
    }
}
