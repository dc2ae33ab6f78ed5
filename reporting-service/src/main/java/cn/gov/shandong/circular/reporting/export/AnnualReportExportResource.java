package cn.gov.shandong.circular.reporting.export;

import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportResource;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportViews.StatusItem;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportViews.StatusList;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReports;
import cn.gov.shandong.circular.reporting.export.web.ExportNegotiation;
import cn.gov.shandong.circular.reporting.export.web.ExportResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every city's annual report status for a year as a file (issue 9, item 7): which cities are missing or late. */
@Path("/api/v1/annual-reports/export")
@Tag(name = "Exports", description = "The reports as XLSX and CSV files (UTF-8 with BOM), headers 中文 / English")
public class AnnualReportExportResource {

    static final String CSV_EXAMPLE = "\uFEFF城市代码 / City code,城市 / City,年度 / Year,状态 / Status,截止日期 / Due on,"
            + "逾期未报 / Overdue,首次提交日期 / First submitted on,按时 / On time,逾期天数 / Days late,"
            + "提交次数 / Submissions,最近提交日期 / Last submitted on,退回日期 / Returned on\r\n"
            + "370100,济南市,2019,已提交,2020-01-31,否,2020-02-03,逾期,3,1,2020-02-03,\r\n";

    @Inject
    AnnualReports reports;

    @GET
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.CITY_OFFICER})
    @Operation(operationId = "exportAnnualReportStatus",
            summary = "Download every city's annual report status for a year (GET /api/v1/annual-reports) as XLSX or CSV",
            description = "The items of GET /api/v1/annual-reports for the year, cell for cell: city code and name, year, "
                    + "status (未提交 missing / 草稿 draft / 已提交 submitted / 已退回 returned), due day, overdue (是/否), "
                    + "the first submission's day (Asia/Shanghai), on time (按时/逾期), days late, submissions, the last "
                    + "submission's and return's days. Headers 中文 / English. CSV: UTF-8 with a byte order mark, CRLF. "
                    + "format=xlsx|csv chooses (and wins over Accept). Scope as the list.")
    @APIResponse(responseCode = "200", description = "The file, named 年度报告报送情况_<year>年_<today>.<xlsx|csv>",
            headers = {
                    @Header(name = "Content-Disposition", description = "attachment; filename=\"annual-reports_2019_2020-02-10.csv\"; "
                            + "filename*=UTF-8''%E5%B9%B4%E5%BA%A6...%E6%83%85%E5%86%B5_2019%E5%B9%B4_2020-02-10.csv",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 1024)),
                    @Header(name = "X-Content-Type-Options", description = "nosniff",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 7))},
            content = {
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                            maxLength = ExportResponses.MAX_BYTES), example = ExportResponses.XLSX_EXAMPLE),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            maxLength = ExportResponses.MAX_BYTES), example = CSV_EXAMPLE)})
    @APIResponse(responseCode = "406", description = "Accept takes neither XLSX nor CSV and no format was given "
            + "(urn:circular-parks:problem:not-acceptable)")
    public Response export(
            @Parameter(description = "The year reported on, 2000-2100 (required)", required = true, example = "2019",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 4, pattern = "^[0-9]{4}$"))
            @QueryParam("year") String year,
            @Parameter(description = "xlsx or csv; wins over Accept",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"xlsx", "csv"}, maxLength = 4), example = "csv")
            @QueryParam("format") String format,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        int reported = AnnualReportResource.year(year);
        ExportFormat chosen = ExportNegotiation.choose(format, accept);
        StatusList list = reports.statuses(reported);
        return ExportResponses.of(chosen, table(list), "annual-reports_" + reported + "_" + list.asOf(),
                "年度报告报送情况_" + reported + "年_" + list.asOf());
    }

    /** One row per city of the list, in its order. Pure. */
    static Table table(StatusList list) {
        List<String> headers = List.of("城市代码 / City code", "城市 / City", "年度 / Year", "状态 / Status",
                "截止日期 / Due on", "逾期未报 / Overdue", "首次提交日期 / First submitted on", "按时 / On time",
                "逾期天数 / Days late", "提交次数 / Submissions", "最近提交日期 / Last submitted on", "退回日期 / Returned on");
        List<List<Object>> rows = new ArrayList<>();
        for (StatusItem item : list.items()) {
            List<Object> row = new ArrayList<>();
            row.add(item.cityCode());
            row.add(item.cityName());
            row.add((long) list.year());
            row.add(status(item.status()));
            row.add(list.dueOn());
            row.add(item.overdue() ? "是" : "否");
            row.add(day(item.firstSubmittedAt()));
            row.add(item.submittedOnTime() == null ? null : item.submittedOnTime() ? "按时" : "逾期");
            row.add(item.daysLate() == null ? null : (long) item.daysLate());
            row.add((long) item.submissions());
            row.add(day(item.submittedAt()));
            row.add(day(item.returnedAt()));
            rows.add(row);
        }
        return new Table("年度报告报送情况", "各市园区循环化改造年度报告报送情况（" + list.year() + "年，截至" + list.asOf() + "）",
                headers, 2, rows);
    }

    /** 未提交, 草稿, 已提交, 已退回. */
    static String status(String status) {
        return switch (status) {
            case "MISSING" -> "未提交";
            case "DRAFT" -> "草稿";
            case "SUBMITTED" -> "已提交";
            default -> "已退回";
        };
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : ProgrammeCalendar.dayOf(at);
    }
}
