package cn.gov.shandong.circular.common.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What text a request may carry into the platform: no control characters (PostgreSQL refuses
 * U+0000 outright, the others are never meaningful in a name, code or comment) and no broken
 * Unicode. Line breaks and tabs are allowed where free text is (JSON strings), not in URIs.
 */
public final class RequestText {

    private RequestText() {
    }

    /**
     * The first character {@code text} may not contain, described for a problem's detail
     * (e.g. "U+0000"), or empty when the text is acceptable.
     *
     * @param freeText allow tab, line feed and carriage return (a JSON string); refuse them in a URI
     */
    public static Optional<String> firstUnacceptable(CharSequence text, boolean freeText) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a well-formed pair: one character outside the BMP, e.g. an emoji
            } else if (Character.isSurrogate(c)) {
                return Optional.of(describe(c) + " (half of a surrogate pair)");
            } else if (Character.getType(c) == Character.CONTROL && !(freeText && isLineBreakOrTab(c))) {
                return Optional.of(describe(c) + " (a control character)");
            }
        }
        return Optional.empty();
    }

    /**
     * The first character an HTTP header value may not contain (RFC 9110 field-value: no controls
     * but horizontal tab), or empty. Header values reach the server byte by byte as ISO-8859-1, so
     * bytes 0x80-0xFF (UTF-8 sent raw) are not controls here.
     */
    public static Optional<String> firstUnacceptableInHeader(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return Optional.of(describe(c) + " (a control character)");
            }
        }
        return Optional.empty();
    }

    /**
     * A URI component with its {@code %XX} escapes decoded as UTF-8, or empty when an escape is
     * malformed or the bytes are not UTF-8. Characters up to U+00FF are taken as the raw bytes the
     * HTTP decoder read them from.
     *
     * @param plusIsSpace decode {@code +} as a space (query strings)
     */
    public static Optional<String> percentDecode(String component, boolean plusIsSpace) {
        if (component.indexOf('%') < 0 && !(plusIsSpace && component.indexOf('+') >= 0) && isAscii(component)) {
            return Optional.of(component);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(component.length());
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '%') {
                if (i + 2 >= component.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(component.charAt(i + 1), 16);
                int low = Character.digit(component.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c <= 0xFF) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineBreakOrTab(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }

    private static String describe(char c) {
        return String.format("U+%04X", (int) c);
    }
}
