package cn.gov.shandong.circular.reporting.export;

import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.CalendarDays;
import cn.gov.shandong.circular.reporting.export.web.ExportNegotiation;
import cn.gov.shandong.circular.reporting.export.web.ExportResponses;
import cn.gov.shandong.circular.reporting.overdue.OverduePark;
import cn.gov.shandong.circular.reporting.overdue.OverdueParks;
import cn.gov.shandong.circular.reporting.progress.ProgressReport;
import cn.gov.shandong.circular.reporting.progress.ProgressReports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Attachment 1's progress table as a file for civil servants (issue 9, item 7). */
@Path("/api/v1/progress/export")
@Tag(name = "Exports", description = "The reports as XLSX and CSV files (UTF-8 with BOM), headers 中文 / English")
public class ProgressExportResource {

    static final String CSV_EXAMPLE = "\uFEFF城市代码 / City code,城市 / City,2018年计划 合计 / 2018 planned total,...\r\n"
            + "\"\",全省合计,16,4,12,1,1,0,15,3,12,...\r\n370100,济南市,1,1,0,1,1,0,0,0,0,...\r\n";

    @Inject
    ProgressReports reports;

    @Inject
    OverdueParks overdue;

    @Inject
    ProvinceClock clock;

    @GET
    // The file's own type is the answer; Accept only chooses between the two (a format parameter wins).
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.EXPERT, Roles.CITY_OFFICER})
    @Operation(operationId = "exportProgress",
            summary = "Download the progress table (Attachment 1's shape: planned, completed, not completed in time) as XLSX or CSV",
            description = "The table of GET /api/v1/progress as of the end of asOf (today in the province when absent), "
                    + "cell for cell: a header row 中文 / English; the province's row (全省合计, city code empty) for "
                    + "province-wide roles, then one row per city (a city officer: their cities only); per year the planned "
                    + "and completed parks, total / national / provincial, as GET /api/v1/progress has them, and those not "
                    + "completed in time (the parks of GET /api/v1/overdue as of the same day: filed late or not at all), "
                    + "then the same cumulated. XLSX: numbers as numbers, "
                    + "the header row bold and frozen with the city columns. CSV: UTF-8 with a byte order mark, CRLF, "
                    + "RFC 4180 quoting. format=xlsx|csv chooses (and wins over Accept); without it Accept does, XLSX "
                    + "when it takes both or anything.")
    @APIResponse(responseCode = "200", description = "The file, named 园区循环化改造进展_<programme>_<asOf>.<xlsx|csv>",
            headers = {
                    @Header(name = "Content-Disposition", description = "attachment; filename=\"progress_2018-2020_2019-12-31.xlsx\"; "
                            + "filename*=UTF-8''%E5%9B%AD%E5%8C%BA...%E8%BF%9B%E5%B1%95_2018-2020_2019-12-31.xlsx",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 1024)),
                    @Header(name = "X-Content-Type-Options", description = "nosniff",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 7))},
            content = {
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                            maxLength = ExportResponses.MAX_BYTES), example = ExportResponses.XLSX_EXAMPLE),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            maxLength = ExportResponses.MAX_BYTES), example = CSV_EXAMPLE)})
    @APIResponse(responseCode = "404", description = "Nothing of the programme is known here (urn:circular-parks:problem:not-found)")
    @APIResponse(responseCode = "406", description = "Accept takes neither XLSX nor CSV and no format was given "
            + "(urn:circular-parks:problem:not-acceptable)")
    public Response export(
            @Parameter(description = "programme code", example = "2018-2020") @QueryParam("programme") @DefaultValue("2018-2020")
            @NotBlank @Size(max = 20) String programme,
            @Parameter(description = "count filings up to the end of this day (YYYY-MM-DD, Asia/Shanghai); today when absent",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10), example = "2019-12-31")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "xlsx or csv; wins over Accept",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"xlsx", "csv"}, maxLength = 4), example = "xlsx")
            @QueryParam("format") String format,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        LocalDate day = CalendarDays.parse("asOf", asOf);
        ExportFormat chosen = ExportNegotiation.choose(format, accept);
        LocalDate asOfDay = day != null ? day : clock.today();
        ProgressReport report = reports.report(programme, asOfDay);
        List<OverduePark> late = overdue.all(overdue.checked(programme, null, null, asOfDay));
        String suffix = "_" + Downloads.part(programme) + "_" + asOfDay;
        return ExportResponses.of(chosen, ExportTables.progress(report, late, programme, asOfDay),
                "progress" + suffix, "园区循环化改造进展" + suffix);
    }
}
