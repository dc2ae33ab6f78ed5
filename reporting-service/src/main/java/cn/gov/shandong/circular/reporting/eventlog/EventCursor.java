package cn.gov.shandong.circular.reporting.eventlog;

import cn.gov.shandong.circular.common.domain.RuleViolated;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the event log for cursor pages: after the entry with this seq. Opaque to clients (base64url
 * of {@code seq:<n>}), so that what it holds can change without changing the API.
 */
public final class EventCursor {

    /** The shape a cursor has on the wire. */
    public static final String PATTERN = "^[A-Za-z0-9_-]{1,40}$";
    public static final int MAX_LENGTH = 40;

    private static final Pattern CONTENT = Pattern.compile("seq:(0|[1-9][0-9]{0,17})");

    private EventCursor() {
    }

    /** The cursor of the position after {@code seq} (0: before the first entry). */
    public static String after(long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("seq:" + seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** The seq a cursor stands after; 0 for null or blank; 400 naming {@code field} for anything else. */
    public static long seq(String field, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String content = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII);
            Matcher matcher = CONTENT.matcher(content);
            if (matcher.matches()) {
                return Long.parseLong(matcher.group(1));
            }
        } catch (IllegalArgumentException e) {
            // not base64url: answered below
        }
        throw RuleViolated.invalid(field, field + " must be a nextCursor of an earlier answer, not " + cursor);
    }
}
