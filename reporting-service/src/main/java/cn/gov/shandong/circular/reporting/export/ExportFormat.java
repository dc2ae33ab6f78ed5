package cn.gov.shandong.circular.reporting.export;

/**
 * The two forms of an export. A request chooses one by {@code format=xlsx|csv} or else by the {@code Accept} header
 * (XLSX when the client accepts anything or says nothing): {@code export.web.ExportNegotiation}.
 */
public enum ExportFormat {

    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** CSV's media type as sent: UTF-8 (with a byte order mark), and a header row (RFC 4180, RFC 7111). */
    public static final String CSV_TYPE = "text/csv; charset=UTF-8; header=present";

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The media type a client names in Accept. */
    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type of the answer. */
    public String contentType() {
        return this == XLSX ? XLSX_TYPE : CSV_TYPE;
    }

    public byte[] write(Table table) {
        return this == XLSX ? XlsxFiles.write(table) : CsvFiles.write(table);
    }
}
