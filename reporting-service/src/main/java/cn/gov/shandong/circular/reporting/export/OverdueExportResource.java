package cn.gov.shandong.circular.reporting.export;

import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.reporting.export.web.ExportNegotiation;
import cn.gov.shandong.circular.reporting.export.web.ExportResponses;
import cn.gov.shandong.circular.reporting.overdue.OverdueParks;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The overdue list as a file for civil servants (issue 9, item 7): what a notice (通报) is drafted from. */
@Path("/api/v1/overdue/export")
@Tag(name = "Exports", description = "The reports as XLSX and CSV files (UTF-8 with BOM), headers 中文 / English")
public class OverdueExportResource {

    static final String CSV_EXAMPLE = "\uFEFF园区代码 / Park code,园区名称 / Park name,城市代码 / City code,城市 / City,"
            + "级别 / Level,计划完成年度 / Scheduled year,截止日期 / Deadline,逾期天数 / Days overdue,状态 / Status,"
            + "逾期备案日期 / Filed late on,撤销备案日期 / Filing revoked on\r\n"
            + "SDP072,临沂临港经济开发区,371300,临沂市,省级,2019,2019-12-31,66,逾期备案,2020-03-06,\r\n";

    @Inject
    OverdueParks overdue;

    @GET
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.JOINT_MEETING, Roles.EXPERT, Roles.CITY_OFFICER})
    @Operation(operationId = "exportOverdueParks",
            summary = "Download the overdue parks (every page of GET /api/v1/overdue) as XLSX or CSV",
            description = "The rows of GET /api/v1/overdue with the same parameters, all of them, cell for cell: park code "
                    + "and name, city code and name, level (国家级/省级), scheduled year, deadline, days overdue, status "
                    + "(未备案 not filed / 逾期备案 filed late), the late filing's day and the day a filing in time was "
                    + "revoked. Headers 中文 / English. XLSX: numbers and days as such, header row bold and frozen. CSV: "
                    + "UTF-8 with a byte order mark, CRLF, RFC 4180 quoting. format=xlsx|csv chooses (and wins over "
                    + "Accept); without it Accept does, XLSX when it takes both or anything. " + "Scope as the list.")
    @APIResponse(responseCode = "200", description = "The file, named 逾期未完成园区_<programme>[_<year>年]_<asOf>.<xlsx|csv>",
            headers = {
                    @Header(name = "Content-Disposition", description = "attachment; filename=\"overdue_2018-2020_2019_2020-03-10.csv\"; "
                            + "filename*=UTF-8''%E9%80%BE%E6%9C%9F...%E5%9B%AD%E5%8C%BA_2018-2020_2019%E5%B9%B4_2020-03-10.csv",
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
            @Parameter(description = "the scheduled year, one of the programme's; every year when absent",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 4, pattern = "^\\d{4}$"), example = "2019")
            @QueryParam("year") String year,
            @Parameter(description = "GB/T 2260 city code",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 6, pattern = "^\\d{6}$"), example = "371300")
            @QueryParam("cityCode") String cityCode,
            @Parameter(description = "judge as of the end of this day (YYYY-MM-DD, Asia/Shanghai); today when absent",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10), example = "2020-03-10")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "xlsx or csv; wins over Accept",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"xlsx", "csv"}, maxLength = 4), example = "csv")
            @QueryParam("format") String format,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        OverdueParks.Question question = overdue.question(programme, year, cityCode, asOf);
        ExportFormat chosen = ExportNegotiation.choose(format, accept);
        String suffix = "_" + Downloads.part(question.programme())
                + (question.year() == null ? "" : "_" + question.year())
                + (question.cityCode() == null ? "" : "_" + question.cityCode()) + "_" + question.asOf();
        String chineseSuffix = "_" + Downloads.part(question.programme())
                + (question.year() == null ? "" : "_" + question.year() + "年")
                + (question.cityCode() == null ? "" : "_" + question.cityCode()) + "_" + question.asOf();
        return ExportResponses.of(chosen, ExportTables.overdue(overdue.all(question), question.programme(), question.asOf()),
                "overdue" + suffix, "逾期未完成园区" + chineseSuffix);
    }
}
