package cn.gov.shandong.circular.reporting.forecast;

import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.CalendarDays;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.reporting.progress.PipelineQuery;
import cn.gov.shandong.circular.reporting.progress.PipelineQuery.ScheduledPark;
import cn.gov.shandong.circular.reporting.progress.PipelineRule;
import cn.gov.shandong.circular.reporting.progress.ProgressQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/forecast")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "Planned against completed parks (Attachment 1) and the programme's goals")
public class ForecastResource {

    @Inject
    ProgressQuery progress;

    @Inject
    PipelineQuery pipeline;

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    ProvinceClock clock;

    @GET
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.EXPERT, Roles.CITY_OFFICER})
    @Operation(operationId = "getGoalForecast", summary = "Whether each goal of a programme will be met by its end, and why",
            description = "As of the end of asOf (Asia/Shanghai; today when absent), the programme's parks of each level "
                    + "by how far they are: completed (a filing stands), inAcceptance (latest application under review or "
                    + "passed), planned (implementation plan approved, not applied), notStarted. The outlook compares them "
                    + "with the goal (parks x the programme's share, rounded up): MET, ON_TRACK (met if the pending "
                    + "acceptances pass), AT_RISK (only if every park with an approved plan also passes), OFF_TRACK, or "
                    + "MISSED once the programme has ended. explanation says it in a sentence with the numbers. A city "
                    + "officer gets the same for their cities' parks (docs/decisions.md 49).")
    public Forecast forecast(
            @Parameter(description = "programme code", example = "2021-2025") @QueryParam("programme") @DefaultValue("2018-2020")
            @NotBlank @Size(max = 20) String programme,
            @Parameter(description = "judge as of the end of this day (YYYY-MM-DD, Asia/Shanghai); today when absent",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10), example = "2024-06-30")
            @QueryParam("asOf") String asOf) {
        ProgressQuery.Programme definition = progress.programme(programme)
                .orElseThrow(() -> Problems.notFound("Programme", programme));
        LocalDate day = CalendarDays.parse("asOf", asOf);
        if (day == null) {
            day = clock.today();
        }
        Instant end = ProgrammeCalendar.endOf(day);
        boolean ended = ProgrammeCalendar.yearOver(definition.endYear(), day);
        Predicate<String> counted = caller.cityFilter();
        Set<String> planApproved = approvedPlans(programme, end);

        long[][] counts = new long[2][4];
        long unclassified = 0;
        for (ScheduledPark park : pipeline.scheduledParks(programme)) {
            if (!counted.test(park.cityCode())) {
                continue;
            }
            if (park.level() == null) {
                unclassified++;
                continue;
            }
            long[] level = counts[park.level() == ParkLevel.NATIONAL ? 0 : 1];
            level[0]++;
            PipelineRule.Stage stage = PipelineRule.judge(park.year(), park.applications(), end, clock.now()).stage();
            switch (stage) {
                case FILED_ON_TIME, FILED_LATE -> level[1]++;
                case UNDER_REVIEW, PASSED -> level[2]++;
                case NONE -> level[3] += planApproved.contains(park.parkCode()) ? 1 : 0;
            }
        }
        return new Forecast(programme, day, ProgrammeCalendar.lastDayOf(definition.endYear()), ended,
                caller.isProvinceWide() ? null : caller.cityCode().orElse(""), Forecast.RULE,
                Forecast.Goal.of("国家级", definition.shares().national(), counts(counts[0]), ended),
                Forecast.Goal.of("省级", definition.shares().provincial(), counts(counts[1]), ended),
                unclassified);
    }

    private static ForecastRule.Counts counts(long[] level) {
        return new ForecastRule.Counts(level[0], level[1], level[2], level[3]);
    }

    /** The parks of the programme whose implementation plan was approved before {@code end}. */
    private Set<String> approvedPlans(String programme, Instant end) {
        @SuppressWarnings("unchecked")
        List<String> parks = entityManager.createNativeQuery(
                        "select park_code from approved_plan where programme_code = :programme and approved_at < :end")
                .setParameter("programme", programme)
                .setParameter("end", OffsetDateTime.ofInstant(end, ProgrammeCalendar.ZONE))
                .getResultList();
        return new HashSet<>(parks);
    }
}
