package cn.gov.shandong.circular.events;

import java.time.Instant;
import java.util.List;

/**
 * {@code reporting.annual-report-returned}: the province returned a city's submitted annual report for revision,
 * with its reasons; the city revises it and submits it again. Keyed by the city code.
 *
 * @param number     the submission returned
 * @param returnedAt when (ISO-8601 instant)
 * @param reasons    why (1-10 texts, not blank, at most 1000 characters each)
 */
public record AnnualReportReturned(String cityCode, Integer year, Integer number, Instant returnedAt,
                                   List<String> reasons) implements ReportingEvent {

    public static final String TYPE = "reporting.annual-report-returned";
    public static final int REASONS_MAX = 10;
    public static final int REASON_MAX = 1000;

    public AnnualReportReturned {
        Check.of(TYPE)
                .cityCode(cityCode)
                .between("year", year, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .between("number", number, 1, AnnualReportSubmitted.NUMBER_MAX, false)
                .present("returnedAt", returnedAt)
                .present("reasons", reasons)
                .rule(reasons == null || (!reasons.isEmpty() && reasons.size() <= REASONS_MAX
                        && reasons.stream().allMatch(r -> r != null && !r.isBlank() && r.length() <= REASON_MAX)),
                        "reasons must be 1-" + REASONS_MAX + " texts, none blank or longer than " + REASON_MAX)
                .orThrow();
        reasons = List.copyOf(reasons);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return cityCode;
    }
}
