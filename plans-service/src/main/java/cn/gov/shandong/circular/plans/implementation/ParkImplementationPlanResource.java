package cn.gov.shandong.circular.plans.implementation;

import static cn.gov.shandong.circular.common.web.QueryParameters.blankToNull;

import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.plans.approval.web.VersionResponses;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.validation.constraints.Size;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A park's implementation plan as it stands (the approved version) and its history of versions. */
@Path("/api/v1/parks/{parkCode}/implementation-plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementation plans")
public class ParkImplementationPlanResource {

    @Inject
    ImplementationPlans plans;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getApprovedImplementationPlan",
            summary = "The park's approved implementation plan: the version in force",
            description = "Under the given programme, else under the latest programme with an approved plan. "
                    + "404 when there is none, or the park is outside the caller's scope.")
    @APIResponse(responseCode = "200", description = "The approved version; ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.Plan.class)))
    public Response approved(@PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode,
                             @Parameter(description = "e.g. 2018-2020") @QueryParam("programmeCode") @Size(max = 9)
                             @Pattern(regexp = "\\d{4}-\\d{4}", message = "must be a programme code such as 2018-2020")
                             String programmeCode) {
        PlanViews.Plan plan = plans.approved(parkCode, blankToNull(programmeCode));
        return VersionResponses.current(plan, plan.version());
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listImplementationPlanHistory",
            summary = "Every version of the park's implementation plan, oldest first",
            description = "Read one version with GET /api/v1/implementation-plans/{id}. 404 outside the scope.")
    public Page<PlanViews.Summary> history(@PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode,
                                           @Parameter(description = "e.g. 2018-2020") @QueryParam("programmeCode") @Size(max = 9)
                                           @Pattern(regexp = "\\d{4}-\\d{4}",
                                                   message = "must be a programme code such as 2018-2020")
                                           String programmeCode,
                                           @BeanParam @Valid PageRequest page) {
        return plans.history(parkCode, blankToNull(programmeCode), page.page, page.size);
    }
}
