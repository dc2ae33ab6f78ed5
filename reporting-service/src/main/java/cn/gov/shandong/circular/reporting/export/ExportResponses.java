package cn.gov.shandong.circular.reporting.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** An export as the HTTP answer: the bytes, their type, the file's name, and no caching of a report outside the caller's client. */
final class ExportResponses {

    /** Largest export the contract allows (bytes): far above the province's few hundred parks. */
    static final int MAX_BYTES = 10_485_760;
    static final String XLSX_EXAMPLE = "PK ... (an Office Open XML workbook, zipped)";

    private ExportResponses() {
    }

    static Response of(ExportFormat format, Table table, String asciiName, String name) {
        return Response.ok(format.write(table), format.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(
                        asciiName + "." + format.extension(), name + "." + format.extension()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }
}
