package cn.gov.shandong.circular.events;

import java.util.regex.Pattern;

/**
 * One line of the figures a city's annual report froze at submission: a programme's parks of one level (ALL:
 * every level) in the city, as of the end of 31 December of the report's year.
 *
 * @param plannedInYear       scheduled for the year
 * @param completedInYear     of those, filed by the year's end
 * @param plannedCumulative   scheduled for the year or earlier
 * @param completedCumulative of those, filed by the year's end
 * @param overdue             scheduled for the year or earlier and not filed by its end
 */
public record AnnualReportFigure(String programmeCode, String level, Integer plannedInYear, Integer completedInYear,
                                 Integer plannedCumulative, Integer completedCumulative, Integer overdue) {

    static final Pattern LEVEL = Pattern.compile("ALL|NATIONAL|PROVINCIAL");
    public static final int COUNT_MAX = 100_000;

    public AnnualReportFigure {
        Check.of("annual report figure")
                .programmeCode(programmeCode)
                .matches("level", level, LEVEL, 10, "ALL, NATIONAL or PROVINCIAL")
                .between("plannedInYear", plannedInYear, 0, COUNT_MAX, false)
                .between("completedInYear", completedInYear, 0, COUNT_MAX, false)
                .between("plannedCumulative", plannedCumulative, 0, COUNT_MAX, false)
                .between("completedCumulative", completedCumulative, 0, COUNT_MAX, false)
                .between("overdue", overdue, 0, COUNT_MAX, false)
                .orThrow();
    }
}
