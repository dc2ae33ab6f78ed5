package cn.gov.shandong.circular.plans.schedule;

import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.common.idempotency.IdempotencyKeys;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.CreatedAnswers;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.plans.programme.ProgrammeResource;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * A programme's schedule: which park completes in which year, read within the caller's scope; the
 * province schedules, moves and withdraws parks, each change kept in the park's history.
 */
@Path("/api/v1/programmes/{code}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules", description = "The year each park is scheduled to complete its circular transformation")
public class ProgrammeScheduleResource {

    private static final Pattern CITY_CODE = Pattern.compile("\\d{6}");

    @Inject
    Schedules schedules;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listProgrammeSchedule", summary = "List a programme's scheduled parks, by park code",
            description = "A city officer sees the parks of their city, a park manager their park. "
                    + "Parks not yet known from the registry list with null name, city and level, "
                    + "except when filtering by city or level.")
    public Page<ScheduleEntry> list(
            @PathParam("code") @Parameter(description = "The programme's code", example = "2018-2020") @Size(max = 20) String code,
            @Parameter(description = "GB/T 2260 city code, e.g. 370100",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 6, pattern = "^\\d{6}$")) @QueryParam("cityCode") String cityCode,
            @Parameter(description = "Scheduled year, within the programme's years",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 11), example = "2019") @QueryParam("year") String year,
            @Parameter(description = "NATIONAL or PROVINCIAL",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"NATIONAL", "PROVINCIAL"}, maxLength = 10)) @QueryParam("level") String level,
            @BeanParam @Valid PageRequest page) {
        Optional<String> city = blankToEmpty(cityCode).map(ProgrammeScheduleResource::parseCityCode);
        Optional<Integer> scheduledYear = blankToEmpty(year).map(ProgrammeScheduleResource::parseYear);
        Optional<ParkLevel> parkLevel = blankToEmpty(level).map(ProgrammeScheduleResource::parseLevel);
        return schedules.list(code, city, scheduledYear, parkLevel, page.page, page.size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "scheduleParks", summary = "Schedule parks into a programme, one or many, all or none",
            description = "Each park must be known from the registry, not yet in the programme, and its year within "
                    + "the programme's years; a closed programme takes no more parks. Each park becomes a "
                    + "plan.park-scheduled event. Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "bulk",
            value = "{\"entries\":[{\"parkCode\":\"SDP001\",\"year\":2023},{\"parkCode\":\"SDP002\",\"year\":2024}],"
                    + "\"reason\":\"2021年第一批纳入推进方案的园区\"}")))
    @APIResponse(responseCode = "201", description = "Scheduled (or, with a repeated Idempotency-Key and body, the first result with Idempotent-Replayed: true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleViews.Scheduled.class)))
    @APIResponse(responseCode = "409", description = "A park is in the programme already (urn:circular-parks:problem:already-scheduled), the programme is closed (urn:circular-parks:problem:illegal-transition), or the Idempotency-Key was used for another request")
    @APIResponse(responseCode = "422", description = "A park code names no known park (urn:circular-parks:problem:unknown-reference)")
    public Response schedule(
            @PathParam("code") @Parameter(description = "The programme's code", example = "2021-2025") @Size(max = 20) String code,
            @NotNull @Valid ScheduleRequests.Schedule request,
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried create safe",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9._:-]{1,200}$"),
                    example = "schedule-2021-2025-batch-1")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Created<ScheduleViews.Scheduled> written = schedules.schedule(code, request, idempotencyKey);
        return CreatedAnswers.created(written);
    }

    @GET
    @Path("/{parkCode}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getScheduledPark", summary = "One park's scheduled year in the programme",
            description = "404 when the park is not in the programme or outside the caller's scope.")
    @APIResponse(responseCode = "200", description = "The park's entry; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleEntry.class)))
    public Response entry(
            @PathParam("code") @Parameter(description = "The programme's code", example = "2018-2020") @Size(max = 20) String code,
            @PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode) {
        return versioned(schedules.entry(code, parkCode));
    }

    @POST
    @Path("/{parkCode}/rescheduling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "rescheduleParkInProgramme", summary = "Move a scheduled park to another year of the programme, with a reason",
            description = "Kept in the park's schedule history; published as plan.park-scheduled with the new year.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "move",
            value = "{\"year\":2024,\"reason\":\"园区管理机构调整，改造项目顺延一年\"}")))
    @APIResponse(responseCode = "200", description = "Moved; ETag is the entry's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleEntry.class)))
    @APIResponse(responseCode = "409", description = "The programme is closed (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response reschedule(
            @PathParam("code") @Parameter(description = "The programme's code", example = "2021-2025") @Size(max = 20) String code,
            @PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode,
            @NotNull @Valid ScheduleRequests.Move move,
            @Parameter(description = ProgrammeResource.IF_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return versioned(schedules.reschedule(code, parkCode, move, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{parkCode}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "withdrawParkFromProgramme", summary = "Take a park out of the programme, with a reason",
            description = "The park no longer counts among the programme's planned parks; its history stays. "
                    + "Published as plan.park-unscheduled.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "withdraw",
            value = "{\"reason\":\"园区已于2018-2020年推进方案中完成循环化改造\"}")))
    @APIResponse(responseCode = "204", description = "Taken out")
    @APIResponse(responseCode = "409", description = "The programme is closed (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response withdraw(
            @PathParam("code") @Parameter(description = "The programme's code", example = "2021-2025") @Size(max = 20) String code,
            @PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode,
            @NotNull @Valid ScheduleRequests.Withdrawal withdrawal,
            @Parameter(description = ProgrammeResource.IF_MATCH, schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        schedules.withdraw(code, parkCode, withdrawal, EntityTags.expected(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/{parkCode}/history")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listScheduleChanges", summary = "How a park's place in the programme changed, oldest first",
            description = "Scheduled, moved and taken out, by whom, when and why; also for a park taken out since. "
                    + "404 when the park never was in the programme or is outside the caller's scope.")
    public Page<ScheduleViews.Change> history(
            @PathParam("code") @Parameter(description = "The programme's code", example = "2018-2020") @Size(max = 20) String code,
            @PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode,
            @BeanParam @Valid PageRequest page) {
        return schedules.history(code, parkCode, page.page, page.size);
    }

    private static Response versioned(Schedules.Versioned<ScheduleEntry> entry) {
        return Response.ok(entry.value()).header(HttpHeaders.ETAG, EntityTags.of(entry.version())).build();
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static String parseCityCode(String value) {
        if (!CITY_CODE.matcher(value).matches()) {
            throw Problems.badRequest("cityCode", "cityCode must be a 6-digit GB/T 2260 code, not " + value);
        }
        return value;
    }

    private static Integer parseYear(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw Problems.badRequest("year", "year must be a number such as 2019, not " + value);
        }
    }

    private static ParkLevel parseLevel(String value) {
        return ParkLevel.named(value).orElseThrow(() -> Problems.badRequest("level",
                "level must be one of " + List.of(ParkLevel.values()) + ", not " + value));
    }
}
