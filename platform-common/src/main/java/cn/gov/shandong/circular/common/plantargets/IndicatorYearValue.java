package cn.gov.shandong.circular.common.plantargets;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value of an indicator in a year (a plan's baseline or target). */
@Schema(name = "IndicatorYearValue")
public record IndicatorYearValue(@Schema(minimum = "2000", maximum = "2100", example = "2020") int year,
                                 @Schema(minimum = "0", example = "92") BigDecimal value) {
}
