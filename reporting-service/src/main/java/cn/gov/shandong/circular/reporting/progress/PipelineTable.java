package cn.gov.shandong.circular.reporting.progress;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.reporting.progress.PipelineQuery.ScheduledPark;
import cn.gov.shandong.circular.reporting.progress.PipelineReport.Counts;
import cn.gov.shandong.circular.reporting.progress.PipelineReport.Levels;
import cn.gov.shandong.circular.reporting.progress.PipelineReport.Row;
import cn.gov.shandong.circular.reporting.progress.PipelineReport.Totals;
import cn.gov.shandong.circular.reporting.progress.PipelineReport.YearCell;
import cn.gov.shandong.circular.reporting.progress.PipelineRule.Stage;
import cn.gov.shandong.circular.reporting.progress.PipelineRule.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Judges each scheduled park with {@link PipelineRule} and sums the verdicts into the report. Pure. */
final class PipelineTable {

    private PipelineTable() {
    }

    /**
     * @param end          only what happened before this instant counts; null for everything so far
     * @param now          when "a year is over" is judged if {@code end} is null
     * @param visibleCity  keeps the rows the caller may see (by city code; null for the unknown row)
     * @param withProvince whether the caller sees the province's totals
     */
    static PipelineReport report(String programme, LocalDate asOf, List<ScheduledPark> parks, Instant end, Instant now,
                                 Predicate<String> visibleCity, boolean withProvince) {
        List<Integer> years = List.copyOf(new TreeSet<>(parks.stream().map(ScheduledPark::year).toList()));
        Map<String, Accumulator> byCity = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Accumulator province = new Accumulator(years);
        for (ScheduledPark park : parks) {
            Verdict verdict = PipelineRule.judge(park.year(), park.applications(), end, now);
            byCity.computeIfAbsent(park.cityCode(), code -> new Accumulator(years)).add(park, verdict);
            province.add(park, verdict);
        }
        List<Row> rows = byCity.entrySet().stream().filter(e -> visibleCity.test(e.getKey()))
                .map(e -> new Row(e.getKey(), e.getValue().cityName, e.getValue().cells(), e.getValue().cumulative()))
                .toList();
        return new PipelineReport(programme, asOf, years, rows,
                withProvince ? new Totals(province.cells(), province.cumulative()) : null);
    }

    /** The sum of the rows' cumulative counts: a programme's pipeline within the caller's scope. */
    static Levels sum(List<Row> rows) {
        long[][] sum = new long[3][8];
        for (Row row : rows) {
            add(sum[0], row.cumulative().total());
            add(sum[1], row.cumulative().national());
            add(sum[2], row.cumulative().provincial());
        }
        return new Levels(counts(sum[0]), counts(sum[1]), counts(sum[2]));
    }

    private static void add(long[] into, Counts c) {
        long[] values = {c.planned(), c.applied(), c.underReview(), c.passed(), c.filedOnTime(), c.filedLate(),
                c.revoked(), c.overdue()};
        for (int i = 0; i < values.length; i++) {
            into[i] += values[i];
        }
    }

    private static Counts counts(long[] c) {
        return new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    /** [year][total, national, provincial][measure] while parks are added. */
    private static final class Accumulator {
        private final Map<Integer, long[][]> cells = new LinkedHashMap<>();
        private String cityName;

        Accumulator(List<Integer> years) {
            years.forEach(year -> cells.put(year, new long[3][8]));
        }

        void add(ScheduledPark park, Verdict verdict) {
            cityName = Objects.requireNonNullElse(park.cityName(), ProgressReport.UNKNOWN_CITY);
            long[] measures = {1, verdict.applied() ? 1 : 0, verdict.stage() == Stage.UNDER_REVIEW ? 1 : 0,
                    verdict.stage() == Stage.PASSED ? 1 : 0, verdict.stage() == Stage.FILED_ON_TIME ? 1 : 0,
                    verdict.stage() == Stage.FILED_LATE ? 1 : 0, verdict.revoked() ? 1 : 0, verdict.overdue() ? 1 : 0};
            long[][] cell = cells.get(park.year());
            for (int i = 0; i < measures.length; i++) {
                cell[0][i] += measures[i];
                if (park.level() == ParkLevel.NATIONAL) {
                    cell[1][i] += measures[i];
                } else if (park.level() == ParkLevel.PROVINCIAL) {
                    cell[2][i] += measures[i];
                }
            }
        }

        List<YearCell> cells() {
            return cells.entrySet().stream().map(e -> new YearCell(e.getKey(), counts(e.getValue()[0]),
                    counts(e.getValue()[1]), counts(e.getValue()[2]))).toList();
        }

        Levels cumulative() {
            long[][] sum = new long[3][8];
            cells.values().forEach(cell -> {
                for (int level = 0; level < 3; level++) {
                    for (int i = 0; i < 8; i++) {
                        sum[level][i] += cell[level][i];
                    }
                }
            });
            return new Levels(counts(sum[0]), counts(sum[1]), counts(sum[2]));
        }
    }
}
