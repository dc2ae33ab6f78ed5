package cn.gov.shandong.circular.reporting.export;

import cn.gov.shandong.circular.common.web.ContentDisposition;

/**
 * The {@code Content-Disposition} of an export (RFC 6266): {@code attachment}, an ASCII {@code filename} for
 * old clients and the Chinese name in {@code filename*} (RFC 8187, UTF-8, percent-encoded), which browsers
 * and curl -OJ prefer. The encoding is platform-common's ContentDisposition, which documents use too.
 */
public final class Downloads {

    private Downloads() {
    }

    /**
     * @param ascii a name of printable ASCII without quotes or backslashes, e.g. {@code progress_2018-2020_2019-12-31.xlsx}
     * @param name  the name in UTF-8, e.g. {@code 园区循环化改造进展_2018-2020_2019-12-31.xlsx}
     */
    public static String contentDisposition(String ascii, String name) {
        return ContentDisposition.attachment(ascii, name);
    }

    /** A programme code or other request value as part of a file name: letters, digits and '-' only. */
    public static String part(String value) {
        return value.replaceAll("[^A-Za-z0-9-]", "_");
    }
}
