package cn.gov.shandong.circular.plans.schedule;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectoryEntry;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.common.web.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One park's scheduled completion under each programme that schedules it. */
@Path("/api/v1/parks/{parkCode}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules")
public class ParkScheduleResource {

    private static final String SCHEDULES = """
            from ScheduledCompletion s, Programme p
            where p.code = s.programmeCode and s.parkCode = :park""";

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    ParkDirectory parkDirectory;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listParkSchedule", summary = "The years a park is scheduled to complete, one per programme, oldest programme first",
            description = "404 when the park is unknown or outside the caller's scope.")
    public Page<ParkScheduleEntry> list(@PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001")
                                        @Size(max = 20) String parkCode, @BeanParam @Valid PageRequest page) {
        long total = entityManager.createQuery("select count(s) " + SCHEDULES, Long.class)
                .setParameter("park", parkCode)
                .getSingleResult();
        ParkDirectoryEntry park = parkDirectory.find(parkCode).orElse(null);
        // A city officer's scope needs the park's city: a park not yet in the directory stays hidden from them.
        if ((park == null && total == 0) || !caller.canSeePark(parkCode, park == null ? null : park.cityCode)) {
            throw Problems.notFound("park", parkCode);
        }
        List<ParkScheduleEntry> items = entityManager.createQuery("select new " + ParkScheduleEntry.class.getName()
                        + "(s.programmeCode, s.year) " + SCHEDULES + " order by p.startYear, p.code",
                        ParkScheduleEntry.class)
                .setParameter("park", parkCode)
                .setFirstResult(page.page * page.size)
                .setMaxResults(page.size)
                .getResultList();
        return new Page<>(items, page.page, page.size, total);
    }
}
