package cn.gov.shandong.circular.plans.schedule;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One park's scheduled completion under each programme that schedules it. */
@Path("/api/v1/parks/{parkCode}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules")
public class ParkScheduleResource {

    @Inject
    Schedules schedules;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listParkSchedule", summary = "The years a park is scheduled to complete, one per programme, oldest programme first",
            description = "404 when the park is unknown or outside the caller's scope.")
    public Page<ParkScheduleEntry> list(@PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001")
                                        @Size(max = 20) String parkCode, @BeanParam @Valid PageRequest page) {
        return schedules.ofPark(parkCode, page.page, page.size);
    }
}
