package cn.gov.shandong.circular.reporting.plantargets;

import cn.gov.shandong.circular.common.plantargets.ApprovedIndicatorTarget;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The approved targets as the report shows them. Each target is platform-common's {@link ApprovedIndicatorTarget}:
 * values without trailing zeros, in their units.
 */
public final class PlanTargetsView {

    private PlanTargetsView() {
    }

    /** The newest approved version of one park's plan under one programme, and its targets. */
    @Schema(name = "ApprovedPlanTargets")
    public record ApprovedPlan(@Schema(maxLength = 9, pattern = "^[0-9]{4}-[0-9]{4}$", example = "2018-2020") String programmeCode,
                               @Schema(maxLength = 20, example = "SDP001") String parkCode,
                               @Schema(nullable = true, maxLength = 200, description = "null until the park's registration has arrived",
                                       example = "明水经济技术开发区") String parkName,
                               @Schema(maxLength = 6, pattern = "^[0-9]{6}$", description = "The city that approved it",
                                       example = "370100") String cityCode,
                               @Schema(description = "plans-service's id of the approved version",
                                       example = "7a2c4e6f-1b3d-4f5a-9c7e-2d4f6a8c0e31") UUID planId,
                               @Schema(description = "Version number of the park's plan under the programme",
                                       minimum = "1", maximum = "2147483647", example = "1") int revision,
                               @Schema(description = "When the city approved it (the event's time)",
                                       example = "2018-06-15T10:30:00Z") OffsetDateTime approvedAt,
                               @Schema(maxItems = 20) List<ApprovedIndicatorTarget> targets) {

        /** The plan with the park's name, or null when its registration has not arrived. */
        static ApprovedPlan of(cn.gov.shandong.circular.common.plantargets.ApprovedPlan plan, String parkName) {
            return new ApprovedPlan(plan.programmeCode(), plan.parkCode(), parkName, plan.cityCode(), plan.planId(),
                    plan.revision(), plan.approvedAt(), plan.targets());
        }
    }
}
