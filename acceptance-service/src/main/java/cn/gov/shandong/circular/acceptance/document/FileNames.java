package cn.gov.shandong.circular.acceptance.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names as the platform stores and sends them back: the client's name without any path, control
 * or format characters, or characters Windows forbids, at most {@value #MAX} characters; and the
 * {@code Content-Disposition} of a download (RFC 6266), whose {@code filename*} (RFC 8187) carries the
 * name in UTF-8, with an ASCII {@code filename} beside it for clients that read only that.
 */
public final class FileNames {

    public static final int MAX = 255;
    private static final String FORBIDDEN = "\\/:*?\"<>|";

    private FileNames() {
    }

    /** The name to store; {@code fallback} when nothing usable is left (a name of dots, spaces, or nothing). */
    public static String sanitise(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFC);
        // Browsers on Windows send "C:\\Users\\...\\报告.pdf": keep the last segment only.
        int cut = Math.max(normalised.lastIndexOf('/'), normalised.lastIndexOf('\\'));
        String last = normalised.substring(cut + 1);
        StringBuilder kept = new StringBuilder();
        last.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean unwanted = Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || FORBIDDEN.indexOf(c) >= 0;
            if (!unwanted && kept.codePointCount(0, kept.length()) < MAX) {
                kept.appendCodePoint(c);
            }
        });
        String result = kept.toString().strip();
        // Leading dots would make a hidden file on download; trailing dots and spaces Windows drops.
        result = result.replaceAll("^\\.+", "").replaceAll("[. ]+$", "");
        return result.isEmpty() ? fallback : result;
    }

    /** {@code attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded UTF-8>}. */
    public static String contentDisposition(String name) {
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    /** The name with every character outside printable ASCII (and quotes, backslashes, %) as '_', extension kept. */
    static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return ascii.toString();
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
