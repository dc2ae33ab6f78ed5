package cn.gov.shandong.circular.acceptance.document;

import cn.gov.shandong.circular.common.web.ContentDisposition;
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

    /** {@code attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded UTF-8>} (platform-common's ContentDisposition). */
    public static String contentDisposition(String name) {
        return ContentDisposition.attachment(name);
    }
}
