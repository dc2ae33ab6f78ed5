package cn.gov.shandong.circular.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects what an event record's components break of its contract, for the compact constructors.
 * The rules are those of the record's payload schema in {@code docs/asyncapi.yaml}; lengths count
 * code points, as JSON Schema does.
 */
final class Check {

    static final Pattern PARK_CODE = Pattern.compile("SDP[0-9]{3,}");
    static final int PARK_CODE_MAX = 20;
    static final Pattern CITY_CODE = Pattern.compile("[0-9]{6}");
    static final int TEXT_MAX = 4000;
    static final Pattern PROGRAMME_CODE = Pattern.compile("[0-9]{4}-[0-9]{4}");
    static final double HUNDRED = 100;

    private final String type;
    private final List<String> missing = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();

    private Check(String type) {
        this.type = type;
    }

    static Check of(String type) {
        return new Check(type);
    }

    /** A value that must be there (null is missing). */
    Check present(String field, Object value) {
        if (value == null) {
            missing.add(field);
        }
        return this;
    }

    /** A required text: not null, not blank, at most {@code max} characters. */
    Check text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        } else {
            atMost(field, value, max);
        }
        return this;
    }

    /** An optional text (null allowed) of at most {@code max} characters. */
    Check optionalText(String field, String value, int max) {
        if (value != null) {
            atMost(field, value, max);
        }
        return this;
    }

    /** A required text that matches the whole pattern and has at most {@code max} characters. */
    Check matches(String field, String value, Pattern pattern, int max, String expected) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        } else if (!pattern.matcher(value).matches() || length(value) > max) {
            wrong.add(field + " " + value + " is not " + expected);
        }
        return this;
    }

    Check parkCode(String value) {
        return matches("parkCode", value, PARK_CODE, PARK_CODE_MAX, "a park code (SDP and at least three digits)");
    }

    Check cityCode(String value) {
        return matches("cityCode", value, CITY_CODE, 6, "a 6-digit GB/T 2260 city code");
    }

    /** A number within [min, max], required unless {@code optional}. */
    Check between(String field, Integer value, int min, int max, boolean optional) {
        if (value == null) {
            if (!optional) {
                missing.add(field);
            }
        } else if (value < min || value > max) {
            wrong.add(field + " must be between " + min + " and " + max + ", not " + value);
        }
        return this;
    }

    /** A finite number that, when present, is at least 0 and at most {@code max}. */
    Check amount(String field, Double value, double max) {
        if (value != null && (!Double.isFinite(value) || value < 0 || value > max)) {
            wrong.add(field + " must be between 0 and " + (max == Double.MAX_VALUE ? "any amount" : String.valueOf(max))
                    + ", not " + value);
        }
        return this;
    }

    /** A share between 0 and 1 with at most two decimals (0.50 = half), as the programme's goals are written. */
    Check share(String field, java.math.BigDecimal value) {
        if (value == null) {
            missing.add(field);
        } else if (value.signum() < 0 || value.compareTo(java.math.BigDecimal.ONE) > 0
                || value.stripTrailingZeros().scale() > 2) {
            wrong.add(field + " must be a share between 0 and 1 with at most two decimals, not " + value.toPlainString());
        }
        return this;
    }

    Check programmeCode(String value) {
        return matches("programmeCode", value, PROGRAMME_CODE, 9, "a programme code such as 2018-2020");
    }

    /** A rule across fields. */
    Check rule(boolean holds, String problem) {
        if (!holds) {
            wrong.add(problem);
        }
        return this;
    }

    /** Throws if anything was found; the message lists missing fields first, in the order checked. */
    void orThrow() {
        if (missing.isEmpty() && wrong.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("lacks " + String.join(", ", missing));
        }
        problems.addAll(wrong);
        throw new IllegalArgumentException(type + " " + String.join("; ", problems));
    }

    private void atMost(String field, String value, int max) {
        if (length(value) > max) {
            wrong.add(field + " is longer than " + max + " characters");
        }
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
