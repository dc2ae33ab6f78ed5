package cn.gov.shandong.circular.events;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code acceptance.score-sheet-published}: the province put a new version of the acceptance score sheet
 * (验收评价办法's scoring rules) in force. Reviews opened from then on are scored on it; reviews opened
 * earlier keep the version frozen on them. All versions are keyed {@value #KEY}, so they stay in order.
 *
 * @param version     1, 2, ... in the order they came into force
 * @param totalPoints the sum of the criteria's maximum points
 * @param passLine    the lowest panel score that may pass (0 … totalPoints)
 * @param criteria    what the experts score, each from 0 to its maximum
 * @param bands       grade bands by their lowest score, highest first; the last starts at 0
 */
public record ScoreSheetPublished(Integer version, String name, Integer totalPoints, Double passLine,
                                  List<Criterion> criteria, List<Band> bands) implements AcceptanceEvent {

    public static final String TYPE = "acceptance.score-sheet-published";
    public static final String KEY = "score-sheets";
    public static final int NAME_MAX = 200;
    public static final int LABEL_MAX = 20;
    public static final int CRITERIA_MAX = 30;
    public static final int BANDS_MAX = 10;
    public static final Pattern CRITERION_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    /** One scored criterion (评分项) and its maximum points. */
    public record Criterion(String code, String name, Integer maxPoints) {
        public Criterion {
            Check.of("score sheet criterion")
                    .matches("code", code, CRITERION_CODE, 40, "an upper-case code such as PLAN_TASKS")
                    .text("name", name, NAME_MAX)
                    .between("maxPoints", maxPoints, 1, AcceptanceReviewed.SCORE_MAX, false)
                    .orThrow();
        }
    }

    /** A grade (等级) and the lowest score in it. */
    public record Band(String grade, Double minScore) {
        public Band {
            Check.of("score sheet band")
                    .text("grade", grade, LABEL_MAX)
                    .present("minScore", minScore)
                    .amount("minScore", minScore, AcceptanceReviewed.SCORE_MAX)
                    .orThrow();
        }
    }

    public ScoreSheetPublished {
        Check check = Check.of(TYPE)
                .between("version", version, 1, Integer.MAX_VALUE, false)
                .text("name", name, NAME_MAX)
                .between("totalPoints", totalPoints, 1, AcceptanceReviewed.SCORE_MAX, false)
                .present("passLine", passLine)
                .present("criteria", criteria)
                .present("bands", bands);
        if (criteria != null && bands != null && totalPoints != null && passLine != null) {
            check.rule(!criteria.isEmpty() && criteria.size() <= CRITERIA_MAX && criteria.stream().noneMatch(Objects::isNull),
                            "criteria must list 1 to " + CRITERIA_MAX + " criteria")
                    .rule(criteria.stream().filter(Objects::nonNull).map(Criterion::code).distinct().count() == criteria.size(),
                            "criteria names a code twice")
                    .rule(criteria.stream().filter(Objects::nonNull).mapToInt(Criterion::maxPoints).sum() == totalPoints,
                            "the criteria's maximum points must add up to totalPoints " + totalPoints)
                    .rule(passLine >= 0 && passLine <= totalPoints, "passLine must be between 0 and totalPoints")
                    .rule(!bands.isEmpty() && bands.size() <= BANDS_MAX && bands.stream().noneMatch(Objects::isNull),
                            "bands must list 1 to " + BANDS_MAX + " bands")
                    .rule(descendingToZero(bands, totalPoints),
                            "bands must be ordered by minScore from highest to lowest, each at most totalPoints, the last at 0");
        }
        check.orThrow();
        criteria = List.copyOf(criteria);
        bands = List.copyOf(bands);
    }

    private static boolean descendingToZero(List<Band> bands, int totalPoints) {
        if (bands.isEmpty() || bands.stream().anyMatch(Objects::isNull)) {
            return false;
        }
        for (int i = 0; i < bands.size(); i++) {
            double min = bands.get(i).minScore();
            if (min > totalPoints || (i > 0 && min >= bands.get(i - 1).minScore())) {
                return false;
            }
        }
        return bands.get(bands.size() - 1).minScore() == 0;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
