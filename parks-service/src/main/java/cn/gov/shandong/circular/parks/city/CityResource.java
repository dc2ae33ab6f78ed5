package cn.gov.shandong.circular.parks.city;

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
@Tag(name = "Cities")
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
        Roles.INTEGRATION})
public class CityResource {

    @GET
    @Operation(summary = "List the cities (GB/T 2260), including abolished ones with their successor")
    public Page<CityView> list(@BeanParam @Valid PageRequest page) {
        var query = City.findAll(Sort.by("code"));
        return new Page<>(query.page(page.page, page.size).<City>list().stream().map(CityView::of).toList(),
                page.page, page.size, query.count());
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One city by its code")
    public CityView get(@PathParam("code") String code) {
        City city = City.findById(code);
        if (city == null) {
            throw Problems.notFound("City", code);
        }
        return CityView.of(city);
    }
}
