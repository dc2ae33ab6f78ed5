package cn.gov.shandong.circular.acceptance.scoresheet;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A score sheet version as the API shows it. */
@Schema(name = "ScoreSheet")
public record ScoreSheetView(@Schema(minimum = "1", maximum = "2147483647", example = "1") int version,
                             @Schema(maxLength = 200, example = "园区循环化改造验收评分表（2018版）") String name,
                             @Schema(minimum = "1", maximum = "1000", example = "100") int totalPoints,
                             @Schema(minimum = "0", maximum = "1000", example = "60") BigDecimal passLine,
                             @Schema(maxItems = 30) List<Criterion> criteria,
                             @Schema(maxItems = 10, description = "From the highest minScore down; the last starts at 0") List<Band> bands,
                             @Schema(description = "Whether reviews opened now are scored on it (the newest version)", example = "true") boolean inForce,
                             @Schema(maxLength = 200, example = "province.admin") String publishedBy,
                             @Schema(example = "2018-09-01T09:00:00+08:00") OffsetDateTime publishedAt) {

    /** A scored criterion (评分项). */
    @Schema(name = "ScoreSheetCriterion")
    public record Criterion(@Schema(maxLength = 40, pattern = "^[A-Z][A-Z0-9_]{0,39}$", example = "INDICATORS") String code,
                            @Schema(maxLength = 200, example = "循环化改造指标完成情况") String name,
                            @Schema(minimum = "1", maximum = "1000", example = "30") int maxPoints) {
    }

    /** A grade band (等级) by its lowest score. */
    @Schema(name = "ScoreSheetBand")
    public record Band(@Schema(maxLength = 20, example = "良好") String grade,
                       @Schema(minimum = "0", maximum = "1000", example = "80") BigDecimal minScore) {
    }

    public static ScoreSheetView of(ScoreSheet sheet, boolean inForce) {
        return new ScoreSheetView(sheet.version, sheet.name, sheet.totalPoints, sheet.passLine.stripTrailingZeros()
                .setScale(Math.max(0, sheet.passLine.stripTrailingZeros().scale())),
                sheet.criteria.stream().map(c -> new Criterion(c.code(), c.name(), c.maxPoints())).toList(),
                sheet.bands.stream().map(b -> new Band(b.grade(), plain(b.minScore()))).toList(),
                inForce, sheet.publishedBy, sheet.publishedAt);
    }

    static BigDecimal plain(double value) {
        BigDecimal stripped = BigDecimal.valueOf(value).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
