package cn.gov.shandong.circular.common.web;

import java.util.Arrays;
import java.util.Locale;

/**
 * Optional query parameters as the list endpoints read them: blank is absent, and an enum is parsed here
 * rather than by JAX-RS, which answers an unconvertible query parameter with 404 instead of a 400 that
 * names the parameter and its allowed values.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The trimmed value, or null when it is absent or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The constant named by the value (any case), null when absent or blank; 400 naming {@code name} otherwise. */
    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(name, name + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", not " + value);
        }
    }
}
