package cn.gov.shandong.circular.plans.schedule;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.plans.programme.Programme;
import cn.gov.shandong.circular.plans.programme.ProgrammeResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A programme's schedule: which park completes in which year, within the caller's scope. */
@Path("/api/v1/programmes/{code}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules", description = "The year each park is scheduled to complete its circular transformation")
public class ProgrammeScheduleResource {

    private static final Pattern CITY_CODE = Pattern.compile("\\d{6}");

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

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

        Programme programme = ProgrammeResource.find(code);
        scheduledYear.filter(y -> !programme.covers(y)).ifPresent(y -> {
            throw Problems.badRequest("year", "year " + y + " is outside programme " + programme.code
                    + " (" + programme.startYear + " to " + programme.endYear + ")");
        });
        // Asking for another city's parks is refused outright; a park manager's city filter only narrows.
        city.filter(c -> !caller.canSeeCity(c) && caller.parkCode().isEmpty()).ifPresent(c -> {
            throw Problems.forbidden("city " + c + " is outside your scope");
        });

        StringBuilder where = new StringBuilder(" where s.programmeCode = :programme");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("programme", programme.code);
        city.ifPresent(c -> {
            where.append(" and d.cityCode = :city");
            parameters.put("city", c);
        });
        parkLevel.ifPresent(l -> {
            where.append(" and d.level = :level");
            parameters.put("level", l);
        });
        scheduledYear.ifPresent(y -> {
            where.append(" and s.year = :year");
            parameters.put("year", y);
        });
        // Within the caller's scope: a park the directory cannot place in a city yet is not a city officer's.
        Caller.ScopeRestriction scope = caller.scopeRestriction("d.cityCode", "s.parkCode");
        scope.condition().ifPresent(condition -> where.append(" and ").append(condition));
        parameters.putAll(scope.parameters());

        String from = " from ScheduledCompletion s left join ParkDirectoryEntry d on d.parkCode = s.parkCode";
        TypedQuery<ScheduleEntry> items = entityManager.createQuery("select new " + ScheduleEntry.class.getName()
                + "(s.parkCode, d.name, d.cityCode, d.cityName, d.level, s.year)" + from + where
                + " order by s.parkCode", ScheduleEntry.class);
        TypedQuery<Long> total = entityManager.createQuery("select count(s)" + from + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<ScheduleEntry> found = items.setFirstResult(page.page * page.size).setMaxResults(page.size)
                .getResultList();
        return new Page<>(found, page.page, page.size, total.getSingleResult());
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
