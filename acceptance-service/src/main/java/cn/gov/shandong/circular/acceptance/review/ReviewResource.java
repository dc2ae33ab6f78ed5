package cn.gov.shandong.circular.acceptance.review;

import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The review (评审验收) of an application's current submission: the city opens it and names the expert
 * panel, each expert scores it; the decision is {@code POST /api/v1/applications/{id}/decision}.
 */
@Path("/api/v1/applications/{id}/review")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Acceptance reviews", description = "Expert panel reviews under the provincial 验收评价办法")
public class ReviewResource {

    private static final String ID_EXAMPLE = "3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f";
    private static final String IF_MATCH = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together";

    @Inject
    Reviews reviews;

    @POST
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "openReview", summary = "Open the review of a submitted application of the officer's city",
            description = "Freezes the score sheet in force on the review. The application is UNDER_REVIEW from now on. "
                    + "If-Match takes the application's ETag.")
    @APIResponse(responseCode = "201", description = "Opened; Location names the review, ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = "The application is not awaiting review (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response open(@PathParam("id") @Parameter(description = "The application's id", example = ID_EXAMPLE) UUID id,
                         @Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ReviewView review = reviews.open(id, EntityTags.expected(ifMatch));
        return Response.created(URI.create("/api/v1/applications/" + id + "/review"))
                .header(HttpHeaders.ETAG, EntityTags.of(review.version())).entity(review).build();
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getReview", summary = "The review of the application's current submission",
            description = "The city and province-wide readers see every expert's points; an expert on the panel their own; "
                    + "the park the panel's result. Each indicator's achieved value is shown against its target: met or not.")
    @APIResponse(responseCode = "200", description = "The review; ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    public Response get(@PathParam("id") @Parameter(description = "The application's id", example = ID_EXAMPLE) UUID id) {
        return current(reviews.find(id));
    }

    @PUT
    @Path("/panel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "assignReviewPanel", summary = "Name or change the expert panel of the open review",
            description = "At least three active experts of the roster, each once. Experts dropped from the panel lose "
                    + "their scoring. If-Match takes the review's ETag.")
    @APIResponse(responseCode = "200", description = "Assigned; ETag is the review's new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = "The review is not open (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    @APIResponse(responseCode = "422", description = "An expert is not an active expert of the roster (urn:circular-parks:problem:unknown-reference)")
    public Response assignPanel(@PathParam("id") @Parameter(description = "The application's id", example = ID_EXAMPLE) UUID id,
                                @NotNull @Valid PanelRequest request,
                                @Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(reviews.assignPanel(id, request, EntityTags.expected(ifMatch)));
    }

    @PUT
    @Path("/scores/{expert}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "scoreReview", summary = "An expert of the panel scores every criterion of the review's score sheet",
            description = "Only the expert named in the path, on the panel, while the review is open; scoring again replaces "
                    + "the earlier scoring.")
    @APIResponse(responseCode = "200", description = "Scored; ETag is the review's new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = "The review is not open (urn:circular-parks:problem:illegal-transition)")
    public Response score(@PathParam("id") @Parameter(description = "The application's id", example = ID_EXAMPLE) UUID id,
                          @PathParam("expert") @Size(max = 200) @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,199}", message = "must be a user name such as expert.zhang")
                          @Parameter(description = "The expert's user name: the caller's own", example = "expert.zhang") String expert,
                          @NotNull @Valid ScoringRequest request) {
        return current(reviews.score(id, expert, request));
    }

    private static Response current(ReviewView review) {
        return Response.ok(review).header(HttpHeaders.ETAG, EntityTags.of(review.version())).build();
    }
}
