package cn.gov.shandong.circular.acceptance.expert;

import cn.gov.shandong.circular.common.domain.InvalidReference;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The expert roster (专家库): the province keeps it; cities pick review panels from its active experts.
 * An expert's user name is the one Keycloak gives them, so their scoring is matched to the panel seat.
 */
@Path("/api/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experts", description = "The expert roster review panels are drawn from")
public class ExpertResource {

    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{0,199}";

    @Inject
    Caller caller;

    @Inject
    ParkDirectory parkDirectory;

    @Inject
    ProvinceClock clock;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(operationId = "listExperts", summary = "The roster, by user name (province and cities pick panels from it)")
    @APIResponse(responseCode = "200", description = "The roster", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertView.class, type = SchemaType.ARRAY, maxItems = 10000)))
    @Transactional
    public List<ExpertView> list() {
        return Expert.<Expert>list("order by username").stream().map(ExpertView::of).toList();
    }

    @GET
    @Path("/{username}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(operationId = "getExpert", summary = "One expert of the roster")
    @APIResponse(responseCode = "200", description = "The expert; ETag is the entry's version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertView.class)))
    @Transactional
    public Response get(@PathParam("username") @Size(max = 200) @Pattern(regexp = USERNAME_PATTERN, message = "must be a user name such as expert.zhang")
                        @Parameter(description = "The expert's user name", example = "expert.zhang") String username) {
        Expert expert = Expert.findById(username);
        if (expert == null) {
            throw new NotFound("Expert", username);
        }
        return Response.ok(ExpertView.of(expert)).header(HttpHeaders.ETAG, EntityTags.of(expert.version)).build();
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "putExpert", summary = "Add an expert to the roster, or change or deactivate their entry",
            description = "A deactivated expert keeps the panels they sit on but cannot be put on new ones.")
    @APIResponse(responseCode = "200", description = "Saved; ETag is the entry's version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    @Transactional
    public Response put(@PathParam("username") @Size(max = 200) @Pattern(regexp = USERNAME_PATTERN, message = "must be a user name such as expert.zhang")
                        @Parameter(description = "The expert's user name", example = "expert.zhang") String username,
                        @NotNull @Valid ExpertRequest request,
                        @Parameter(description = "The version to change (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Expert expert = Expert.findById(username, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (expert == null) {
            expert = new Expert();
            expert.username = username;
        } else {
            EntityTags.requireMatch(ifMatch, expert.version);
        }
        expert.name = request.name().strip();
        expert.organisation = request.organisation().strip();
        expert.specialty = request.specialty() == null || request.specialty().isBlank() ? null : request.specialty().strip();
        expert.active = request.active();
        List<String> conflicts = request.conflictParks() == null ? List.of()
                : request.conflictParks().stream().map(String::strip).toList();
        Set<String> known = parkDirectory.findAll(conflicts).keySet();
        for (int i = 0; i < conflicts.size(); i++) {
            if (!known.contains(conflicts.get(i))) {
                throw new InvalidReference("conflictParks[" + i + "]", "No park has the code " + conflicts.get(i));
            }
        }
        expert.conflictParks.clear();
        expert.conflictParks.addAll(conflicts);
        expert.updatedBy = caller.username();
        expert.updatedAt = clock.nowUtc();
        expert.persist();
        Expert.getEntityManager().flush();
        return Response.ok(ExpertView.of(expert)).header(HttpHeaders.ETAG, EntityTags.of(expert.version)).build();
    }
}
