package cn.gov.shandong.circular.acceptance.scoresheet;

import cn.gov.shandong.circular.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The acceptance score sheets (评分表) of the 验收评价办法, as versioned data. */
@Path("/api/v1/score-sheets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Score sheets", description = "Versioned score sheets: criteria, pass line, grade bands")
public class ScoreSheetResource {

    @Inject
    ScoreSheets sheets;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "publishScoreSheet", summary = "Publish a new score sheet version; reviews opened from now on are scored on it",
            description = "The total is the sum of the criteria's maxima; the pass line is at most the total; bands run from "
                    + "the highest lowest-score down to a last band at 0. Reviews opened earlier keep their version.")
    @APIResponse(responseCode = "201", description = "Published; Location names the version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreSheetView.class)))
    public Response publish(@NotNull @Valid ScoreSheetRequest request) {
        ScoreSheetView sheet = sheets.publish(request);
        return Response.created(URI.create("/api/v1/score-sheets/" + sheet.version())).entity(sheet).build();
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listScoreSheets", summary = "Every score sheet version, newest (in force) first")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreSheetView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, maxItems = 1000)))
    public List<ScoreSheetView> list() {
        return sheets.list();
    }

    @GET
    @Path("/current")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getCurrentScoreSheet", summary = "The score sheet in force: reviews opened now are scored on it")
    @APIResponse(responseCode = "200", description = "The version in force", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreSheetView.class)))
    public ScoreSheetView current() {
        return sheets.current();
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getScoreSheet", summary = "One score sheet version")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreSheetView.class)))
    public ScoreSheetView get(@PathParam("version") @Min(1) @Max(1_000_000) @Parameter(description = "The version number", example = "1") int version) {
        return sheets.find(version);
    }
}
