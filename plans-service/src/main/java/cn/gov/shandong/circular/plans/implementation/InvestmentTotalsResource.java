package cn.gov.shandong.circular.plans.implementation;

import static cn.gov.shandong.circular.common.web.QueryParameters.blankToNull;

import cn.gov.shandong.circular.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.validation.constraints.Size;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Planned investment of the approved implementation plans, by funding source, for a city or the province. */
@Path("/api/v1/investment-totals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementation plans")
public class InvestmentTotalsResource {

    @Inject
    ImplementationPlans plans;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.EXPERT, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(operationId = "getInvestmentTotals",
            summary = "Total planned investment of the approved plans by funding source (万元)",
            description = "Province-wide roles: the province, or one city with cityCode. A city officer: their "
                    + "city (another city is 403).")
    public PlanViews.InvestmentTotals totals(
            @QueryParam("cityCode") @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String cityCode,
            @QueryParam("programmeCode") @Size(max = 9) @Pattern(regexp = "\\d{4}-\\d{4}",
                    message = "must be a programme code such as 2018-2020") String programmeCode) {
        return plans.totals(blankToNull(cityCode),
                blankToNull(programmeCode));
    }
}
