package cn.gov.shandong.circular.acceptance.review;

import cn.gov.shandong.circular.events.ScoreSheetPublished;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arithmetic of an expert panel's review, kept apart from storage so that it is tested on its own:
 * an expert's points per criterion (0 … the criterion's maximum, every criterion once), the panel's score
 * (the mean of the experts' totals rounded half up to one decimal, as score sheets are announced), the
 * grade band it falls in, and whether it reaches the pass line.
 */
public final class PanelScoring {

    /** One decimal, half up: 86.25 → 86.3, 86.24 → 86.2. */
    public static final int SCALE = 1;

    private PanelScoring() {
    }

    /** One criterion's points as an expert gives them. */
    public record Points(String criterion, int points) {
    }

    /**
     * The problems of an expert's scoring against the sheet, in the sheet's order; empty when it is complete
     * and within every maximum.
     */
    public static List<String> problems(List<ScoreSheetPublished.Criterion> criteria, Collection<Points> given) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> byCriterion = new LinkedHashMap<>();
        for (Points points : given) {
            if (byCriterion.put(points.criterion(), points.points()) != null) {
                problems.add("criterion " + points.criterion() + " is scored twice");
            }
        }
        for (ScoreSheetPublished.Criterion criterion : criteria) {
            Integer points = byCriterion.remove(criterion.code());
            if (points == null) {
                problems.add("criterion " + criterion.code() + " (" + criterion.name() + ") is not scored");
            } else if (points < 0 || points > criterion.maxPoints()) {
                problems.add("criterion " + criterion.code() + " takes 0 to " + criterion.maxPoints() + " points, not " + points);
            }
        }
        byCriterion.keySet().forEach(code -> problems.add("criterion " + code + " is not on the score sheet"));
        return problems;
    }

    public static int total(Collection<Points> given) {
        return given.stream().mapToInt(Points::points).sum();
    }

    /** The panel's score: the mean of the experts' totals, half up to one decimal; empty without totals. */
    public static Optional<BigDecimal> panelScore(Collection<Integer> totals) {
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = totals.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(totals.size()), SCALE, RoundingMode.HALF_UP));
    }

    /** The band the score falls in: the first (highest) band whose lowest score it reaches. */
    public static String grade(List<ScoreSheetPublished.Band> bands, BigDecimal score) {
        for (ScoreSheetPublished.Band band : bands) {
            if (score.compareTo(BigDecimal.valueOf(band.minScore())) >= 0) {
                return band.grade();
            }
        }
        throw new IllegalArgumentException("score " + score + " is below every band; the last band starts at 0");
    }

    public static boolean reachesPassLine(BigDecimal score, BigDecimal passLine) {
        return score.compareTo(passLine) >= 0;
    }
}
