package cn.gov.shandong.circular.parks.park;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The park registry. Reads are scoped: province-wide roles see every park, a city officer the
 * parks of their city, a park manager their own park; a park outside the caller's scope is "not found".
 */
@Path("/api/v1/parks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parks", description = "The park registry: the parks of the programme and new ones")
public class ParkResource {

    @Inject
    Caller caller;

    @Inject
    ParkRegistry registry;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listParks", summary = "List parks, filtered by city and level, within the caller's scope")
    public Page<ParkView> list(@QueryParam("cityCode") @Parameter(description = "GB/T 2260 city code", example = "370100") @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String cityCode,
                               @QueryParam("level") @Parameter(description = "NATIONAL or PROVINCIAL",
                                       schema = @Schema(enumeration = {"NATIONAL", "PROVINCIAL"}, maxLength = 10)) String levelName,
                               @BeanParam @Valid PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (cityCode != null) {
            if (!caller.canSeeCity(cityCode) && caller.parkCode().isEmpty()) {
                throw Problems.forbidden("You may list the parks of your own city only");
            }
            where.add("city.code = :city");
            parameters.and("city", cityCode);
        }
        Caller.ScopeRestriction scope = caller.scopeRestriction("city.code", "code");
        scope.condition().ifPresent(where::add);
        scope.parameters().forEach(parameters::and);
        ParkLevel level = parseLevel(levelName);
        if (level != null) {
            where.add("level = :level");
            parameters.and("level", level);
        }
        var query = Park.find(String.join(" and ", where.isEmpty() ? List.of("1 = 1") : where),
                Sort.by("code"), parameters);
        List<ParkView> items = query.page(page.page, page.size).<Park>list().stream().map(ParkView::of).toList();
        return new Page<>(items, page.page, page.size, query.count());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getPark", summary = "One park by its code")
    @APIResponse(responseCode = "200", description = "The park; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParkView.class)))
    public Response get(@PathParam("code") @Parameter(description = "The park's code", example = "SDP001")
                        @Size(max = 12) @Pattern(regexp = "SDP\\d{3,9}", message = "must be a park code such as SDP001") String code) {
        Park park = Park.findById(code);
        if (park == null || !caller.canSeePark(park.code, park.city.code)) {
            throw Problems.notFound("Park", code);
        }
        return Response.ok(ParkView.of(park)).tag(String.valueOf(park.version)).build();
    }

    /** Parsed here rather than by JAX-RS, which answers an unconvertible query parameter with 404. */
    private static ParkLevel parseLevel(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ParkLevel.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("level", "level must be NATIONAL or PROVINCIAL, not " + value);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "registerPark", summary = "Register a new park; its code is assigned by the registry and never reused")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new park, ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "409", description = "A park of this name is already registered (urn:circular-parks:problem:duplicate-park)")
    @APIResponse(responseCode = "422", description = "cityCode names an unknown or abolished city (urn:circular-parks:problem:unknown-reference)")
    public Response register(@NotNull @Valid RegisterParkRequest request) {
        Park park = registry.register(request);
        return Response.created(URI.create("/api/v1/parks/" + park.code))
                .tag(String.valueOf(park.version))
                .entity(ParkView.of(park))
                .build();
    }
}
