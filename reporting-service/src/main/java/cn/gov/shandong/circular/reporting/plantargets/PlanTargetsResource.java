package cn.gov.shandong.circular.reporting.plantargets;

import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The targets of the parks' approved implementation plans, projected from plan.implementation-approved. */
@Path("/api/v1/plan-targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan targets", description = "The approved implementation plans' targets per park and programme")
public class PlanTargetsResource {

    @Inject
    PlanTargetsQuery query;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.EXPERT, Roles.CITY_OFFICER})
    @Operation(operationId = "listPlanTargets",
            summary = "The targets of the parks' approved implementation plans, by programme and park",
            description = "One item per park and programme: the newest approved revision, with each indicator's "
                    + "baseline and target in its unit. A city officer gets the plans their city approved; "
                    + "a cityCode of another city is refused (403).")
    public Page<PlanTargetsView.ApprovedPlan> list(
            @Parameter(description = "programme code", example = "2018-2020") @QueryParam("programme") @Size(max = 9)
            @Pattern(regexp = "\\d{4}-\\d{4}", message = "must be a programme code such as 2018-2020") String programme,
            @Parameter(description = "GB/T 2260 city code", example = "370100") @QueryParam("cityCode") @Size(max = 6)
            @Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String cityCode,
            @Parameter(description = "The park's code", example = "SDP001") @QueryParam("parkCode") @Size(max = 20) String parkCode,
            @BeanParam @Valid PageRequest page) {
        return query.list(blankToNull(programme), blankToNull(cityCode), blankToNull(parkCode), page.page, page.size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
