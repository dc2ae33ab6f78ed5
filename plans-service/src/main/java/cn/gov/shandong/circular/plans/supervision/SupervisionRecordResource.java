package cn.gov.shandong.circular.plans.supervision;

import static cn.gov.shandong.circular.common.web.QueryParameters.blankToNull;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.common.web.Problems;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Supervision records (监督检查) across parks: lists within scope, one record with its ETag, and the
 * resolution of a required action by an officer of the record's city ({@code If-Match} with the ETag).
 */
@Path("/api/v1/supervision-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision records", description = "The cities' supervision visits (监督检查) of their parks: "
        + "findings, problems, actions required by a deadline and their resolution; a record is never edited")
public class SupervisionRecordResource {

    static final String BASE = "/api/v1/supervision-records/";

    @Inject
    SupervisionRecords records;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listSupervisionRecords",
            summary = "List the supervision visits within the caller's scope, newest visit first",
            description = "Province-wide roles see all, a city officer their city, a park manager their park; a "
                    + "filter naming another city or park is 403. `from` and `to` bound the visit day (inclusive); "
                    + "`openActions=true` keeps the visits with an action still open, `false` those without.")
    public Page<SupervisionViews.Summary> list(
            @QueryParam("cityCode") @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String cityCode,
            @QueryParam("parkCode") @Size(max = 20) String parkCode,
            @Parameter(description = "Visits on or after this day", example = "2019-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
            @QueryParam("from") String from,
            @Parameter(description = "Visits on or before this day", example = "2019-12-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
            @QueryParam("to") String to,
            @Parameter(description = "true: visits with an open action; false: visits without", example = "true",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 5, enumeration = {"true", "false"}))
            @QueryParam("openActions") String openActions,
            @BeanParam @Valid PageRequest page) {
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw Problems.badRequest("to", "to " + toDay + " is before from " + fromDay);
        }
        return records.list(blankToNull(cityCode), blankToNull(parkCode), fromDay, toDay,
                bool("openActions", openActions), page.page, page.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getSupervisionRecord",
            summary = "One supervision visit with its problems and actions (not found outside the scope)")
    @APIResponse(responseCode = "200", description = "The record; ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupervisionViews.Record.class)))
    public Response get(@PathParam("id") UUID id) {
        return current(records.find(id));
    }

    @POST
    @Path("/{id}/actions/{actionId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "resolveSupervisionAction",
            summary = "Record how an open action of a supervision visit of the officer's city was resolved",
            description = "The day is not before the visit nor in the future. An action is resolved once: "
                    + "a second resolution is 409. A record of another city is 404.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "resolution", value = SupervisionExamples.RESOLUTION)))
    @APIResponse(responseCode = "200", description = "Resolved; the whole record, ETag is its new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupervisionViews.Record.class)))
    @APIResponse(responseCode = "409", description = "The action is resolved already (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response resolve(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
                            @NotNull SupervisionRequests.Resolution request,
                            @Parameter(description = "The record's version (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                    schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(records.resolve(id, actionId, request, EntityTags.expected(ifMatch)));
    }

    private static Response current(SupervisionViews.Record view) {
        return Response.ok(view).header(HttpHeaders.ETAG, EntityTags.of(view.version())).build();
    }

    /** Parsed here rather than by JAX-RS, which answers an unconvertible query parameter with 404. */
    private static LocalDate day(String name, String value) {
        String day = blankToNull(value);
        if (day == null) {
            return null;
        }
        try {
            if (day.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return LocalDate.parse(day);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw Problems.badRequest(name, name + " must be a calendar date YYYY-MM-DD, not " + day);
    }

    private static Boolean bool(String name, String value) {
        String given = blankToNull(value);
        if (given == null) {
            return null;
        }
        return switch (given.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problems.badRequest(name, name + " must be true or false, not " + given);
        };
    }
}
