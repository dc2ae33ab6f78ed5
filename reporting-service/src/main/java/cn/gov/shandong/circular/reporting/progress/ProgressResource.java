package cn.gov.shandong.circular.reporting.progress;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.CalendarDays;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.reporting.progress.ProgressQuery.Tally;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "Planned against completed parks (Attachment 1) and the programme's goals")
public class ProgressResource {

    @Inject
    ProgressQuery query;

    @Inject
    Caller caller;

    @Inject
    ProgressReports reports;

    @Inject
    PipelineQuery pipeline;

    @Inject
    ProvinceClock clock;

    @GET
    @Path("/progress")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.EXPERT, Roles.CITY_OFFICER})
    @Operation(operationId = "getProgress", summary = "Planned and completed parks per city, year and level (Attachment 1), as of a day",
            description = "planned = parks scheduled in the year (city and level from park.registered); completed = "
                    + "of those, the parks filed by the end of asOf (Asia/Shanghai). Parks scheduled before their "
                    + "registration arrived are counted in a last row with cityCode null and cityName \"unknown\" "
                    + "(in total only, their level being unknown), so the province totals stay complete. "
                    + "A city officer gets only their city's row, and the own rows of the cities abolished in its favour "
                    + "(莱芜市 for 济南市 from 2019-01-09), and province null.")
    public ProgressReport progress(
            @Parameter(description = "programme code", example = "2018-2020") @QueryParam("programme") @DefaultValue("2018-2020")
            @NotBlank @Size(max = 20) String programme,
            @Parameter(description = "count filings up to the end of this day (YYYY-MM-DD, Asia/Shanghai)",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10), example = "2020-12-31")
            @QueryParam("asOf") String asOf) {
        return reports.report(programme, parseDay(asOf));
    }

    @GET
    @Path("/goals")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.EXPERT, Roles.CITY_OFFICER})
    @Operation(operationId = "getGoalCoverage", summary = "Goal coverage: the programme's shares of national- and provincial-level parks completed",
            description = "Counts the programme's scheduled parks by level and how many are filed by the end of asOf "
                    + "(Asia/Shanghai); required = parks × the programme's share (plan.programme-defined), rounded up "
                    + "(2018-2020: every national-level park and at least 50% of provincial-level parks). Share, required "
                    + "and met are null while the programme's definition has not arrived. A city officer gets the same "
                    + "measures for their city's parks (with those of cities abolished in its favour). registry: the same "
                    + "shares against all the province's parks of the registry active at the end of asOf (registered by "
                    + "then or scheduled in the programme, not retired or merged on or before the day; decision 44).")
    public GoalCoverage goals(
            @Parameter(description = "programme code", example = "2018-2020") @QueryParam("programme") @DefaultValue("2018-2020")
            @NotBlank @Size(max = 20) String programme,
            @Parameter(description = "count filings up to the end of this day (YYYY-MM-DD, Asia/Shanghai)",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10), example = "2020-12-31")
            @QueryParam("asOf") String asOf) {
        LocalDate day = parseDay(asOf);
        List<Tally> tallies = tallies(programme, day);
        ProgressQuery.Shares shares = query.programme(programme).map(ProgressQuery.Programme::shares).orElse(null);
        return ProgressTable.goals(programme, day, tallies, scopeCity(), caller.cityFilter(), shares)
                .withRegistry(ProgressTable.registry(pipeline.registry(programme, day), caller.cityFilter(), shares));
    }

    @GET
    @Path("/programme-progress")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.EXPERT, Roles.CITY_OFFICER})
    @Operation(operationId = "listProgrammeProgress", summary = "Every programme's progress and goals, each on its own, as of a day",
            description = "One entry per programme whose definition (plan.programme-defined) has arrived, oldest first: "
                    + "planned and completed parks and the goals measured with the programme's own shares, against "
                    + "the programme's parks and (goals.registry) against all the registry's active parks at the date; "
                    + "pipeline: where the programme's parks stand, per level (GET /programme-progress/{code} per city and year). "
                    + "A city officer gets the same measures for their city's parks (with those of cities abolished in its favour).")
    public ProgrammeProgress.Programmes programmes(
            @Parameter(description = "count filings up to the end of this day (YYYY-MM-DD, Asia/Shanghai)",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10), example = "2025-12-31")
            @QueryParam("asOf") String asOf) {
        LocalDate day = parseDay(asOf);
        String city = scopeCity();
        Predicate<String> counted = caller.cityFilter();
        return new ProgrammeProgress.Programmes(query.programmes().stream().map(programme -> {
            List<Tally> tallies = query.tally(programme.code(), filedBefore(day)).stream()
                    .filter(t -> counted.test(t.cityCode())).toList();
            GoalCoverage goals = ProgressTable.goals(programme.code(), day, tallies, city, counted, programme.shares())
                    .withRegistry(ProgressTable.registry(pipeline.registry(programme.code(), day), counted,
                            programme.shares()));
            PipelineReport status = PipelineTable.report(programme.code(), day, pipeline.scheduledParks(programme.code()),
                    ProgressReports.filedBefore(day) == null ? null : ProgressReports.filedBefore(day).toInstant(),
                    clock.now(), counted, false);
            return new ProgrammeProgress(programme.code(), programme.name(), programme.document(), programme.status(),
                    programme.startYear(), programme.endYear(), programme.goalStatement(),
                    tallies.stream().mapToLong(Tally::planned).sum(), tallies.stream().mapToLong(Tally::completed).sum(),
                    goals, PipelineTable.sum(status.rows()));
        }).toList());
    }

    @GET
    @Path("/programme-progress/{code}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.EXPERT, Roles.CITY_OFFICER})
    @Operation(operationId = "getProgrammePipeline",
            summary = "A programme's parks per city, year and level: planned, applied, under review, passed, filed on time, filed late, revoked, overdue",
            description = "As of the end of asOf (Asia/Shanghai; absent: everything so far, overdue judged now), every step, "
                    + "filing and revocation counted at its own time. A filing counts for the programme its application "
                    + "names, else for the park's schedule. Filed on time: by 31 December of the scheduled year "
                    + "(2020-12-31T23:30+08:00 is on time for 2020, 2021-01-01T00:10+08:00 late). underReview, passed, "
                    + "filedOnTime and filedLate are stages (a park is in one at most); applied, revoked and overdue are "
                    + "said besides (overdue: the year is over and no filing stands). cumulative sums the years. A city "
                    + "officer gets their cities' rows and province null (docs/decisions.md 44).")
    public PipelineReport pipeline(
            @Parameter(description = "programme code", example = "2018-2020") @PathParam("code")
            @NotBlank @Size(max = 20) String code,
            @Parameter(description = "count everything up to the end of this day (YYYY-MM-DD, Asia/Shanghai)",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10), example = "2020-12-31")
            @QueryParam("asOf") String asOf) {
        LocalDate day = parseDay(asOf);
        List<PipelineQuery.ScheduledPark> parks = pipeline.scheduledParks(code);
        if (parks.isEmpty() && query.programme(code).isEmpty()) {
            throw Problems.notFound("Programme", code);
        }
        OffsetDateTime end = ProgressReports.filedBefore(day);
        if (caller.isProvinceWide()) {
            return PipelineTable.report(code, day, parks, end == null ? null : end.toInstant(), clock.now(),
                    city -> true, true);
        }
        return PipelineTable.report(code, day, parks, end == null ? null : end.toInstant(), clock.now(),
                city -> city != null && caller.canSeeCity(city), false);
    }


    /** Null for province-wide callers; a city officer's city (one without a city claim sees no parks). */
    private String scopeCity() {
        return caller.isProvinceWide() ? null : caller.cityCode().orElse("");
    }

    private List<Tally> tallies(String programme, LocalDate day) {
        List<Tally> tallies = query.tally(programme, filedBefore(day));
        // A programme is known here once its definition or one of its parks has arrived.
        if (tallies.isEmpty() && query.programme(programme).isEmpty()) {
            throw Problems.notFound("Programme", programme);
        }
        return tallies;
    }

    private static OffsetDateTime filedBefore(LocalDate day) {
        return ProgressReports.filedBefore(day);
    }

    private static LocalDate parseDay(String asOf) {
        return CalendarDays.parse("asOf", asOf);
    }
}
