package cn.gov.shandong.circular.reporting.progress;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "Planned against completed parks (Attachment 1) and the programme's goals")
public class ProgressResource {

    /** Days end at midnight in the province's time zone. */
    static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    ProgressQuery query;

    @Inject
    Caller caller;

    @GET
    @Path("/progress")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.EXPERT, Roles.CITY_OFFICER})
    @Operation(operationId = "getProgress", summary = "Planned and completed parks per city, year and level (Attachment 1), as of a day",
            description = "planned = parks scheduled in the year (city and level from park.registered); completed = "
                    + "of those, the parks filed by the end of asOf (Asia/Shanghai). Parks scheduled before their "
                    + "registration arrived are counted in a last row with cityCode null and cityName \"unknown\" "
                    + "(in total only, their level being unknown), so the province totals stay complete. "
                    + "A city officer gets only their city's row and province null.")
    public ProgressReport progress(
            @Parameter(description = "programme code", example = "2018-2020") @QueryParam("programme") @DefaultValue("2018-2020")
            @NotBlank @Size(max = 20) String programme,
            @Parameter(description = "count filings up to the end of this day (YYYY-MM-DD, Asia/Shanghai)",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10), example = "2020-12-31")
            @QueryParam("asOf") String asOf) {
        LocalDate day = parseDay(asOf);
        List<Tally> tallies = tallies(programme, day);
        if (caller.isProvinceWide()) {
            return ProgressTable.report(programme, day, tallies, city -> true, true);
        }
        Optional<String> ownCity = caller.cityCode();
        return ProgressTable.report(programme, day, tallies,
                city -> ownCity.isPresent() && ownCity.get().equals(city), false);
    }

    @GET
    @Path("/goals")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.EXPERT, Roles.CITY_OFFICER})
    @Operation(operationId = "getGoalCoverage", summary = "Goal coverage: every national-level park and at least 50% of provincial-level parks",
            description = "Counts the programme's scheduled parks by level and how many are filed by the end of asOf "
                    + "(Asia/Shanghai). A city officer gets the same measures for their city's parks.")
    public GoalCoverage goals(
            @Parameter(description = "programme code", example = "2018-2020") @QueryParam("programme") @DefaultValue("2018-2020")
            @NotBlank @Size(max = 20) String programme,
            @Parameter(description = "count filings up to the end of this day (YYYY-MM-DD, Asia/Shanghai)",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10), example = "2020-12-31")
            @QueryParam("asOf") String asOf) {
        LocalDate day = parseDay(asOf);
        List<Tally> tallies = tallies(programme, day);
        if (caller.isProvinceWide()) {
            return ProgressTable.goals(programme, day, tallies, null);
        }
        // A city officer without a city claim sees no parks rather than the province's.
        return ProgressTable.goals(programme, day, tallies, caller.cityCode().orElse(""));
    }

    private List<Tally> tallies(String programme, LocalDate day) {
        OffsetDateTime filedBefore = day == null ? null
                : day.plusDays(1).atStartOfDay(PROVINCE_ZONE).toOffsetDateTime();
        List<Tally> tallies = query.tally(programme, filedBefore);
        if (tallies.isEmpty()) {
            // A programme is known here once one of its parks has been scheduled.
            throw Problems.notFound("Programme", programme);
        }
        return tallies;
    }

    private static LocalDate parseDay(String asOf) {
        return CalendarDays.parse("asOf", asOf);
    }
}
