package cn.gov.shandong.circular.plans.implementation;

import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.events.Indicator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The code list of indicators a plan targets (platform-events' {@link Indicator}). */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementation plans")
public class IndicatorResource {

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listIndicators",
            summary = "The indicators a plan targets, with name, unit, direction and whether they are core")
    public Page<PlanViews.IndicatorEntry> list(@BeanParam @Valid PageRequest page) {
        List<PlanViews.IndicatorEntry> all = Arrays.stream(Indicator.values()).map(PlanViews.IndicatorEntry::of).toList();
        int from = (int) Math.min((long) page.page * page.size, all.size());
        return new Page<>(all.subList(from, Math.min(from + page.size, all.size())), page.page, page.size, all.size());
    }
}
