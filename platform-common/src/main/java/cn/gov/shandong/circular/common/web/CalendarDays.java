package cn.gov.shandong.circular.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A calendar day given as a query parameter ({@code YYYY-MM-DD}). Four-digit years only: Java also
 * parses "+300000-01-01" and "-999999999-01-01", which PostgreSQL cannot hold as a timestamp and
 * answers with an error (a 500 for the caller) instead of an empty result.
 */
public final class CalendarDays {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CalendarDays() {
    }

    /** The day, or null when {@code value} is null or blank; a 400 problem naming {@code field} otherwise. */
    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String day = value.trim();
        try {
            if (DAY.matcher(day).matches()) {
                return LocalDate.parse(day);
            }
        } catch (DateTimeParseException e) {
            // not a day of the calendar, e.g. 2018-02-30: answered below
        }
        throw Problems.badRequest(field, field + " must be a calendar date YYYY-MM-DD (years 0000-9999), not " + day);
    }
}
