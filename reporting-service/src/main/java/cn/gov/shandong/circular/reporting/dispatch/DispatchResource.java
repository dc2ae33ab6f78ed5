package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dispatch view for the joint meeting (联席会议调度, issue 9 item 5): one call, every city's state. */
@Path("/api/v1/dispatch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch", description = "Per city: the programme's parks, the promotion plan, the open rectifications, the annual report and the latest notices")
public class DispatchResource {

    static final String DESCRIPTION = "Per city, as of the end of asOf (Asia/Shanghai; today by default): the programme's "
            + "planned and filed parks (as GET /api/v1/progress counts them), those that applied by then (as GET "
            + "/api/v1/programme-progress/{code} counts them) and its overdue and filed-late parks (as GET "
            + "/api/v1/overdue lists them); the city's promotion plan (推进计划) for the year of asOf: the newest version's "
            + "status (NOT_SUBMITTED, SUBMITTED, RETURNED, ACKNOWLEDGED), the version in force (the newest acknowledged) and "
            + "its late milestones - not done by asOf and dated before it; and the open rectifications (整改): spot-check "
            + "findings that require one (限期整改) neither confirmed nor ended by a revocation of the filing, and actions "
            + "required by supervision visits (监督检查) not resolved, each known by then (the events' times), overdue when "
            + "the deadline is before asOf; the city's annual report (年度报告) for the year before asOf's year - the one due by 31 "
            + "January of asOf's year - as it stood then: MISSING, DRAFT, SUBMITTED or RETURNED, its due day, overdue, and "
            + "whether the first submission came on time (null for a city abolished by that year's end, which owes none); "
            + "and the programme's newest notices (通报, at most 3) published by asOf that name a park of the city, with how "
            + "many they name. One row per city with data in any section (a saved report or a notice counts; a missing "
            + "report alone does not), by city code. Province-wide roles "
            + "(with the joint meeting's member departments, joint-meeting) see every city; a city officer their city and the cities abolished in its favour, and a cityCode of another "
            + "city is 403; park managers have no report. (docs/decisions.md, 47)";

    @Inject
    DispatchBoard board;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.EXPERT, Roles.CITY_OFFICER})
    @Operation(operationId = "getDispatchView",
            summary = "The dispatch view for the joint meeting: per city the programme's parks, promotion plan and open rectifications",
            description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One row per city the caller sees, by city code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DispatchView.class)))
    @APIResponse(responseCode = "404", description = "Nothing of the programme is known here (urn:circular-parks:problem:not-found)")
    public DispatchView dispatch(
            @Parameter(description = "programme code", example = "2018-2020") @QueryParam("programme") @DefaultValue("2018-2020")
            @NotBlank @Size(max = 20) String programme,
            @Parameter(description = "GB/T 2260 city code; every city the caller sees when absent",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 6, pattern = "^\\d{6}$"), example = "371300")
            @QueryParam("cityCode") String cityCode,
            @Parameter(description = "judge as of the end of this day (YYYY-MM-DD, Asia/Shanghai); today when absent",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10), example = "2019-09-30")
            @QueryParam("asOf") String asOf) {
        return board.view(programme, cityCode, asOf);
    }
}
