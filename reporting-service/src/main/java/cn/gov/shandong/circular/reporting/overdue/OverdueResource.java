package cn.gov.shandong.circular.reporting.overdue;

import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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

/** The parks that missed their scheduled year (issue 9, item 3), for the province's notices (通报) and the cities. */
@Path("/api/v1/overdue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overdue parks", description = "Scheduled parks without a filing by 31 December of their year")
public class OverdueResource {

    static final String DESCRIPTION = "A park scheduled (not withdrawn) for year Y is overdue when no filing (备案) that counts "
            + "was made by the end of 31 December Y, Asia/Shanghai (2019-12-31T23:59:59.999+08:00 is in time, "
            + "2020-01-01T00:00+08:00 is late), judged as of the end of asOf (today in the province by default): a filing "
            + "counts if made by then and not revoked by then. A year not over by asOf has no overdue parks. A park filed "
            + "after its deadline stays on the list as FILED_LATE with the day (filedLateOn); daysOverdue runs from "
            + "31 December Y to that day, or to asOf while unfiled. revokedOn says when a filing made in time was revoked. "
            + "Province-wide roles see every park (those not registered yet with null name, city and level); a city "
            + "officer the parks of their city and of the cities abolished in its favour, and a cityCode of another city "
            + "is 403.";

    @Inject
    OverdueParks overdue;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.EXPERT, Roles.CITY_OFFICER})
    @Operation(operationId = "listOverdueParks",
            summary = "The parks without a filing by 31 December of their scheduled year, as of a day", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of the overdue parks, by scheduled year, city and park code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverdueList.class)))
    @APIResponse(responseCode = "404", description = "Nothing of the programme is known here (urn:circular-parks:problem:not-found)")
    public OverdueList list(
            @Parameter(description = "programme code", example = "2018-2020") @QueryParam("programme") @DefaultValue("2018-2020")
            @NotBlank @Size(max = 20) String programme,
            @Parameter(description = "the scheduled year, one of the programme's; every year when absent",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 4, pattern = "^\\d{4}$"), example = "2019")
            @QueryParam("year") String year,
            @Parameter(description = "GB/T 2260 city code",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 6, pattern = "^\\d{6}$"), example = "371300")
            @QueryParam("cityCode") String cityCode,
            @Parameter(description = "judge as of the end of this day (YYYY-MM-DD, Asia/Shanghai); today when absent",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10), example = "2020-03-10")
            @QueryParam("asOf") String asOf,
            @BeanParam @Valid PageRequest page) {
        return overdue.page(overdue.question(programme, year, cityCode, asOf), page.page, page.size);
    }
}
