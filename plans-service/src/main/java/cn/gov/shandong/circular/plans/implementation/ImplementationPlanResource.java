package cn.gov.shandong.circular.plans.implementation;

import static cn.gov.shandong.circular.common.web.QueryParameters.blankToNull;
import static cn.gov.shandong.circular.common.web.QueryParameters.optionalEnum;
import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.common.idempotency.IdempotencyKeys;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.CreatedAnswers;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.plans.approval.web.VersionResponses;
import cn.gov.shandong.circular.plans.approval.web.YearParameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

/**
 * Park implementation plans (实施方案): the park's manager drafts and submits, an officer of the park's
 * city approves or returns, everyone in scope reads. The role comes from {@code @RolesAllowed}, the
 * data-level scope from {@link ImplementationPlans}. Writes accept {@code If-Match} with a read's ETag;
 * creates accept {@code Idempotency-Key}.
 */
@Path("/api/v1/implementation-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementation plans", description = "Park implementation plans (实施方案): targets and projects, "
        + "drafted by the park, approved by its city; versions are kept")
public class ImplementationPlanResource {

    static final String BASE = "/api/v1/implementation-plans/";

    @Inject
    ImplementationPlans plans;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARK_MANAGER)
    @Operation(operationId = "createImplementationPlan",
            summary = "Draft the implementation plan of the caller's own park under a programme (version 1)",
            description = "One plan per park and programme; the park must be scheduled in the programme and each "
                    + "target year lie within its years. Targets that go the wrong way come back as warnings. "
                    + "Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "draft", value = PlanExamples.DRAFT)))
    @APIResponse(responseCode = "201", description = "Drafted (or, with a repeated Idempotency-Key and body, the first result with Idempotent-Replayed: true); Location names the version, ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.Plan.class)))
    @APIResponse(responseCode = "409", description = "The park has a plan under the programme already (urn:circular-parks:problem:implementation-plan-exists), or the Idempotency-Key was used for another request (urn:circular-parks:problem:idempotency-key-reused)")
    @APIResponse(responseCode = "422", description = "parkCode, programmeCode or a project id names something unknown, or the park is not scheduled in the programme (urn:circular-parks:problem:unknown-reference)")
    public Response create(@NotNull PlanRequests.Draft request,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retried create safe",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9._:-]{1,200}$"),
                                   example = "plan-SDP001-1")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return created(plans.create(request, idempotencyKey));
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listImplementationPlans",
            summary = "List the versions of implementation plans within the caller's scope, newest first",
            description = "Province-wide roles see all, a city officer their city, a park manager their park; a "
                    + "filter naming another city or park is 403. `year` is the park's scheduled completion year "
                    + "under the plan's programme.")
    public Page<PlanViews.Summary> list(
            @QueryParam("cityCode") @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String cityCode,
            @QueryParam("parkCode") @Size(max = 20) String parkCode,
            @QueryParam("programmeCode") @Size(max = 9) @Pattern(regexp = "\\d{4}-\\d{4}", message = "must be a programme code "
                    + "such as 2018-2020") String programmeCode,
            @Parameter(description = "Scheduled completion year, 2000-2100", example = "2020",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 4, pattern = "^[0-9]{4}$"))
            @QueryParam("year") String year,
            @Parameter(description = "DRAFT, SUBMITTED, RETURNED, APPROVED or SUPERSEDED (any case)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 10)) @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        return plans.list(blankToNull(cityCode), blankToNull(parkCode), blankToNull(programmeCode),
                YearParameter.parse(year, false, PlanRequests.YEAR_MIN, PlanRequests.YEAR_MAX),
                optionalEnum(PlanStatus.class, "status", status), page.page, page.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getImplementationPlan",
            summary = "One version of a plan with its targets, projects and warnings (not found outside the scope)")
    @APIResponse(responseCode = "200", description = "The version; ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.Plan.class)))
    public Response get(@PathParam("id") UUID id) {
        return current(plans.find(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARK_MANAGER)
    @Operation(operationId = "updateImplementationPlan",
            summary = "Replace the targets and projects of a draft or returned version",
            description = "An approved version is never edited: revise it (POST .../revisions). Keep a project "
                    + "of an earlier version by sending its id, so its progress history stays with it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "content", value = PlanExamples.CONTENT)))
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.Plan.class)))
    @APIResponse(responseCode = "409", description = "The version is not a draft or returned (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    @APIResponse(responseCode = "422", description = "A project id that is not a project of this park's plan (urn:circular-parks:problem:unknown-reference)")
    public Response update(@PathParam("id") UUID id, @NotNull PlanRequests.Content request,
                           @Parameter(description = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(plans.update(id, request, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed(Roles.PARK_MANAGER)
    @Operation(operationId = "submitImplementationPlan",
            summary = "Submit a draft or returned version to the park's city for approval",
            description = "The four core indicators (RESOURCE_PRODUCTIVITY, LAND_PRODUCTIVITY, "
                    + "SOLID_WASTE_UTILISATION, WATER_REUSE) are required: 422 incomplete-plan otherwise.")
    @APIResponse(responseCode = "200", description = "Submitted; ETag is the new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.Plan.class)))
    @APIResponse(responseCode = "409", description = "The version is not a draft or returned (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    @APIResponse(responseCode = "422", description = "A core indicator has no target (urn:circular-parks:problem:incomplete-plan, violations list them)")
    public Response submit(@PathParam("id") UUID id, @Parameter(description = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(plans.submit(id, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "decideImplementationPlan",
            summary = "Approve a submitted version of the officer's city, or return it with reasons",
            description = "Approving supersedes the park's earlier approved version (kept as history).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "return", value = PlanExamples.RETURN),
            @ExampleObject(name = "approve", value = PlanExamples.APPROVE)}))
    @APIResponse(responseCode = "200", description = "Approved or returned; ETag is the new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.Plan.class)))
    @APIResponse(responseCode = "409", description = "The version is not submitted (urn:circular-parks:problem:illegal-transition), or another decision came first (urn:circular-parks:problem:implementation-plan-changed)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response decide(@PathParam("id") UUID id, @NotNull PlanRequests.Decision request,
                           @Parameter(description = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(plans.decide(id, request, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/revisions")
    @RolesAllowed(Roles.PARK_MANAGER)
    @Operation(operationId = "reviseImplementationPlan",
            summary = "Start a revision of an approved version: a new draft version, a copy of it",
            description = "The approved version stays in force until the revision is approved. Send an "
                    + "Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "The revision, a new draft version (or, with a repeated Idempotency-Key, the first result with Idempotent-Replayed: true)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanViews.Plan.class)))
    @APIResponse(responseCode = "409", description = "The version is not the approved one (urn:circular-parks:problem:illegal-transition), a version is already on its way (urn:circular-parks:problem:open-implementation-plan-exists), or the Idempotency-Key was used for another request")
    public Response revise(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retried create safe",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9._:-]{1,200}$"),
                                   example = "plan-SDP001-1")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return created(plans.revise(id, idempotencyKey));
    }

    private static Response created(Created<PlanViews.Plan> created) {
        return CreatedAnswers.created(created, URI.create(BASE + created.id()), created.view().version());
    }

    private static Response current(PlanViews.Plan view) {
        return VersionResponses.current(view, view.version());
    }
}
