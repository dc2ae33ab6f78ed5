package cn.gov.shandong.circular.common.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** The bad and odd values the bad-request suite sends: text, JSON literals, bodies, headers. */
final class BadValues {

    private BadValues() {
    }

    /**
     * Texts as a user or a broken client might send them; written JSON-escaped or %-encoded. No real
     * code or enum value (SDP001, 370100, NATIONAL): a write that such a value makes valid would add
     * data that other tests of the service count.
     */
    static final List<String> ODD_TEXTS = List.of(
            "", " ", "\u0000", "a\u0000b", "\u0001", "\u0008", "\u000b", "\u001b[31m红\u001b[0m", "\u007f", "\u0085",
            "\u009f", "\ud800", "\udc00", "x\ud83d", "\ud83dx", "\ufeff", "\ufffe", "\uffff", "\ufffd",
            "\u202eevil\u202c", "\u200f\u200e", "\u200b", "e\u0301\u0301\u0301", "😀", "👨‍👩‍👧‍👦", "𠜎𠜱𠝹",
            "مرحبا بالعالم", "שלום", "济南高新区", "园".repeat(5000), "长".repeat(101), "a".repeat(20_000),
            "\t", "\r\n", "line1\nline2", "<script>alert(1)</script>", "' OR '1'='1' --", "%00", "../../etc/passwd",
            "null", "national", "00000000-0000-0000-0000-000000000000");

    /** JSON values of the wrong type or out of range for most fields. */
    static final List<String> JSON_LITERALS = List.of(
            "1", "-1", "0", "-0", "1.5", "1e2", "1e309", "-1e309", "0.0000001", "2147483648", "-2147483649",
            "9223372036854775808", "123456789012345678901234567890", "1".repeat(1500), "true", "false", "null",
            "{}", "[]", "[1,2]", "[\"a\"]", "{\"a\":1}", "\"\"", "\"text\"", "\"1\"", "[null]", "{\"\":null}");

    /** Bodies that are not JSON, or not the JSON an endpoint takes. */
    static final List<String> MALFORMED_BODIES = List.of(
            "", " ", "{", "}", "[", "{\"a\":", "{\"a\":1,}", "{'a':1}", "{\"a\":1}}", "{\"a\":1} trailing",
            "{a:1}", "nul", "NaN", "Infinity", "[]", "null", "0", "\"text\"", "true", "[{}]",
            "{\"a\":\"\\u00\"}", "{\"a\":\"\\x41\"}", "{\"a\":\"unterminated}", "\ufeff{}", "{\"a\":1,\"a\":2}",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(2000) + "1" + "}".repeat(2000),
            "{" + "\"k".repeat(1) + "x".repeat(60_000) + "\":1}", "<xml/>", "a=1&b=2");

    /** Bodies whose bytes are not UTF-8 JSON. */
    static final List<byte[]> MALFORMED_BYTES = List.of(
            new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'},
            new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xc3, '"', '}'},
            new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}'},
            new byte[]{0, 0, 0, 0},
            "{\"a\":1}".getBytes(StandardCharsets.UTF_16),
            "{\"a\":\"園區\"}".getBytes(java.nio.charset.Charset.forName("GB18030")));

    static final List<String> CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json; charset=ISO-8859-1", "application/json; charset=UTF-16", "application/json; charset=nonsense",
            "application/json;;", "application/json; charset=", "application/*", "*/*", "application/merge-patch+json",
            "garbage", "application/json, text/plain", "APPLICATION/JSON", "application/json; version=\"1");

    static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png", "garbage", "*/*;q=0",
            "application/json;q=abc");

    static final List<String> IF_MATCH = List.of(
            "\"abc\"", "W/\"0\"", "*", "\"-1\"", "\"99999999999999999999\"", "\"\"", "abc", "\"0\", \"1\"", "W/",
            "\"" + "9".repeat(5000) + "\"", "\"0", "\"" + RawHttp.utf8("版本") + "\"", ",,,", "\"0\"");

    static final List<String> IDEMPOTENCY_KEYS = List.of(
            "", " ", "k".repeat(201), "k".repeat(3000), RawHttp.utf8("空格 不行"), "a\tb", "a b", "../x", "%00",
            "00000000-0000-0000-0000-000000000000", "key-" + "x".repeat(190));

    static final List<String> CORRELATION_IDS = List.of("", "x".repeat(5000), RawHttp.utf8("关联"), "a b\tc", "%00");

    /** Path segments as they go on the wire (already %-encoded where needed). */
    static final List<String> PATH_SEGMENTS = List.of(
            "%00", "a%00", "SDP001%00", "%01", "%1F", "%7F", "%C2%85", "%0A", "%0D%0A", "%09", "%FF", "%C0%AF",
            "%ED%A0%80", "%E2%80%AE", "%F0%9F%98%80", "%E5%9B%AD%E5%8C%BA", "A".repeat(3000), "A".repeat(5000),
            "ZZZ999", "-1", "0", "99999999999999999999", "00000000-0000-0000-0000-000000000000", "not-a-uuid",
            "%2e%2e", "%2F", "a%2Fb", "%20", "+", "null", "%27%20OR%20%271%27%3D%271", "%25", "%3Cscript%3E", "~",
            "SDP001;x=1", "SDP001%3Bx%3D1", "%E2%80%8F370100");

    /** Query values as they go on the wire. */
    static final List<String> QUERY_VALUES = List.of(
            "%00", "a%00b", "%01", "%1B", "%7F", "%C2%85", "%0A", "%FF", "%ED%A0%80", "", "+", "%20", "abc", "-1",
            "0", "1.5", "1e3", "0x10", "2147483648", "-2147483649", "99999999999999999999", "NaN", "true",
            "B".repeat(3000), "%E5%9B%AD".repeat(300), "%F0%9F%98%80", "%E2%80%AE", "national", "NATIONAL",
            "2018-02-30", "2018-13-01", "9999-12-31", "-999999999-01-01", "%2B300000-01-01", "0000-01-01",
            "2018-2020", "SDP001", "370100",
            "%27%20OR%201%3D1", "%25", "a&b", "x%26y%3Dz");

    /** Escapes text for JSON by hand, so lone surrogates and controls go out as \\u escapes, not as bytes. */
    static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** %-encodes UTF-8 text for a path segment or query value (unreserved characters stay). */
    static String percentEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /**
     * Random text for the fuzzing part: mostly what people write (ASCII, Chinese, emoji, right-to-left),
     * sometimes controls and lone surrogates, sometimes very long.
     */
    static String randomText(Random random) {
        int length = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 1000 + random.nextInt(5000);
            default -> 1 + random.nextInt(40);
        };
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(100);
            if (kind < 40) {
                text.append((char) (0x20 + random.nextInt(0x5f)));
            } else if (kind < 75) {
                text.append((char) (0x4e00 + random.nextInt(0x5000)));
            } else if (kind < 82) {
                text.appendCodePoint(0x1f600 + random.nextInt(0x50));
            } else if (kind < 88) {
                text.append((char) (0x0600 + random.nextInt(0x100)));
            } else if (kind < 92) {
                text.append("\u200f\u202e\u200b\ufeff\u0301".charAt(random.nextInt(5)));
            } else if (kind < 97) {
                text.append((char) random.nextInt(0x20));
            } else if (kind < 99) {
                text.append((char) (0x7f + random.nextInt(0x21)));
            } else {
                text.append((char) (0xd800 + random.nextInt(0x800)));
            }
        }
        return text.toString();
    }
}
