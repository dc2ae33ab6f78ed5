package cn.gov.shandong.circular.plans.programme;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.common.web.Problems;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The programmes: public policy, so every role may read them; there is no per-city scope. */
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Provincial promotion programmes and their goals")
public class ProgrammeResource {

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listProgrammes", summary = "List the programmes, oldest first")
    public Page<ProgrammeView> list(@BeanParam @Valid PageRequest page) {
        PanacheQuery<Programme> query = Programme.findAll(Sort.by("startYear").and("code"))
                .page(io.quarkus.panache.common.Page.of(page.page, page.size));
        return new Page<>(query.<Programme>list().stream().map(ProgrammeView::of).toList(),
                page.page, page.size, query.count());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getProgramme", summary = "One programme with its goals")
    public ProgrammeView get(@PathParam("code") @Parameter(description = "The programme's code", example = "2018-2020")
                             @Size(max = 20) String code) {
        return ProgrammeView.of(find(code));
    }

    /** The programme with this code, or a 404 problem. */
    public static Programme find(String code) {
        Programme programme = Programme.findById(code);
        if (programme == null) {
            throw Problems.notFound("programme", code);
        }
        return programme;
    }
}
