package cn.gov.shandong.circular.plans.promotion;

import static cn.gov.shandong.circular.common.web.QueryParameters.blankToNull;
import static cn.gov.shandong.circular.common.web.QueryParameters.optionalEnum;
import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.common.idempotency.IdempotencyKeys;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.CreatedAnswers;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.common.web.Problems;
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
import java.util.List;
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
 * Cities' yearly promotion plans (推进计划): a city officer keeps their city's plan, the province acknowledges
 * or returns it, province-wide roles read all (park managers and experts have no access: docs/authorisation.md).
 * The role comes from {@code @RolesAllowed}, the city scope from {@link PromotionPlans}. Writes accept
 * {@code If-Match} with a read's ETag; creates accept {@code Idempotency-Key}.
 */
@Path("/api/v1/promotion-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Promotion plans", description = "Cities' yearly promotion plans (推进计划): the parks a city transforms "
        + "that year, their main contents and milestones; kept by the city, acknowledged by the province; versions are kept")
public class PromotionPlanResource {

    static final String BASE = "/api/v1/promotion-plans/";

    @Inject
    PromotionPlans plans;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "createPromotionPlan",
            summary = "Draft the caller's city's promotion plan for a year (version 1)",
            description = "One plan per city and year, for a year an active programme covers. Each park must be one "
                    + "of the city's parks scheduled that year by an active programme (candidate-parks lists them); "
                    + "each milestone's date lies within the year. Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "draft", value = PromotionExamples.DRAFT)))
    @APIResponse(responseCode = "201", description = "Drafted (or, with a repeated Idempotency-Key and body, the first result with Idempotent-Replayed: true); Location names the version, ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromotionViews.Plan.class)))
    @APIResponse(responseCode = "409", description = "The city has a plan for the year already (urn:circular-parks:problem:promotion-plan-exists), or the Idempotency-Key was used for another request (urn:circular-parks:problem:idempotency-key-reused)")
    @APIResponse(responseCode = "422", description = "No active programme covers the year, a park is not on the city's list for the year, or a milestone id is unknown (urn:circular-parks:problem:unknown-reference, field names the path)")
    public Response create(@NotNull PromotionRequests.Draft request,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retried create safe",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9._:-]{1,200}$"),
                                   example = "promotion-370100-2020")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return created(plans.create(request, idempotencyKey));
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(operationId = "listPromotionPlans",
            summary = "List the versions of promotion plans within the caller's scope, newest first",
            description = "Province-wide roles see all, a city officer their city; a cityCode of another city is 403. "
                    + "Each version comes with its number of parks and of late milestones (not done, date before today).")
    public Page<PromotionViews.Summary> list(
            @QueryParam("cityCode") @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String cityCode,
            @Parameter(description = "The plan's year, 2000-2100", example = "2020",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 4, pattern = "^[0-9]{4}$"))
            @QueryParam("year") String year,
            @Parameter(description = "DRAFT, SUBMITTED, RETURNED, ACKNOWLEDGED or SUPERSEDED (any case)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 12)) @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        return plans.list(blankToNull(cityCode),
                YearParameter.parse(year, false, PromotionRequests.YEAR_MIN, PromotionRequests.YEAR_MAX),
                optionalEnum(PromotionPlanStatus.class, "status", status), page.page, page.size);
    }

    @GET
    @Path("/candidate-parks")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(operationId = "listPromotionCandidateParks",
            summary = "The parks a city may put in its promotion plan for a year (to prefill a plan)",
            description = "The city's parks (by the local park directory) scheduled in the year by an active programme. "
                    + "A city officer may leave cityCode out (their city); another city is 403.")
    @APIResponse(responseCode = "200", description = "The parks, by park code", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000, implementation = PromotionViews.Candidate.class)))
    public List<PromotionViews.Candidate> candidates(
            @QueryParam("cityCode") @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String cityCode,
            @Parameter(description = "The plan's year, 2000-2100 (required)", example = "2020", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 4, pattern = "^[0-9]{4}$"))
            @QueryParam("year") String year) {
        return plans.candidates(blankToNull(cityCode), YearParameter.parse(year, true, PromotionRequests.YEAR_MIN,
                PromotionRequests.YEAR_MAX));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(operationId = "getPromotionPlan",
            summary = "One version of a city's promotion plan with its parks and milestones, late ones marked (not found outside the scope)")
    @APIResponse(responseCode = "200", description = "The version; ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromotionViews.Plan.class)))
    public Response get(@PathParam("id") UUID id) {
        return current(plans.find(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "updatePromotionPlan",
            summary = "Replace the parks and milestones of a draft or returned version",
            description = "An acknowledged version is never edited: open a new version (POST .../revisions). Keep a "
                    + "milestone of an earlier version by sending its id, so the versions can be compared and a "
                    + "milestone done stays done.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "content", value = PromotionExamples.CONTENT)))
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromotionViews.Plan.class)))
    @APIResponse(responseCode = "409", description = "The version is not a draft or returned (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    @APIResponse(responseCode = "422", description = "A park not on the city's list for the year, or a milestone id that is not one of the park's in this plan (urn:circular-parks:problem:unknown-reference)")
    public Response update(@PathParam("id") UUID id, @NotNull PromotionRequests.Content request,
                           @Parameter(description = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(plans.update(id, request, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "submitPromotionPlan",
            summary = "Submit a draft or returned version to the province",
            description = "At least one park, and at least one milestone per park: 422 incomplete-plan otherwise.")
    @APIResponse(responseCode = "200", description = "Submitted; ETag is the new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromotionViews.Plan.class)))
    @APIResponse(responseCode = "409", description = "The version is not a draft or returned (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    @APIResponse(responseCode = "422", description = "No park, or a park without milestones (urn:circular-parks:problem:incomplete-plan, violations list them); or a park no longer scheduled that year (urn:circular-parks:problem:unknown-reference)")
    public Response submit(@PathParam("id") UUID id,
                           @Parameter(description = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(plans.submit(id, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "decidePromotionPlan",
            summary = "Acknowledge a submitted version of a city's plan, or return it with comments",
            description = "Acknowledging makes the version the city's plan in force for the year and supersedes the "
                    + "earlier acknowledged one (kept as history).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "return", value = PromotionExamples.RETURN),
            @ExampleObject(name = "acknowledge", value = PromotionExamples.ACKNOWLEDGE)}))
    @APIResponse(responseCode = "200", description = "Acknowledged or returned; ETag is the new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromotionViews.Plan.class)))
    @APIResponse(responseCode = "409", description = "The version is not submitted (urn:circular-parks:problem:illegal-transition), or another decision came first (urn:circular-parks:problem:promotion-plan-changed)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response decide(@PathParam("id") UUID id, @NotNull PromotionRequests.Decision request,
                           @Parameter(description = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(plans.decide(id, request, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/revisions")
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "revisePromotionPlan",
            summary = "Open a new version of the acknowledged plan: a draft copy of it",
            description = "The acknowledged version stays in force until the new one is acknowledged. Send an "
                    + "Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "The new draft version (or, with a repeated Idempotency-Key, the first result with Idempotent-Replayed: true)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromotionViews.Plan.class)))
    @APIResponse(responseCode = "409", description = "The version is not the acknowledged one (urn:circular-parks:problem:illegal-transition), a version is already on its way (urn:circular-parks:problem:open-promotion-plan-exists), or the Idempotency-Key was used for another request")
    public Response revise(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retried create safe",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9._:-]{1,200}$"),
                                   example = "promotion-370100-2020-2")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return created(plans.revise(id, idempotencyKey));
    }

    @GET
    @Path("/{id}/comparison")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(operationId = "comparePromotionPlanVersions",
            summary = "What changed from another version of the same city's plan for the year to this one",
            description = "Parks added and removed; per park in both, its contents and its milestones added, removed "
                    + "and changed (matched by milestone id). Milestones done are not plan changes.")
    @APIResponse(responseCode = "200", description = "The changes", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromotionViews.Comparison.class)))
    @APIResponse(responseCode = "422", description = "from is not a version of the same city's plan for the same year (urn:circular-parks:problem:unknown-reference)")
    public PromotionViews.Comparison compare(@PathParam("id") UUID id,
                                             @Parameter(description = "The earlier version's id; by default the version numbered one less",
                                                     example = "2b4d6f8a-0c2e-4b4d-8f6a-0c2e4b6d8f53",
                                                     schema = @Schema(type = SchemaType.STRING, maxLength = 36, format = "uuid"))
                                             @QueryParam("from") String from) {
        return plans.compare(id, parseId("from", from));
    }

    @POST
    @Path("/{id}/milestones/{milestoneId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "completePromotionMilestone",
            summary = "Record a milestone of the city's plan in force (the acknowledged version) as done",
            description = "An operational update, not a change of the plan: the version stays the same version "
                    + "(its ETag moves on). A version on its way that holds the milestone is marked alike.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "done", value = PromotionExamples.COMPLETION)))
    @APIResponse(responseCode = "200", description = "Recorded; ETag is the new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromotionViews.Plan.class)))
    @APIResponse(responseCode = "409", description = "The version is not the acknowledged one, or the milestone is done already (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response completeMilestone(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
                                      @NotNull PromotionRequests.Completion request,
                                      @Parameter(description = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                              schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"2\"")
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(plans.completeMilestone(id, milestoneId, request, EntityTags.expected(ifMatch)));
    }

    private static Response created(Created<PromotionViews.Plan> created) {
        return CreatedAnswers.created(created, URI.create(BASE + created.id()), created.view().version());
    }

    private static Response current(PromotionViews.Plan view) {
        return VersionResponses.current(view, view.version());
    }

    /** Parsed here rather than by JAX-RS, which answers an unconvertible query parameter with 404. */
    private static UUID parseId(String name, String value) {
        String id = blankToNull(value);
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(name, name + " must be a version's id (a UUID), not " + value);
        }
    }
}
