package cn.gov.shandong.circular.acceptance.spotcheck;

import static cn.gov.shandong.circular.common.web.QueryParameters.blankToNull;
import static cn.gov.shandong.circular.common.web.QueryParameters.optionalEnum;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Provincial spot checks (抽查) of filed acceptances: rounds, their verifiable draw, findings and the
 * revocation of filings. Roles come from {@code @RolesAllowed}; which rounds an expert may see and act
 * on, and which findings a city or park may read, from {@link SpotChecks}.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Spot checks", description = "The province draws spot-check rounds of filed parks; experts record findings")
public class SpotCheckResource {

    private static final String ROUND_CODE = "^[0-9]{4}-[0-9]{2}$";
    private static final String IF_MATCH_DESCRIPTION = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together";

    @Inject
    SpotChecks spotChecks;

    @POST
    @Path("/spot-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "drawSpotCheck", summary = "Create a spot-check round (抽查) and draw its sample with a recorded seed",
            description = "The population is every filed application matching the filter (levels, cities, filing years); "
                    + "the sample is its sampleSize parks, or ceil(population × sampleRate) and at least one, ranked by "
                    + "SHA-256 of '<seed>:<parkCode>' (docs/acceptance.md). The experts named are assigned to the round.")
    @APIResponse(responseCode = "201", description = "Drawn; Location names the round, ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpotCheckViews.Round.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (urn:circular-parks:problem:spot-check-exists), "
            + "or no filed application matches the filter (empty-population)")
    public Response draw(@NotNull @Valid SpotCheckRequests.Draw request) {
        SpotCheckViews.Round round = spotChecks.draw(request);
        return Response.created(URI.create("/api/v1/spot-checks/" + round.code()))
                .header(HttpHeaders.ETAG, EntityTags.of(round.version())).entity(round).build();
    }

    @GET
    @Path("/spot-checks")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.EXPERT, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(operationId = "listSpotChecks", summary = "List spot-check rounds, newest first (an expert: the rounds assigned to them)")
    public Page<SpotCheckViews.Round> list(
            @Parameter(description = "DRAWN, IN_PROGRESS or CLOSED", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"DRAWN", "IN_PROGRESS", "CLOSED"}, maxLength = 11)) @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        return spotChecks.list(optionalEnum(RoundStatus.class, "status", status), page.page, page.size);
    }

    @GET
    @Path("/spot-checks/{code}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.EXPERT, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(operationId = "getSpotCheck", summary = "One spot-check round with its population and sample (not found for an expert not assigned to it)")
    @APIResponse(responseCode = "200", description = "The round; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpotCheckViews.Round.class)))
    public Response get(@PathParam("code") @Parameter(description = "The round's code", example = "2020-01",
            schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = ROUND_CODE)) @Size(max = 7) String code) {
        SpotCheckViews.Round round = spotChecks.find(code);
        return Response.ok(round).header(HttpHeaders.ETAG, EntityTags.of(round.version())).build();
    }

    @GET
    @Path("/spot-checks/{code}/verification")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.EXPERT, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(operationId = "verifySpotCheck", summary = "Recompute the round's draw from its recorded population and seed",
            description = "Lists every park of the population with its SHA-256 rank, the recorded and the recomputed "
                    + "sample, and whether they are equal.")
    @APIResponse(responseCode = "200", description = "The recomputation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpotCheckViews.Verification.class)))
    public SpotCheckViews.Verification verify(@PathParam("code") @Parameter(description = "The round's code", example = "2020-01",
            schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = ROUND_CODE)) @Size(max = 7) String code) {
        return spotChecks.verify(code);
    }

    @POST
    @Path("/spot-checks/{code}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.EXPERT})
    @Operation(operationId = "recordSpotCheckFinding", summary = "Record what the spot check found about a sampled park: confirmed, rectification required, or revoked",
            description = "An expert assigned to the round or the province. REVOKED revokes the park's filing "
                    + "(acceptance.revoked); RECTIFICATION_REQUIRED needs a deadline. Reasons are always required.")
    @APIResponse(responseCode = "201", description = "Recorded; ETag is the finding's version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpotCheckViews.Finding.class)))
    @APIResponse(responseCode = "409", description = "The round is closed, the park has a finding already, or its filing no longer stands (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "422", description = "parkCode is not in the round's sample (urn:circular-parks:problem:unknown-reference)")
    public Response record(@PathParam("code") @Parameter(description = "The round's code", example = "2020-01",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = ROUND_CODE)) @Size(max = 7) String code,
                           @NotNull @Valid SpotCheckRequests.Finding request) {
        SpotCheckViews.Finding finding = spotChecks.record(code, request);
        return Response.status(Response.Status.CREATED).header(HttpHeaders.ETAG, EntityTags.of(finding.version()))
                .entity(finding).build();
    }

    @POST
    @Path("/spot-checks/{code}/findings/{parkCode}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.EXPERT})
    @Operation(operationId = "resolveSpotCheckFinding", summary = "End a required rectification: CONFIRMED (rectified) or REVOKED",
            description = "An expert assigned to the round or the province. REVOKED revokes the park's filing (acceptance.revoked).")
    @APIResponse(responseCode = "200", description = "Resolved; ETag is the finding's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpotCheckViews.Finding.class)))
    @APIResponse(responseCode = "409", description = "The finding requires no rectification, or the round is closed (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response resolve(@PathParam("code") @Parameter(description = "The round's code", example = "2020-01",
                                    schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = ROUND_CODE)) @Size(max = 7) String code,
                            @PathParam("parkCode") @Parameter(description = "The sampled park's code", example = "SDP022",
                                    schema = @Schema(type = SchemaType.STRING, maxLength = 20)) @Size(max = 20) String parkCode,
                            @NotNull @Valid SpotCheckRequests.Resolution request,
                            @Parameter(description = IF_MATCH_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SpotCheckViews.Finding finding = spotChecks.resolve(code, parkCode, request, EntityTags.expected(ifMatch));
        return Response.ok(finding).header(HttpHeaders.ETAG, EntityTags.of(finding.version())).build();
    }

    @POST
    @Path("/spot-checks/{code}/closure")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "closeSpotCheck", summary = "Close a round whose every sampled park has a final finding (confirmed or revoked)")
    @APIResponse(responseCode = "200", description = "Closed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpotCheckViews.Round.class)))
    @APIResponse(responseCode = "409", description = "A sampled park has no final finding, or the round is closed already (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response close(@PathParam("code") @Parameter(description = "The round's code", example = "2020-01",
                                  schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = ROUND_CODE)) @Size(max = 7) String code,
                          @Parameter(description = IF_MATCH_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"1\"")
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SpotCheckViews.Round round = spotChecks.close(code, EntityTags.expected(ifMatch));
        return Response.ok(round).header(HttpHeaders.ETAG, EntityTags.of(round.version())).build();
    }

    @GET
    @Path("/spot-check-findings")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listSpotCheckFindings", summary = "List spot-check findings within the caller's scope, newest first",
            description = "The province, auditors and other systems see all; an expert the findings of their rounds; "
                    + "a city officer those about their city's parks, a park manager those about their park.")
    public Page<SpotCheckViews.Finding> findings(
            @QueryParam("roundCode") @Parameter(description = "The round's code", example = "2020-01") @Size(max = 7) String roundCode,
            @QueryParam("parkCode") @Parameter(description = "The park's code", example = "SDP022") @Size(max = 20) String parkCode,
            @QueryParam("cityCode") @Parameter(description = "GB/T 2260 city code", example = "370600") @Size(max = 6)
            @Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String cityCode,
            @Parameter(description = "CONFIRMED, RECTIFICATION_REQUIRED or REVOKED", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"CONFIRMED", "RECTIFICATION_REQUIRED", "REVOKED"}, maxLength = 22)) @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        return spotChecks.findings(blankToNull(roundCode), blankToNull(parkCode), blankToNull(cityCode),
                optionalEnum(FindingStatus.class, "status", status), page.page, page.size);
    }
}
