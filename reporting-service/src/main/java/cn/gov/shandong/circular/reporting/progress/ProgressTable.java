package cn.gov.shandong.circular.reporting.progress;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.reporting.progress.ProgressQuery.Tally;
import cn.gov.shandong.circular.reporting.progress.ProgressReport.Counts;
import cn.gov.shandong.circular.reporting.progress.ProgressReport.Cumulative;
import cn.gov.shandong.circular.reporting.progress.ProgressReport.Row;
import cn.gov.shandong.circular.reporting.progress.ProgressReport.Totals;
import cn.gov.shandong.circular.reporting.progress.ProgressReport.YearCell;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Sums tallies into the report's rows and the goals. Pure: no database, no caller. */
final class ProgressTable {

    private ProgressTable() {
    }

    /**
     * @param visibleCity keeps the rows the caller may see (by city code, null for the unknown row)
     * @param withProvince whether the caller sees the province's totals
     */
    static ProgressReport report(String programme, LocalDate asOf, List<Tally> tallies,
                                 Predicate<String> visibleCity, boolean withProvince) {
        List<Integer> years = List.copyOf(new TreeSet<>(tallies.stream().map(Tally::year).toList()));
        Map<String, Accumulator> byCity = new LinkedHashMap<>();
        Accumulator province = new Accumulator(years);
        tallies.stream()
                .sorted(Comparator.comparing(Tally::cityCode, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(t -> {
                    byCity.computeIfAbsent(t.cityCode(), code -> new Accumulator(years)).add(t);
                    province.add(t);
                });
        List<Row> rows = byCity.entrySet().stream()
                .filter(e -> visibleCity.test(e.getKey()))
                .map(e -> e.getValue().row(e.getKey()))
                .toList();
        return new ProgressReport(programme, asOf, years, rows, withProvince ? province.totals() : null);
    }

    /**
     * @param cityCode null for the whole province, otherwise only that city's parks count
     * @param shares   the programme's goal shares, or null while its definition has not arrived
     */
    static GoalCoverage goals(String programme, LocalDate asOf, List<Tally> tallies, String cityCode,
                              ProgressQuery.Shares shares) {
        return goals(programme, asOf, tallies, cityCode, city -> cityCode == null || cityCode.equals(city), shares);
    }

    /**
     * @param cityCode the city the coverage is reported for, null for the whole province
     * @param counted  keeps the parks that count, by their city code: a city officer's city and the cities
     *                 abolished in its favour (decision 38)
     * @param shares   the programme's goal shares, or null while its definition has not arrived
     */
    static GoalCoverage goals(String programme, LocalDate asOf, List<Tally> tallies, String cityCode,
                              Predicate<String> counted, ProgressQuery.Shares shares) {
        long nationalParks = 0;
        long nationalCompleted = 0;
        long provincialParks = 0;
        long provincialCompleted = 0;
        long unclassified = 0;
        for (Tally t : tallies) {
            if (!counted.test(t.cityCode())) {
                continue;
            }
            if (t.level() == ParkLevel.NATIONAL) {
                nationalParks += t.planned();
                nationalCompleted += t.completed();
            } else if (t.level() == ParkLevel.PROVINCIAL) {
                provincialParks += t.planned();
                provincialCompleted += t.completed();
            } else {
                unclassified += t.planned();
            }
        }
        return new GoalCoverage(programme, asOf, cityCode,
                GoalCoverage.Goal.of(shares == null ? null : shares.national(), nationalParks, nationalCompleted),
                GoalCoverage.Goal.of(shares == null ? null : shares.provincial(), provincialParks, provincialCompleted),
                unclassified);
    }

    /**
     * The goals against the registry's parks (decision 44): its active parks of each level at the date as
     * denominators, the programme's shares.
     *
     * @param counted keeps the parks that count, by their city code (as for the programme's goals)
     * @param shares  the programme's goal shares, or null while its definition has not arrived
     */
    static GoalCoverage.Registry registry(List<PipelineQuery.RegistryTally> tallies, Predicate<String> counted,
                                          ProgressQuery.Shares shares) {
        long[] parks = new long[2];
        long[] completed = new long[2];
        long retired = 0;
        for (PipelineQuery.RegistryTally t : tallies) {
            if (!counted.test(t.cityCode())) {
                continue;
            }
            if (!t.active()) {
                retired += t.parks();
                continue;
            }
            int level = t.level() == ParkLevel.NATIONAL ? 0 : 1;
            parks[level] += t.parks();
            completed[level] += t.completed();
        }
        return new GoalCoverage.Registry(
                GoalCoverage.Goal.of(shares == null ? null : shares.national(), parks[0], completed[0]),
                GoalCoverage.Goal.of(shares == null ? null : shares.provincial(), parks[1], completed[1]),
                retired);
    }

    /** The counts of one row (or of the province) while tallies are added. */
    private static final class Accumulator {
        private final List<Integer> years;
        private final Map<Integer, long[]> planned = new LinkedHashMap<>();
        private final Map<Integer, long[]> completed = new LinkedHashMap<>();
        private String cityName;

        Accumulator(List<Integer> years) {
            this.years = years;
            years.forEach(year -> {
                planned.put(year, new long[3]);
                completed.put(year, new long[3]);
            });
        }

        void add(Tally t) {
            cityName = Objects.requireNonNullElse(t.cityName(), ProgressReport.UNKNOWN_CITY);
            count(planned.get(t.year()), t.level(), t.planned());
            count(completed.get(t.year()), t.level(), t.completed());
        }

        Row row(String cityCode) {
            Totals totals = totals();
            return new Row(cityCode, cityName, totals.years(), totals.cumulative());
        }

        Totals totals() {
            long[] plannedSum = new long[3];
            long[] completedSum = new long[3];
            List<YearCell> cells = years.stream().map(year -> {
                long[] p = planned.get(year);
                long[] c = completed.get(year);
                for (int i = 0; i < 3; i++) {
                    plannedSum[i] += p[i];
                    completedSum[i] += c[i];
                }
                return new YearCell(year, counts(p), counts(c));
            }).toList();
            return new Totals(cells, new Cumulative(counts(plannedSum), counts(completedSum)));
        }

        /** [total, national, provincial]; a park of unknown level counts in the total only. */
        private static void count(long[] cell, ParkLevel level, long n) {
            cell[0] += n;
            if (level == ParkLevel.NATIONAL) {
                cell[1] += n;
            } else if (level == ParkLevel.PROVINCIAL) {
                cell[2] += n;
            }
        }

        private static Counts counts(long[] cell) {
            return new Counts(cell[0], cell[1], cell[2]);
        }
    }
}
