package cn.gov.shandong.circular.acceptance.plantargets;

import cn.gov.shandong.circular.common.plantargets.ApprovedIndicatorTarget;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The approved targets of a park as the API shows them. Each target is platform-common's
 * {@link ApprovedIndicatorTarget}: values without trailing zeros, in their units.
 */
public final class PlanTargetsView {

    private PlanTargetsView() {
    }

    /** A park's approved implementation plans, one per programme. */
    @Schema(name = "ParkPlanTargets")
    public record ParkPlanTargets(@Schema(maxLength = 20, example = "SDP001") String parkCode,
                                  @Schema(maxItems = 100) List<ApprovedPlan> plans) {

        static ParkPlanTargets of(String parkCode, List<cn.gov.shandong.circular.common.plantargets.ApprovedPlan> plans) {
            return new ParkPlanTargets(parkCode, plans.stream().map(ApprovedPlan::of).toList());
        }
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
                               @Schema(maxItems = 20) List<ApprovedIndicatorTarget> targets,
                               @Schema(maxItems = 200, description = "The plan's projects, whose completion the park reports when it applies")
                               List<Project> projects) {

        static ApprovedPlan of(cn.gov.shandong.circular.common.plantargets.ApprovedPlan plan) {
            return new ApprovedPlan(plan.programmeCode(), plan.cityCode(), plan.planId(), plan.revision(),
                    plan.approvedAt(), plan.targets(),
                    plan.projects().stream().map(p -> new Project(p.projectId(), p.name())).toList());
        }
    }

    /** A project of the approved plan. */
    @Schema(name = "ApprovedPlanProject")
    public record Project(@Schema(description = "The project, stable across the plan's versions",
                                  example = "3c5e7a9b-2d4f-4a6c-8e0a-4c6e8a0c2e42") UUID projectId,
                          @Schema(maxLength = 200, example = "园区中水回用工程") String name) {
    }
}
