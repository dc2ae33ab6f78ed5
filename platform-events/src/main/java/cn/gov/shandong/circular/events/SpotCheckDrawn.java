package cn.gov.shandong.circular.events;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code acceptance.spot-check-drawn}: the province drew the sample of a spot-check round (抽查). Keyed by
 * the round's code, not a park: a round is about many parks. Carries the population, the seed and the
 * sample, so that anyone can recompute the draw (docs/acceptance.md, "Drawing the sample").
 *
 * @param roundCode   the round, e.g. {@code 2020-01} (year and sequence)
 * @param levels      the population filter's levels; empty means every level
 * @param cityCodes   the population filter's cities; empty means every city
 * @param filingYears the population filter's filing years (China Standard Time); empty means every year
 * @param seed        the recorded seed of the draw
 * @param population  the filed parks that matched the filter, by park code
 * @param sample      the sampled parks, in draw order (ascending SHA-256 of {@code seed:parkCode})
 * @param experts     the experts assigned to the round (usernames)
 */
public record SpotCheckDrawn(String roundCode, String name, List<ParkLevel> levels, List<String> cityCodes,
                             List<Integer> filingYears, String seed, List<String> population, List<String> sample,
                             List<String> experts) implements AcceptanceEvent {

    public static final String TYPE = "acceptance.spot-check-drawn";
    public static final Pattern ROUND_CODE = Pattern.compile("[0-9]{4}-[0-9]{2}");
    public static final Pattern SEED = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    public static final int NAME_MAX = 200;
    public static final int USERNAME_MAX = 200;
    public static final int PARKS_MAX = 1000;
    public static final int EXPERTS_MAX = 20;

    public SpotCheckDrawn {
        Check.of(TYPE)
                .matches("roundCode", roundCode, ROUND_CODE, 7, "a round code such as 2020-01")
                .text("name", name, NAME_MAX)
                .present("levels", levels)
                .present("cityCodes", cityCodes)
                .present("filingYears", filingYears)
                .matches("seed", seed, SEED, 64, "1-64 letters, digits, '.', '_' or '-'")
                .present("population", population)
                .present("sample", sample)
                .present("experts", experts)
                .rule(levels == null || levels.stream().noneMatch(Objects::isNull), "levels has a null")
                .rule(cityCodes == null || cityCodes.stream().allMatch(c -> c != null && Check.CITY_CODE.matcher(c).matches()),
                        "cityCodes holds something that is not a 6-digit city code")
                .rule(filingYears == null || filingYears.stream().allMatch(y -> y != null
                        && y >= ParkScheduled.YEAR_MIN && y <= ParkScheduled.YEAR_MAX), "filingYears holds a year outside 2000-2100")
                .rule(population == null || population.size() <= PARKS_MAX && allParkCodes(population),
                        "population holds something that is not a park code, or more than " + PARKS_MAX)
                .rule(sample == null || !sample.isEmpty() && allParkCodes(sample), "sample is empty or holds something that is not a park code")
                .rule(sample == null || population == null || population.containsAll(sample)
                        && sample.stream().distinct().count() == sample.size(), "sample names a park twice or one outside the population")
                .rule(experts == null || !experts.isEmpty() && experts.size() <= EXPERTS_MAX
                        && experts.stream().allMatch(e -> e != null && !e.isBlank() && e.length() <= USERNAME_MAX),
                        "experts must name 1-" + EXPERTS_MAX + " usernames")
                .orThrow();
        levels = List.copyOf(levels);
        cityCodes = List.copyOf(cityCodes);
        filingYears = List.copyOf(filingYears);
        population = List.copyOf(population);
        sample = List.copyOf(sample);
        experts = List.copyOf(experts);
    }

    static boolean allParkCodes(List<String> codes) {
        return codes.stream().allMatch(c -> c != null && Check.PARK_CODE.matcher(c).matches()
                && c.length() <= Check.PARK_CODE_MAX);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return roundCode;
    }
}
