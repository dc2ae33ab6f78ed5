package cn.gov.shandong.circular.parks.city;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.common.web.Problems;
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

/** The cities are public reference data for every signed-in user. */
@Path("/api/v1/cities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cities", description = "The cities of Shandong (GB/T 2260 codes), including abolished ones")
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
        Roles.INTEGRATION})
public class CityResource {

    @GET
    @Operation(operationId = "listCities", summary = "List the cities (GB/T 2260), including abolished ones with their successor")
    public Page<CityView> list(@BeanParam @Valid PageRequest page) {
        var query = City.findAll(Sort.by("code"));
        return new Page<>(query.page(page.page, page.size).<City>list().stream().map(CityView::of).toList(),
                page.page, page.size, query.count());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCity", summary = "One city by its code")
    public CityView get(@PathParam("code") @Parameter(description = "GB/T 2260 city code", example = "370100")
                        @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String code) {
        City city = City.findById(code);
        if (city == null) {
            throw Problems.notFound("City", code);
        }
        return CityView.of(city);
    }
}
