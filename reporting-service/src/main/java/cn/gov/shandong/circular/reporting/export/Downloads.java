package cn.gov.shandong.circular.reporting.export;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of an export (RFC 6266): {@code attachment}, an ASCII {@code filename} for
 * old clients and the Chinese name in {@code filename*} (RFC 8187, UTF-8, percent-encoded), which browsers
 * and curl -OJ prefer. acceptance-service's FileNames does the same for uploaded documents.
 */
public final class Downloads {

    private Downloads() {
    }

    /**
     * @param ascii a name of printable ASCII without quotes or backslashes, e.g. {@code progress_2018-2020_2019-12-31.xlsx}
     * @param name  the name in UTF-8, e.g. {@code 园区循环化改造进展_2018-2020_2019-12-31.xlsx}
     */
    public static String contentDisposition(String ascii, String name) {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    /** A programme code or other request value as part of a file name: letters, digits and '-' only. */
    public static String part(String value) {
        return value.replaceAll("[^A-Za-z0-9-]", "_");
    }

    /** RFC 8187's value-chars: attr-char as is, every other UTF-8 byte as %XX. */
    static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
