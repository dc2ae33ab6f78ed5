package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * {@code acceptance.reviewed}: the city reviewed an application - passed, failed, or returned to the
 * park for revision.
 *
 * @param score             the expert panel's score (the mean of the experts' totals, one decimal) on the
 *                          score sheet of {@code scoreSheetVersion}; required to pass or fail, optional when returned
 * @param comments          the city's reasons (required to fail or return) or comments, may be null
 * @param grade             the grade band the score falls in (e.g. 良好), null without a score
 * @param scoreSheetVersion the score sheet the panel scored on, null without a panel (or before sheets existed)
 */
public record AcceptanceReviewed(UUID applicationId, String parkCode, String cityCode, ReviewOutcome outcome,
                                 Double score, String comments, String grade, Integer scoreSheetVersion)
        implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.reviewed";
    public static final int SCORE_MIN = 0;
    /** The highest total a score sheet may have (the default sheet has 100). */
    public static final int SCORE_MAX = 1000;

    public AcceptanceReviewed {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("outcome", outcome)
                .amount("score", score, SCORE_MAX)
                .rule(outcome == null || !outcome.scoreRequired() || score != null,
                        "score is required when the outcome is " + outcome)
                .optionalText("comments", comments, Check.TEXT_MAX)
                .optionalText("grade", grade, ScoreSheetPublished.LABEL_MAX)
                .between("scoreSheetVersion", scoreSheetVersion, 1, Integer.MAX_VALUE, true)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
