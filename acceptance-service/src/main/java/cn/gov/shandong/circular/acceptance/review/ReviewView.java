package cn.gov.shandong.circular.acceptance.review;

import cn.gov.shandong.circular.acceptance.application.ApplicationView;
import cn.gov.shandong.circular.acceptance.scoresheet.ScoreSheetView;
import cn.gov.shandong.circular.events.ReviewOutcome;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A review as the API shows it. The city and province-wide readers see every expert's points; an expert
 * sees their own; the park sees the panel's result, not who gave which points.
 */
@Schema(name = "Review")
public record ReviewView(@Schema(example = "6c8e0a2c-4e6a-4c8e-9a2c-4e6a8c0e2a75") UUID reviewId,
                         @Schema(example = "3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f") UUID applicationId,
                         @Schema(maxLength = 20, example = "SDP001") String parkCode,
                         @Schema(maxLength = 6, pattern = "^\\d{6}$", example = "370100") String cityCode,
                         @Schema(minimum = "1", maximum = "1000", description = "1 for the first submission's review, one more after each resubmission", example = "1") int round,
                         @Schema(example = "OPEN") AcceptanceReview.Status status,
                         @Schema(description = "The score sheet frozen on the review when it opened") ScoreSheetView scoreSheet,
                         @Schema(maxItems = 15) List<Seat> panel,
                         @Schema(maxItems = 15, description = "The experts' points the caller may see") List<Scoring> scores,
                         @Schema(nullable = true, minimum = "0", maximum = "1000", description = "The mean of the experts' totals, half up to one decimal; null until every panel expert has scored",
                                 example = "86.3") BigDecimal panelScore,
                         @Schema(nullable = true, maxLength = 20, example = "良好") String grade,
                         @Schema(nullable = true, description = "Whether the panel score reaches the sheet's pass line; null without a panel score", example = "true") Boolean reachesPassLine,
                         @Schema(maxItems = 10, description = "Each indicator's achieved value against its target: met or not met") List<ApplicationView.Achievement> indicators,
                         @Schema(nullable = true, maxLength = 8, example = "PASSED") ReviewOutcome outcome,
                         @Schema(nullable = true, maxLength = 4000, example = "专家组评分86.3分（良好），同意通过验收。") String reasons,
                         @Schema(nullable = true, maxLength = 200, example = "jinan.officer") String decidedBy,
                         @Schema(nullable = true, maxLength = 35, example = "2019-12-10T15:00:00+08:00") OffsetDateTime decidedAt,
                         @Schema(maxLength = 200, example = "jinan.officer") String openedBy,
                         @Schema(example = "2019-12-01T09:00:00+08:00") OffsetDateTime openedAt,
                         @Schema(minimum = "0", maximum = "9223372036854775807", example = "3") long version) {

    /** A panel seat: who, and whether they have scored. */
    @Schema(name = "PanelSeat")
    public record Seat(@Schema(maxLength = 200, example = "expert.zhang") String expert,
                       @Schema(nullable = true, maxLength = 100, example = "张丽华") String name,
                       @Schema(example = "true") boolean scored,
                       @Schema(nullable = true, minimum = "0", maximum = "1000", description = "The expert's total; shown to the city and province-wide readers, and to the expert", example = "86") Integer total,
                       @Schema(nullable = true, maxLength = 35, example = "2019-12-05T16:20:00+08:00") OffsetDateTime scoredAt) {
    }

    /** One expert's points. */
    @Schema(name = "ExpertScoring")
    public record Scoring(@Schema(maxLength = 200, example = "expert.zhang") String expert,
                          @Schema(maxItems = 30) List<Points> points,
                          @Schema(minimum = "0", maximum = "1000", example = "86") int total,
                          @Schema(nullable = true, maxLength = 4000, example = "指标数据翔实，项目建设成效明显。") String comments,
                          @Schema(example = "2019-12-05T16:20:00+08:00") OffsetDateTime scoredAt) {
    }

    /** Points on one criterion. */
    @Schema(name = "CriterionPoints")
    public record Points(@Schema(maxLength = 40, example = "INDICATORS") String criterion,
                         @Schema(minimum = "0", maximum = "1000", example = "27") int points,
                         @Schema(nullable = true, maxLength = 1000, example = "水循环利用率略低于目标值。") String comment) {
    }
}
