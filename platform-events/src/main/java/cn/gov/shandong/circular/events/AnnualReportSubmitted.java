package cn.gov.shandong.circular.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code reporting.annual-report-submitted}: a city submitted its annual report on a year to the province (于次年
 * 1月31日前报送), with the figures it froze; the first submission decides whether it came in time. Keyed by the
 * city code, so a city's reports stay in order.
 *
 * @param number      the submission's number (1 first; a resubmission after a return counts on)
 * @param submittedAt when (ISO-8601 instant)
 * @param daysLate    days the first submission came after 31 January of the following year (0: in time)
 * @param figures     the frozen figures, per programme and level (none when no programme ran that year)
 */
public record AnnualReportSubmitted(String cityCode, Integer year, Integer number, Instant submittedAt,
                                    Integer daysLate, List<AnnualReportFigure> figures) implements ReportingEvent {

    public static final String TYPE = "reporting.annual-report-submitted";
    public static final int FIGURES_MAX = 60;
    public static final int NUMBER_MAX = 1000;

    public AnnualReportSubmitted {
        Check.of(TYPE)
                .cityCode(cityCode)
                .between("year", year, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .between("number", number, 1, NUMBER_MAX, false)
                .present("submittedAt", submittedAt)
                .between("daysLate", daysLate, 0, 100_000, false)
                .present("figures", figures)
                .rule(figures == null || figures.size() <= FIGURES_MAX, "figures must hold at most " + FIGURES_MAX + " lines")
                .rule(figures == null || figures.stream().noneMatch(Objects::isNull), "figures has a null")
                .orThrow();
        figures = List.copyOf(figures);
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
