package cn.gov.shandong.circular.acceptance.application;

import static cn.gov.shandong.circular.common.web.QueryParameters.blankToNull;
import static cn.gov.shandong.circular.common.web.QueryParameters.optionalEnum;
import cn.gov.shandong.circular.acceptance.review.Reviews;
import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.common.idempotency.IdempotencyKeys;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.CreatedAnswers;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.events.ParkLevel;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Acceptance applications (验收申请) and their review (评审验收) and filing (备案). The role comes from
 * {@code @RolesAllowed}; the data-level scope (the officer's city, the manager's park) from
 * {@link AcceptanceApplications}. Writes accept {@code If-Match} with the ETag of a read.
 */
@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Acceptance applications", description = "Park applies, city reviews, province files")
public class ApplicationResource {

    private static final String BASE = "/api/v1/applications/";

    @Inject
    AcceptanceApplications applications;

    @Inject
    Reviews reviews;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARK_MANAGER)
    @Operation(operationId = "applyForAcceptance", summary = "Apply for acceptance of the caller's own park (验收申请), with what it achieved",
            description = "The park must have an approved implementation plan: the application reports the achieved value of "
                    + "every indicator the plan targets (in its unit: a percentage 0-100, an amount at least 0) and the "
                    + "completion of every project of the plan (GET /api/v1/parks/{parkCode}/plan-targets lists both). "
                    + "One open application per park. Send an Idempotency-Key to retry safely: the same key "
                    + "and body return the first result, the same key with another body is refused.")
    @APIResponse(responseCode = "201", description = "Applied; Location names the application, ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key and body: the first result (Idempotent-Replayed: true)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "The park has no approved implementation plan (urn:circular-parks:problem:no-approved-plan), "
            + "has an open application (open-application-exists), or the Idempotency-Key was used with another body (idempotency-key-reused) or is still in use (idempotency-key-in-use)")
    @APIResponse(responseCode = "422", description = "parkCode names a park the service does not know, or the achievements or projects "
            + "do not match the approved plan: an indicator or project missing, extra or twice, another unit, a value out of range "
            + "(urn:circular-parks:problem:unknown-reference)")
    public Response apply(@NotNull @Valid ApplyRequest request,
                          @Parameter(in = ParameterIn.HEADER, description = "Makes a retried create safe",
                                  schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9._:-]{1,200}$"),
                                  example = "apply-SDP001-2026-01-05")
                          @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Created<ApplicationView> applied = applications.apply(request, idempotencyKey);
        return CreatedAnswers.created(applied, URI.create(BASE + applied.view().id()), applied.view().version());
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "decideApplication", summary = "Decide the review of an application of the officer's city: pass, fail or return it",
            description = "PASSED and FAILED need every panel expert's scoring (a panel of at least three); PASSED needs the "
                    + "panel score at or above the pass line of the review's score sheet; FAILED and RETURNED need reasons. "
                    + "A submitted application may be RETURNED before its review opens (incomplete material).")
    @APIResponse(responseCode = "200", description = "Decided; ETag is the new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "The application is not under review (urn:circular-parks:problem:illegal-transition), "
            + "not every panel expert has scored (panel-incomplete), or the panel score is below the pass line (below-pass-line)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response decide(@PathParam("id") @Parameter(description = "The application's id", example = "3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f") UUID id, @NotNull @Valid DecisionRequest request,
                           @Parameter(description = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"1\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(reviews.decide(id, request.outcome(), request.reasons(), EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/resubmission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARK_MANAGER)
    @Operation(operationId = "resubmitApplication", summary = "Resubmit the park's returned application with a revised summary (and corrected evidence)",
            description = "Corrected achievements and projects are checked against the approved plan as when applying; "
                    + "send both or neither. The resubmission gets a new review.")
    @APIResponse(responseCode = "200", description = "Resubmitted; ETag is the new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "The application was not returned for revision (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response resubmit(@PathParam("id") @Parameter(description = "The application's id", example = "3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f") UUID id, @NotNull @Valid ResubmissionRequest request,
                           @Parameter(description = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(applications.resubmit(id, request, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/filing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "fileApplication", summary = "File a passed application with the province (备案): the completed acceptance, with its filing number",
            description = "The filing number 鲁园循备〔YYYY〕第N号 counts the filings of the year (Asia/Shanghai) from 1, without gaps. "
                    + "The body with remarks is optional.")
    @APIResponse(responseCode = "200", description = "Filed; ETag is the new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "The application has not passed review, or is filed already (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response file(@PathParam("id") @Parameter(description = "The application's id", example = "3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f") UUID id, @Valid FilingRequest request,
                           @Parameter(description = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(applications.file(id, request, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/filing-return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "returnFilingToCity", summary = "Send a passed application back to the city's review instead of filing it, with reasons",
            description = "The application is under review again; the city decides anew (its panel's scores stand).")
    @APIResponse(responseCode = "200", description = "Returned to the city; ETag is the new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "The application has not passed review, or is filed already (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response returnToCity(@PathParam("id") @Parameter(description = "The application's id", example = "3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f") UUID id,
                                 @NotNull @Valid FilingReturnRequest request,
                                 @Parameter(description = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                         schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"2\"")
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(applications.returnToCity(id, request, EntityTags.expected(ifMatch)));
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listApplications", summary = "List applications within the caller's scope, newest first",
            description = "Province-wide readers see all, a city officer their city, a park manager their park, an expert "
                    + "the applications whose current review has them on its panel; filters narrow that further.")
    public Page<ApplicationView> list(
            @QueryParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode,
            @QueryParam("cityCode") @Parameter(description = "GB/T 2260 city code", example = "370100") @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String cityCode,
            @Parameter(description = "SUBMITTED, UNDER_REVIEW, RETURNED, PASSED, FAILED, FILED or REVOKED", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"SUBMITTED", "UNDER_REVIEW", "RETURNED", "PASSED", "FAILED", "FILED", "REVOKED"}, maxLength = 12)) @QueryParam("status") String status,
            @Parameter(description = "NATIONAL or PROVINCIAL", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"NATIONAL", "PROVINCIAL"}, maxLength = 10)) @QueryParam("level") String level,
            @BeanParam @Valid PageRequest page) {
        return applications.list(blankToNull(parkCode), blankToNull(cityCode),
                optionalEnum(ApplicationStatus.class, "status", status), optionalEnum(ParkLevel.class, "level", level),
                page.page, page.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getApplication", summary = "One application (not found outside the caller's scope)")
    @APIResponse(responseCode = "200", description = "The application; ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    public Response get(@PathParam("id") @Parameter(description = "The application's id", example = "3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f") UUID id) {
        return current(applications.find(id));
    }

    private static Response current(ApplicationView view) {
        return Response.ok(view).header(HttpHeaders.ETAG, EntityTags.of(view.version())).build();
    }
}
