package cn.gov.shandong.circular.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The time values of a native query's result row, whatever type the JDBC driver and Hibernate hand back
 * for {@code timestamptz} and {@code date} (Instant, OffsetDateTime or java.sql.Timestamp; LocalDate or
 * java.sql.Date). SQL null stays null.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }

    /** The instant at UTC, as the API writes times it read back from the database. */
    public static OffsetDateTime utc(Object value) {
        Instant instant = instant(value);
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value.getClass());
    }
}
