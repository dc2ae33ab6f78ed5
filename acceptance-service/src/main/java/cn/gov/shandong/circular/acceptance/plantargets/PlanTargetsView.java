package cn.gov.shandong.circular.acceptance.plantargets;

import cn.gov.shandong.circular.events.Indicator;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The approved targets of a park as the API shows them. Values come without trailing zeros, in their units. */
public final class PlanTargetsView {

    private PlanTargetsView() {
    }

    /** A park's approved implementation plans, one per programme. */
    @Schema(name = "ParkPlanTargets")
    public record ParkPlanTargets(@Schema(maxLength = 20, example = "SDP001") String parkCode,
                                  @Schema(maxItems = 100) List<ApprovedPlan> plans) {
    }

    /** The newest approved version of the park's plan under one programme, and its targets. */
    @Schema(name = "ApprovedPlanTargets")
    public record ApprovedPlan(@Schema(maxLength = 9, pattern = "^[0-9]{4}-[0-9]{4}$", example = "2018-2020") String programmeCode,
                               @Schema(maxLength = 6, pattern = "^[0-9]{6}$", description = "The city that approved it",
                                       example = "370100") String cityCode,
                               @Schema(description = "plans-service's id of the approved version",
                                       example = "7a2c4e6f-1b3d-4f5a-9c7e-2d4f6a8c0e31") UUID planId,
                               @Schema(description = "Version number of the park's plan under the programme",
                                       minimum = "1", maximum = "2147483647", example = "1") int revision,
                               @Schema(description = "When the city approved it (the event's time)",
                                       example = "2018-06-15T10:30:00Z") OffsetDateTime approvedAt,
                               @Schema(maxItems = 20) List<Target> targets,
                               @Schema(maxItems = 200, description = "The plan's projects, whose completion the park reports when it applies")
                               List<Project> projects) {
    }

    /** A project of the approved plan. */
    @Schema(name = "ApprovedPlanProject")
    public record Project(@Schema(description = "The project, stable across the plan's versions",
                                  example = "3c5e7a9b-2d4f-4a6c-8e0a-4c6e8a0c2e42") UUID projectId,
                          @Schema(maxLength = 200, example = "园区中水回用工程") String name) {
    }

    /** One indicator's baseline and target, with the indicator's name and unit. */
    @Schema(name = "ApprovedIndicatorTarget")
    public record Target(@Schema(example = "WATER_REUSE") Indicator indicator,
                         @Schema(maxLength = 50, example = "水循环利用率") String name,
                         @Schema(maxLength = 20, example = "%") String unit,
                         YearValue baseline,
                         YearValue target) {

        static Target of(Indicator indicator, String unit, int baselineYear, BigDecimal baselineValue, int targetYear,
                         BigDecimal targetValue) {
            return new Target(indicator, indicator.chineseName(), unit, new YearValue(baselineYear, normal(baselineValue)),
                    new YearValue(targetYear, normal(targetValue)));
        }
    }

    /** A value of an indicator in a year. */
    @Schema(name = "IndicatorYearValue")
    public record YearValue(@Schema(minimum = "2000", maximum = "2100", example = "2020") int year,
                            @Schema(minimum = "0", example = "92") BigDecimal value) {
    }

    /** 92.0000 as 92, 18.6000 as 18.6 (and never 1E+2). */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
