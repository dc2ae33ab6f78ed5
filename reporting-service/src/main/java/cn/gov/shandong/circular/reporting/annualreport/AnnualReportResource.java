package cn.gov.shandong.circular.reporting.annualreport;

import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportViews.Report;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * City annual reports (年度报告, issue 9 item 4): a city officer writes and submits their city's report for a year
 * (and that of a city abolished in its favour), the province returns one for revision; province-admin, auditor,
 * integration and joint-meeting read every city's, a city officer their own; experts and park managers have none
 * (decision 46).
 */
@Path("/api/v1/annual-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Annual reports", description = "Cities' yearly reports to the province (于次年1月31日前报送): texts, "
        + "figures frozen at submission, on time or late, returned for revision")
public class AnnualReportResource {

    private static final Pattern CITY = Pattern.compile("^[0-9]{6}$");
    private static final Pattern YEAR = Pattern.compile("^[0-9]{4}$");

    @Inject
    AnnualReports reports;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.CITY_OFFICER})
    @Operation(operationId = "listAnnualReportStatus", summary = "Every city's annual report status for a year",
            description = "One item per city that owes a report for the year (the 17 cities of 2018 less those "
                    + "abolished by the year's end: 莱芜市 reports for 2018, not later): MISSING (nothing saved), DRAFT, "
                    + "SUBMITTED (submittedOnTime, daysLate: of the first submission) or RETURNED. overdue: MISSING "
                    + "or DRAFT after 31 January of the following year, by the province's clock. A city officer "
                    + "gets their city (and a city abolished in its favour).")
    public AnnualReportViews.StatusList list(
            @Parameter(description = "The year reported on, 2000-2100 (required)", required = true, example = "2019",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 4, pattern = "^[0-9]{4}$"))
            @QueryParam("year") String year) {
        return reports.statuses(year(year));
    }

    @GET
    @Path("/{cityCode}/{year}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.CITY_OFFICER})
    @Operation(operationId = "getAnnualReport", summary = "A city's annual report for a year, with its figures",
            description = "The figures are the programmes' counts for the city as of the end of 31 December of the "
                    + "year (Asia/Shanghai): computed now while the report is MISSING, DRAFT or RETURNED (the prefill), "
                    + "as submitted while SUBMITTED. MISSING has no texts, no version and no ETag.")
    @APIResponse(responseCode = "200", description = "The report; ETag is its version (none while MISSING)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "403", description = "Another city's report for a city officer (urn:circular-parks:problem:out-of-scope)")
    @APIResponse(responseCode = "404", description = "The city owes no report for the year (urn:circular-parks:problem:not-found)")
    public Response get(@Parameter(description = "GB/T 2260 city code", example = "370100",
                                schema = @Schema(type = SchemaType.STRING, maxLength = 6, pattern = "^[0-9]{6}$"))
                        @PathParam("cityCode") String cityCode,
                        @Parameter(description = "The year reported on, 2000-2100", example = "2019",
                                schema = @Schema(type = SchemaType.STRING, maxLength = 4, pattern = "^[0-9]{4}$"))
                        @PathParam("year") String year) {
        return current(reports.find(city(cityCode), year(year)));
    }

    @PUT
    @Path("/{cityCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "saveAnnualReport", summary = "Write the caller's city's report for a year (draft)",
            description = "Creates the draft on the first save, then replaces its texts (a null text clears it). "
                    + "Allowed while DRAFT or RETURNED, from 1 January of the year on. Send the ETag as If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "texts", value = AnnualReportRequests.CONTENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Saved; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of the city (urn:circular-parks:problem:out-of-scope)")
    @APIResponse(responseCode = "404", description = "The city owes no report for the year (urn:circular-parks:problem:not-found)")
    @APIResponse(responseCode = "409", description = "Submitted: frozen until returned (urn:circular-parks:problem:illegal-transition); "
            + "the year has not begun (urn:circular-parks:problem:year-not-begun)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response save(@Parameter(description = "GB/T 2260 city code", example = "370100",
                                 schema = @Schema(type = SchemaType.STRING, maxLength = 6, pattern = "^[0-9]{6}$"))
                         @PathParam("cityCode") String cityCode,
                         @Parameter(description = "The year reported on, 2000-2100", example = "2019",
                                 schema = @Schema(type = SchemaType.STRING, maxLength = 4, pattern = "^[0-9]{4}$"))
                         @PathParam("year") String year,
                         @NotNull @Valid AnnualReportRequests.Content content,
                         @Parameter(description = "The version changed (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                 schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"1\"")
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(reports.save(city(cityCode), year(year), content, EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{cityCode}/{year}/submit")
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "submitAnnualReport", summary = "Submit the caller's city's report to the province",
            description = "From 1 January of the following year (the year's figures are final). Freezes the figures "
                    + "as of the end of 31 December; the first submission after the end of 31 January of the following "
                    + "year (Asia/Shanghai) is late by the days past it. A returned report is submitted again the same way: "
                    + "its figures are computed and frozen again; on time or late stays that of the first submission.")
    @APIResponse(responseCode = "200", description = "Submitted; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of the city (urn:circular-parks:problem:out-of-scope)")
    @APIResponse(responseCode = "404", description = "No report saved, or none owed (urn:circular-parks:problem:not-found)")
    @APIResponse(responseCode = "409", description = "Submitted already (urn:circular-parks:problem:illegal-transition); "
            + "the year has not ended (urn:circular-parks:problem:year-not-ended)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    @APIResponse(responseCode = "422", description = "No progress text (urn:circular-parks:problem:incomplete-annual-report)")
    public Response submit(@Parameter(description = "GB/T 2260 city code", example = "370100",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 6, pattern = "^[0-9]{6}$"))
                           @PathParam("cityCode") String cityCode,
                           @Parameter(description = "The year reported on, 2000-2100", example = "2019",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 4, pattern = "^[0-9]{4}$"))
                           @PathParam("year") String year,
                           @Parameter(description = "The version submitted (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"2\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(reports.submit(city(cityCode), year(year), EntityTags.expected(ifMatch)));
    }

    @POST
    @Path("/{cityCode}/{year}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "returnAnnualReport", summary = "Return a submitted report to the city for revision",
            description = "The city edits it (RETURNED) and submits it again. The submission returned is kept with the reasons.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "return", value = AnnualReportRequests.RETURN_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Returned; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "404", description = "No report saved, or none owed (urn:circular-parks:problem:not-found)")
    @APIResponse(responseCode = "409", description = "Not submitted (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (urn:circular-parks:problem:stale-version)")
    public Response returnForRevision(@Parameter(description = "GB/T 2260 city code", example = "370100",
                                              schema = @Schema(type = SchemaType.STRING, maxLength = 6, pattern = "^[0-9]{6}$"))
                                      @PathParam("cityCode") String cityCode,
                                      @Parameter(description = "The year reported on, 2000-2100", example = "2019",
                                              schema = @Schema(type = SchemaType.STRING, maxLength = 4, pattern = "^[0-9]{4}$"))
                                      @PathParam("year") String year,
                                      @NotNull @Valid AnnualReportRequests.Return request,
                                      @Parameter(description = "The version returned (its ETag); an old one answers 412. Headers are at most 16 KB together",
                                              schema = @Schema(type = SchemaType.STRING, maxLength = 16384), example = "\"3\"")
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(reports.returnForRevision(city(cityCode), year(year), request, EntityTags.expected(ifMatch)));
    }

    private static Response current(Report report) {
        Response.ResponseBuilder response = Response.ok(report);
        if (report.version() != null) {
            response.header(HttpHeaders.ETAG, EntityTags.of(report.version()));
        }
        return response.build();
    }

    /** A GB/T 2260 city code; 400 otherwise. */
    public static String city(String value) {
        if (value == null || !CITY.matcher(value).matches()) {
            throw Problems.badRequest("cityCode", "cityCode must be a 6-digit GB/T 2260 city code");
        }
        return value;
    }

    /** A year from 2000 to 2100, written with four digits; 400 otherwise (also when absent). */
    public static int year(String value) {
        if (value == null || !YEAR.matcher(value.trim()).matches()
                || Integer.parseInt(value.trim()) < AnnualReports.YEAR_MIN
                || Integer.parseInt(value.trim()) > AnnualReports.YEAR_MAX) {
            throw Problems.badRequest("year", "year must be a year from " + AnnualReports.YEAR_MIN + " to "
                    + AnnualReports.YEAR_MAX + ", written with four digits");
        }
        return Integer.parseInt(value.trim());
    }
}
