package cn.gov.shandong.circular.acceptance.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An expert's points on every criterion of the review's score sheet (0 … the criterion's maximum). */
public record ScoringRequest(@NotEmpty @Size(max = 30) @Valid List<@NotNull Points> points,
                             @Size(max = 4000) @Schema(example = "指标数据翔实，项目建设成效明显，建议通过验收。") String comments) {

    /** Points on one criterion. */
    @Schema(name = "CriterionPointsRequest")
    public record Points(@NotBlank @Size(max = 40) @Schema(example = "INDICATORS") String criterion,
                         @NotNull @Min(0) @Max(1000) @Schema(example = "27") Integer points,
                         @Size(max = 1000) @Schema(example = "水循环利用率略低于目标值。") String comment) {
    }
}
