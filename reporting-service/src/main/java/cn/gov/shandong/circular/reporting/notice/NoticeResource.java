package cn.gov.shandong.circular.reporting.notice;

import static cn.gov.shandong.circular.common.web.QueryParameters.blankToNull;

import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.common.idempotency.IdempotencyKeys;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.CreatedAnswers;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.common.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** The province's notices (通报) on overdue parks (issue 9, item 3; decision 45): drafted, edited, published, read in scope. */
@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "The province's notices (通报) naming the parks that missed their scheduled year")
public class NoticeResource {

    static final String BASE = "/api/v1/notices/";
    private static final String SCOPE = "Drafts are the province-admin's. A published notice is seen by the "
            + "province-wide roles, by a city officer when it names a park of a city they act for, and by a park "
            + "manager when it names their park; they see the whole document, every named park, but each park's "
            + "state today (stateNow) only for the parks in their scope (decision 45).";

    @Inject
    Notices notices;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "draftNotice",
            summary = "Draft a notice naming the overdue parks of a programme year, as of today",
            description = "The parks are taken from the overdue list of the programme year as of today (Asia/Shanghai), "
                    + "with their city, level, scheduled year and state that day: all of them when parkCodes is absent, "
                    + "else those named, each of which must be on that list (422 not-overdue naming the field, e.g. "
                    + "parkCodes[1]). An unknown programme is 422 unknown-reference; a year outside it 400. "
                    + "Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "draft", value = NoticeExamples.DRAFT)))
    @APIResponse(responseCode = "201", description = "Drafted (or, with a repeated Idempotency-Key and body, the first result "
            + "with Idempotent-Replayed: true); Location names the notice, ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeViews.Notice.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another request (urn:circular-parks:problem:idempotency-key-reused)")
    @APIResponse(responseCode = "422", description = "A park is not on the year's overdue list today, or nothing is "
            + "(urn:circular-parks:problem:not-overdue); the programme is unknown (urn:circular-parks:problem:unknown-reference)")
    public Response draft(@NotNull @Valid NoticeRequests.Draft request,
                          @Parameter(in = ParameterIn.HEADER, description = "Makes a retried create safe",
                                  schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9._:-]{1,200}$"),
                                  example = "notice-2018-2020-2020-1")
                          @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Created<NoticeViews.Notice> created = notices.draft(request, blankToNull(idempotencyKey));
        return CreatedAnswers.created(created, URI.create(BASE + created.view().id()), created.view().version());
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.JOINT_MEETING})
    @Operation(operationId = "listNotices",
            summary = "The notices the caller may see: drafts first, then the newest publication first",
            description = SCOPE + " A status=DRAFT filter of a caller who sees no drafts is an empty page.")
    public Page<NoticeViews.Notice> list(
            @Parameter(description = "programme code", schema = @Schema(type = SchemaType.STRING, maxLength = 20), example = "2018-2020")
            @QueryParam("programme") String programme,
            @Parameter(description = "the programme year the notices are about",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 4, pattern = "^\\d{4}$"), example = "2020")
            @QueryParam("year") String year,
            @Parameter(description = "DRAFT or PUBLISHED",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 9, enumeration = {"DRAFT", "PUBLISHED"}), example = "PUBLISHED")
            @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        String code = blankToNull(programme);
        if (code != null && code.length() > 20) {
            throw Problems.badRequest("programme", "programme must be a programme code of at most 20 characters");
        }
        String scheduled = blankToNull(year);
        if (scheduled != null && !scheduled.matches("\\d{4}")) {
            throw Problems.badRequest("year", "year must be a year such as 2020, not " + scheduled);
        }
        return notices.list(code, scheduled == null ? null : Integer.valueOf(scheduled),
                QueryParameters.optionalEnum(NoticeStatus.class, "status", status), page.page, page.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.JOINT_MEETING})
    @Operation(operationId = "getNotice", summary = "One notice with its named parks and their state today",
            description = SCOPE + " A notice the caller may not see is 404.")
    @APIResponse(responseCode = "200", description = "The notice; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeViews.Notice.class)))
    @APIResponse(responseCode = "404", description = "No such notice, or not one the caller may see (urn:circular-parks:problem:not-found)")
    public Response get(@PathParam("id") @Parameter(description = "The notice's id", example = "3f6c1a52-8d0e-4c8a-9b55-2f1e0c7d9a10") UUID id) {
        return current(notices.find(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "editNotice", summary = "Change a draft's title and text, and optionally take its parks again",
            description = "With parkCodes the named parks are taken again from the year's overdue list as of today (each "
                    + "must be on it, 422 otherwise); without, they stay. A published notice is final: 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "edit", value = NoticeExamples.EDIT)))
    @APIResponse(responseCode = "200", description = "Changed; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeViews.Notice.class)))
    @APIResponse(responseCode = "409", description = "The notice is published (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    @APIResponse(responseCode = "422", description = "A park is not on the year's overdue list today (urn:circular-parks:problem:not-overdue)")
    public Response edit(@PathParam("id") @Parameter(description = "The notice's id", example = "3f6c1a52-8d0e-4c8a-9b55-2f1e0c7d9a10") UUID id,
                         @NotNull @Valid NoticeRequests.Edit request,
                         @Parameter(description = "The notice's version (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                 schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(notices.edit(id, request, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "publishNotice", summary = "Publish a draft: the year's next number and today's date, final",
            description = "The number is 鲁园循通〔YYYY〕第N号, YYYY the publication day's year (Asia/Shanghai) and N "
                    + "counting that year's published notices from 1 without gaps. The event reporting.notice-published "
                    + "announces it. A notice published already is 409.")
    @APIResponse(responseCode = "200", description = "Published; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeViews.Notice.class)))
    @APIResponse(responseCode = "409", description = "The notice is published already (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response publish(@PathParam("id") @Parameter(description = "The notice's id", example = "3f6c1a52-8d0e-4c8a-9b55-2f1e0c7d9a10") UUID id,
                            @Parameter(description = "The notice's version (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                    schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"1\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(notices.publish(id, EntityTags.expected(ifMatch)));
    }

    private static Response current(NoticeViews.Notice view) {
        return Response.ok(view).header(HttpHeaders.ETAG, EntityTags.of(view.version())).build();
    }
}
