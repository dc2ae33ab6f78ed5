package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * {@code acceptance.reviewed}: the city reviewed an application - passed, failed, or returned to the
 * park for revision.
 *
 * @param score    0-100 from the expert score sheets; required to pass or fail, optional when returned
 * @param comments the reviewers' comments, may be null
 */
public record AcceptanceReviewed(UUID applicationId, String parkCode, String cityCode, ReviewOutcome outcome,
                                 Integer score, String comments) implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.reviewed";
    public static final int SCORE_MIN = 0;
    public static final int SCORE_MAX = 100;

    public AcceptanceReviewed {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("outcome", outcome)
                .between("score", score, SCORE_MIN, SCORE_MAX, true)
                .rule(outcome == null || !outcome.scoreRequired() || score != null,
                        "score is required when the outcome is " + outcome)
                .optionalText("comments", comments, Check.TEXT_MAX)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
