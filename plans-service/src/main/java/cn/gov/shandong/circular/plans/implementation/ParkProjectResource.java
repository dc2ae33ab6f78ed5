package cn.gov.shandong.circular.plans.implementation;

import cn.gov.shandong.circular.common.idempotency.IdempotencyKeys;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.CreatedAnswers;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The projects of a park's approved implementation plan and their progress (定期调度). */
@Path("/api/v1/parks/{parkCode}/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementation plans")
public class ParkProjectResource {

    @Inject
    ImplementationPlans plans;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listParkProjects",
            summary = "The projects of the park's approved implementation plan, each with its latest progress",
            description = "404 when the park is unknown or outside the caller's scope.")
    public Page<PlanViews.ParkProject> list(@PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode, @BeanParam @Valid PageRequest page) {
        return plans.projects(parkCode, page.page, page.size);
    }

    @POST
    @Path("/{projectId}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARK_MANAGER)
    @Operation(operationId = "recordProjectProgress",
            summary = "Record the dated progress of a project of the caller's park's approved plan",
            description = "Reports are kept as history, never changed. Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "progress", value = PlanExamples.PROGRESS)))
    @APIResponse(responseCode = "201", description = "Recorded (or, with a repeated Idempotency-Key and body, the first result with Idempotent-Replayed: true)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.Progress.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another request (urn:circular-parks:problem:idempotency-key-reused)")
    public Response record(@PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode, @PathParam("projectId") UUID projectId,
                           @NotNull PlanRequests.Progress request,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retried create safe",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9._:-]{1,200}$"),
                                   example = "plan-SDP001-1")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return CreatedAnswers.created(plans.recordProgress(parkCode, projectId, request, idempotencyKey),
                URI.create("/api/v1/parks/" + parkCode + "/projects/" + projectId + "/progress"));
    }

    @GET
    @Path("/{projectId}/progress")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listProjectProgress", summary = "A project's progress reports, newest first")
    public Page<PlanViews.Progress> history(@PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode,
                                            @PathParam("projectId") UUID projectId,
                                            @BeanParam @Valid PageRequest page) {
        return plans.progressHistory(parkCode, projectId, page.page, page.size);
    }
}
