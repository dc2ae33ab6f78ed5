package cn.gov.shandong.circular.common.web;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): {@code attachment}, an ASCII {@code filename}
 * for clients that read only that, and the real name in {@code filename*} (RFC 8187: UTF-8, percent-encoded),
 * which browsers and {@code curl -OJ} prefer, so Chinese file names arrive intact.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /**
     * @param ascii a name of printable ASCII without quotes, backslashes or '%', e.g. {@code progress_2018-2020.xlsx}
     * @param name  the name in UTF-8, e.g. {@code 园区循环化改造进展_2018-2020.xlsx}
     */
    public static String attachment(String ascii, String name) {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    /** {@link #attachment} with the ASCII name derived from the name ({@link #asciiFallback}). */
    public static String attachment(String name) {
        return attachment(asciiFallback(name), name);
    }

    /** The name with every character outside printable ASCII (and quotes, backslashes, %) as '_', extension kept. */
    public static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return ascii.toString();
    }

    /** RFC 8187's value-chars: attr-char as is, every other UTF-8 byte as %XX. */
    public static String encode(String name) {
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
