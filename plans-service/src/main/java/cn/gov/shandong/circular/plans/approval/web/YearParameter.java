package cn.gov.shandong.circular.plans.approval.web;

import static cn.gov.shandong.circular.common.web.QueryParameters.blankToNull;

import cn.gov.shandong.circular.common.domain.RuleViolated;

/** The {@code year} query parameter of the plans' lists, parsed here rather than by JAX-RS (which answers 404). */
public final class YearParameter {

    private YearParameter() {
    }

    /** The year, or {@code null} when left out and not required; 400 naming {@code year} otherwise. */
    public static Integer parse(String value, boolean required, int min, int max) {
        String year = blankToNull(value);
        if (year == null) {
            if (required) {
                throw RuleViolated.invalid("year", "year is required");
            }
            return null;
        }
        try {
            int parsed = Integer.parseInt(year);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw RuleViolated.invalid("year", "year must be a year between " + min + " and " + max + ", not " + year);
    }
}
