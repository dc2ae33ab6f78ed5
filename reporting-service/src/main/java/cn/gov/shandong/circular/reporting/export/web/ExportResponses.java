package cn.gov.shandong.circular.reporting.export.web;

import cn.gov.shandong.circular.reporting.export.Downloads;
import cn.gov.shandong.circular.reporting.export.ExportFormat;
import cn.gov.shandong.circular.reporting.export.Table;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** An export as the HTTP answer: the bytes, their type, the file's name, and no caching of a report outside the caller's client. */
public final class ExportResponses {

    /** Largest export the contract allows (bytes): far above the province's few hundred parks. */
    public static final int MAX_BYTES = 10_485_760;
    public static final String XLSX_EXAMPLE = "PK ... (an Office Open XML workbook, zipped)";

    private ExportResponses() {
    }

    public static Response of(ExportFormat format, Table table, String asciiName, String name) {
        return Response.ok(format.write(table), format.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(
                        asciiName + "." + format.extension(), name + "." + format.extension()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }
}
