package cn.gov.shandong.circular.plans.programme;

import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.common.idempotency.IdempotencyKeys;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.CreatedAnswers;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.events.ProgrammeStatus;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
 * The programmes: public policy, so every role may read them; there is no per-city scope. Only the
 * province creates, changes, activates and closes them.
 */
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Provincial promotion programmes (推进方案), their goals and status")
public class ProgrammeResource {

    public static final String IF_MATCH = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together";

    @Inject
    Programmes programmes;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listProgrammes", summary = "List the programmes, oldest first")
    public Page<ProgrammeView> list(@BeanParam @Valid PageRequest page) {
        return programmes.list(page.page, page.size);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getProgramme", summary = "One programme with its goals")
    @APIResponse(responseCode = "200", description = "The programme; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class)))
    public Response get(@PathParam("code") @Parameter(description = "The programme's code", example = "2018-2020")
                        @Size(max = 20) String code) {
        return current(programmes.find(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "createProgramme", summary = "Create a programme as a draft",
            description = "The code is stable and never reused. Goals are shares of the parks of each level to "
                    + "complete by the end year (reporting rounds them up to whole parks). Send an Idempotency-Key "
                    + "to retry safely.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "2021-2025", value = ProgrammeExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created as a draft (or, with a repeated Idempotency-Key and body, the programme with Idempotent-Replayed: true); ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "409", description = "A programme with this code exists (urn:circular-parks:problem:programme-exists), or the Idempotency-Key was used for another request")
    public Response create(@NotNull @Valid ProgrammeRequests.Create request,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retried create safe",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9._:-]{1,200}$"),
                                   example = "programme-2021-2025")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Created<ProgrammeView> written = programmes.create(request, idempotencyKey);
        return CreatedAnswers.created(written, URI.create("/api/v1/programmes/" + written.view().code()),
                written.view().version());
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "updateProgramme", summary = "Replace a draft programme's name, document, years and goals",
            description = "A programme in force or closed keeps its text and goals (409). Years cannot shrink past a "
                    + "park already scheduled (409 schedules-outside-years).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "definition", value = ProgrammeExamples.DEFINITION)))
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "409", description = "The programme is not a draft (urn:circular-parks:problem:illegal-transition), or parks are scheduled outside the new years (urn:circular-parks:problem:schedules-outside-years)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response update(@PathParam("code") @Parameter(description = "The programme's code", example = "2021-2025")
                           @Size(max = 20) String code,
                           @NotNull @Valid ProgrammeRequests.Definition definition,
                           @Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(programmes.change(code, definition, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{code}/activation")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "activateProgramme", summary = "Put a draft programme in force",
            description = "Its parks then appear on the cities' yearly lists; its text and goals no longer change.")
    @APIResponse(responseCode = "200", description = "In force; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "409", description = "The programme is not a draft (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response activate(@PathParam("code") @Parameter(description = "The programme's code", example = "2021-2025")
                             @Size(max = 20) String code,
                             @Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(programmes.move(code, ProgrammeStatus.ACTIVE, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{code}/closure")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "closeProgramme", summary = "Close a programme in force",
            description = "Its schedules and their history stay as they are; nothing more is scheduled.")
    @APIResponse(responseCode = "200", description = "Closed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "409", description = "The programme is not in force (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response close(@PathParam("code") @Parameter(description = "The programme's code", example = "2018-2020")
                          @Size(max = 20) String code,
                          @Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(programmes.move(code, ProgrammeStatus.CLOSED, EntityTags.expected(ifMatch)));
    }

    private static Response current(ProgrammeView view) {
        return Response.ok(view).header(HttpHeaders.ETAG, EntityTags.of(view.version())).build();
    }
}
