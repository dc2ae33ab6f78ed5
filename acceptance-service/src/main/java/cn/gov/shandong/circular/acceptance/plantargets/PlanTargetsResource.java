package cn.gov.shandong.circular.acceptance.plantargets;

import cn.gov.shandong.circular.common.plantargets.ApprovedPlanTargets;
import cn.gov.shandong.circular.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The targets of a park's approved implementation plan, which its acceptance is judged against: read
 * only, kept from plans.events (plans-service is never asked).
 */
@Path("/api/v1/parks/{parkCode}/plan-targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan targets", description = "The approved implementation plans' targets, from plans.events")
public class PlanTargetsResource {

    @Inject
    ApprovedPlanTargets targets;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getParkPlanTargets",
            summary = "The targets of the park's approved implementation plan, per programme (newest approved revision)",
            description = "Each indicator's baseline and target with its unit, as plans-service announced them in "
                    + "plan.implementation-approved; a later approved revision replaces an earlier one. 404 when no "
                    + "approved plan has arrived, or the park is outside the caller's scope (a city officer sees the "
                    + "plans their city approved, a park manager their own park's).")
    @APIResponse(responseCode = "200", description = "The park's approved plans and their targets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanTargetsView.ParkPlanTargets.class)))
    public PlanTargetsView.ParkPlanTargets ofPark(
            @PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode,
            @Parameter(description = "Only this programme's plan, e.g. 2018-2020") @QueryParam("programmeCode") @Size(max = 9)
            @Pattern(regexp = "\\d{4}-\\d{4}", message = "must be a programme code such as 2018-2020") String programmeCode) {
        return PlanTargetsView.ParkPlanTargets.of(parkCode,
                targets.ofPark(parkCode, programmeCode == null || programmeCode.isBlank() ? null : programmeCode.trim()));
    }
}
