package cn.gov.shandong.circular.parks.park;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.common.web.QueryParameters;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkStatus;
import cn.gov.shandong.circular.parks.registry.ImportResult;
import cn.gov.shandong.circular.parks.registry.ParkChangeRequests;
import cn.gov.shandong.circular.parks.registry.ParkChangeView;
import cn.gov.shandong.circular.parks.registry.ParkChanges;
import cn.gov.shandong.circular.parks.registry.ParkImports;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    @Inject
    ParkImports imports;

    @Inject
    ParkChanges changes;

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    /** The status filter of the list: the registry's active parks unless asked otherwise. */
    public enum StatusFilter {
        ACTIVE, RETIRED, ALL
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listParks", summary = "List parks, filtered by city, level and status (active ones unless asked), within the caller's scope")
    public Page<ParkView> list(@QueryParam("cityCode") @Parameter(description = "GB/T 2260 city code", example = "370100") @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String cityCode,
                               @QueryParam("level") @Parameter(description = "NATIONAL or PROVINCIAL",
                                       schema = @Schema(enumeration = {"NATIONAL", "PROVINCIAL"}, maxLength = 10)) String levelName,
                               @QueryParam("status") @Parameter(description = "ACTIVE (the default), RETIRED, or ALL",
                                       schema = @Schema(enumeration = {"ACTIVE", "RETIRED", "ALL"}, maxLength = 7)) String statusName,
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
        StatusFilter status = QueryParameters.optionalEnum(StatusFilter.class, "status", statusName);
        if (status == null || status != StatusFilter.ALL) {
            where.add("status = :status");
            parameters.and("status", status == StatusFilter.RETIRED ? ParkStatus.RETIRED : ParkStatus.ACTIVE);
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

    private static final String IMPORT_422 = """
            {"type":"urn:circular-parks:problem:import-rejected","title":"The import was refused; nothing was stored",
             "status":422,"detail":"2 rejection(s) in 2 row(s) of 8; first: row 3, cityCode: No city of Shandong has the code 379900",
             "field":"cityCode","rows":8,
             "rejections":[{"row":3,"field":"cityCode","value":"379900","message":"No city of Shandong has the code 379900"},
                           {"row":7,"field":"name","value":"东营港经济开发区","message":"Row 4 has the same name"}]}""";

    @POST
    @Path("/imports")
    @Consumes({CSV, XLSX})
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "importParks", summary = "Import parks in bulk from CSV or XLSX, all or nothing; dryRun=true checks without storing",
            description = "The header row names the columns name (园区名称), cityCode (城市代码), level (园区级别: NATIONAL/国家级 or "
                    + "PROVINCIAL/省级), zoneKind (园区类型) and optionally unifiedSocialCreditCode (统一社会信用代码, GB 32100, check "
                    + "character verified). CSV is UTF-8 (a byte-order mark is allowed); XLSX is read from its first sheet. At most "
                    + "10000 parks and 4 MB. Every row is checked; any rejection refuses the whole file (422, every rejection listed "
                    + "with its row, field and value) and stores nothing. A real import assigns codes from the registry's sequence "
                    + "and publishes one park.registered per park.")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 4194304),
                    example = "园区名称/name,城市代码/cityCode,园区级别/level,园区类型/zoneKind,统一社会信用代码/unifiedSocialCreditCode\n"
                            + "东营港经济开发区,370500,PROVINCIAL,ECONOMIC_DEVELOPMENT_ZONE,91370100MA3C4FQX26\n"),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 4194304),
                    example = "UEsDBBQABgAIAAAAIQ...")})
    @APIResponse(responseCode = "200", description = "Dry run: every row passes; what would be registered (no codes, nothing stored)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "201", description = "Every park registered, with its code, in file order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "411", description = "Sent chunked, without Content-Length: an upload must state its "
            + "length, as browsers and HTTP clients do for a file (urn:circular-parks:problem:length-required)")
    @APIResponse(responseCode = "413", description = "The body is over 4 MB, or holds more than 10000 parks (urn:circular-parks:problem:body-too-large)")
    @APIResponse(responseCode = "415", description = "Neither text/csv nor XLSX (urn:circular-parks:problem:unsupported-media-type)")
    @APIResponse(responseCode = "422", description = "At least one row was rejected; nothing was stored. rows is the number of parks in "
            + "the file, rejections lists every rejection: row (as the file numbers it, the header being row 1), field (the "
            + "column, or header/body), value (as given, at most 100 characters), message (urn:circular-parks:problem:import-rejected)",
            content = @Content(mediaType = "application/problem+json", example = IMPORT_422))
    public Response importParks(@QueryParam("dryRun") @Parameter(description = "true: check and answer what would be registered, store nothing",
                                        schema = @Schema(enumeration = {"true", "false"}, maxLength = 5, defaultValue = "false")) String dryRun,
                                @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
                                byte[] body) {
        boolean dry = parseBoolean("dryRun", dryRun);
        ParkImports.Format format = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(XLSX)
                ? ParkImports.Format.XLSX : ParkImports.Format.CSV;
        if (body == null || body.length == 0) {
            throw Problems.badRequest("body", "The body is empty: send the CSV or XLSX file");
        }
        ImportResult result = imports.importParks(body, format, dry);
        return Response.status(dry ? Response.Status.OK : Response.Status.CREATED).entity(result).build();
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "getParkHistory", summary = "A park's history: registration or import, renames, level changes, merger, retirement, oldest first")
    public Page<ParkChangeView> history(@PathParam("code") @Parameter(description = "The park's code", example = "SDP001")
                                        @Size(max = 12) @Pattern(regexp = "SDP\\d{3,9}", message = "must be a park code such as SDP001") String code,
                                        @BeanParam @Valid PageRequest page) {
        Park park = Park.findById(code);
        if (park == null || !caller.canSeePark(park.code, park.city.code)) {
            throw Problems.notFound("Park", code);
        }
        List<ParkChangeView> items = changes.history(code, page.page, page.size).stream().map(ParkChangeView::of).toList();
        return new Page<>(items, page.page, page.size, changes.historySize(code));
    }

    @POST
    @Path("/{code}/rename")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "renamePark", summary = "Rename a park (更名) from a day on; publishes park.renamed")
    @APIResponse(responseCode = "200", description = "Renamed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "409", description = "The park is retired or already has this name (urn:circular-parks:problem:illegal-transition), or another park has it (urn:circular-parks:problem:duplicate-park)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version (urn:circular-parks:problem:stale-version)")
    public Response rename(@PathParam("code") @Parameter(description = "The park's code", example = "SDP107")
                           @Size(max = 12) @Pattern(regexp = "SDP\\d{3,9}", message = "must be a park code such as SDP001") String code,
                           @HeaderParam("If-Match") @Parameter(description = "The park's ETag, to refuse a change of a version you have not seen",
                                   schema = @Schema(maxLength = 100), example = "\"3\"") String ifMatch,
                           @NotNull @Valid ParkChangeRequests.Rename request) {
        return changed(changes.rename(code, EntityTags.expected(ifMatch), request));
    }

    @POST
    @Path("/{code}/level")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "changeParkLevel", summary = "Change a park's level (e.g. provincial upgraded to national) from a day on; publishes park.level-changed")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "409", description = "The park is retired or already at this level (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version (urn:circular-parks:problem:stale-version)")
    public Response changeLevel(@PathParam("code") @Parameter(description = "The park's code", example = "SDP107")
                                @Size(max = 12) @Pattern(regexp = "SDP\\d{3,9}", message = "must be a park code such as SDP001") String code,
                                @HeaderParam("If-Match") @Parameter(description = "The park's ETag, to refuse a change of a version you have not seen",
                                        schema = @Schema(maxLength = 100), example = "\"3\"") String ifMatch,
                                @NotNull @Valid ParkChangeRequests.ChangeLevel request) {
        return changed(changes.changeLevel(code, EntityTags.expected(ifMatch), request));
    }

    @POST
    @Path("/{code}/merger")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "mergePark", summary = "Merge a park into another active park (整合) from a day on; it is retired; publishes park.merged")
    @APIResponse(responseCode = "200", description = "Merged and retired; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "409", description = "This park or the other one is retired (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version (urn:circular-parks:problem:stale-version)")
    @APIResponse(responseCode = "422", description = "intoParkCode names no park (urn:circular-parks:problem:unknown-reference)")
    public Response merge(@PathParam("code") @Parameter(description = "The park's code", example = "SDP107")
                          @Size(max = 12) @Pattern(regexp = "SDP\\d{3,9}", message = "must be a park code such as SDP001") String code,
                          @HeaderParam("If-Match") @Parameter(description = "The park's ETag, to refuse a change of a version you have not seen",
                                  schema = @Schema(maxLength = 100), example = "\"3\"") String ifMatch,
                          @NotNull @Valid ParkChangeRequests.Merge request) {
        return changed(changes.merge(code, EntityTags.expected(ifMatch), request));
    }

    @POST
    @Path("/{code}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "retirePark", summary = "Retire a park (撤销) from a day on; it keeps its code and history; publishes park.retired")
    @APIResponse(responseCode = "200", description = "Retired; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParkView.class)))
    @APIResponse(responseCode = "409", description = "The park is already retired (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version (urn:circular-parks:problem:stale-version)")
    public Response retire(@PathParam("code") @Parameter(description = "The park's code", example = "SDP107")
                           @Size(max = 12) @Pattern(regexp = "SDP\\d{3,9}", message = "must be a park code such as SDP001") String code,
                           @HeaderParam("If-Match") @Parameter(description = "The park's ETag, to refuse a change of a version you have not seen",
                                   schema = @Schema(maxLength = 100), example = "\"3\"") String ifMatch,
                           @NotNull @Valid ParkChangeRequests.Retire request) {
        return changed(changes.retire(code, EntityTags.expected(ifMatch), request));
    }

    private static Response changed(Park park) {
        return Response.ok(ParkView.of(park)).tag(String.valueOf(park.version)).build();
    }

    private static boolean parseBoolean(String name, String value) {
        String given = QueryParameters.blankToNull(value);
        if (given == null || given.equalsIgnoreCase("false")) {
            return false;
        }
        if (given.equalsIgnoreCase("true")) {
            return true;
        }
        throw Problems.badRequest(name, name + " must be true or false, not " + value);
    }
}
