package cn.gov.shandong.circular.common.plantargets;

import cn.gov.shandong.circular.events.Indicator;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One indicator's baseline and target in an approved plan, with the indicator's name and unit, as the services'
 * APIs show it (acceptance's {@code /parks/{parkCode}/plan-targets}, reporting's {@code /plan-targets}). Values come
 * without trailing zeros, in their units.
 */
@Schema(name = "ApprovedIndicatorTarget")
public record ApprovedIndicatorTarget(@Schema(example = "WATER_REUSE") Indicator indicator,
                                      @Schema(maxLength = 50, example = "水循环利用率") String name,
                                      @Schema(maxLength = 20, example = "%") String unit,
                                      IndicatorYearValue baseline,
                                      IndicatorYearValue target) {

    /** The target as stored (numeric(18,4)), named by its indicator. */
    static ApprovedIndicatorTarget of(Indicator indicator, String unit, int baselineYear, BigDecimal baselineValue,
                                      int targetYear, BigDecimal targetValue) {
        return new ApprovedIndicatorTarget(indicator, indicator.chineseName(), unit,
                new IndicatorYearValue(baselineYear, normal(baselineValue)),
                new IndicatorYearValue(targetYear, normal(targetValue)));
    }

    /** 92.0000 as 92, 18.6000 as 18.6 (and never 1E+2). */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
