package cn.gov.shandong.circular.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code acceptance.spot-check-finding-recorded}: an expert of the round (or the province) recorded what
 * the spot check found about one sampled park's filed acceptance. A revocation is also announced as
 * {@code acceptance.revoked}, the fact that reporting counts.
 *
 * @param roundCode             the spot-check round
 * @param reasons               why (1-{@value #REASONS_MAX} texts, not blank)
 * @param rectificationDeadline the day the park must have rectified by; given exactly when the outcome is
 *                              RECTIFICATION_REQUIRED
 */
public record SpotCheckFindingRecorded(UUID applicationId, String parkCode, String cityCode, String roundCode,
                                       SpotCheckOutcome outcome, List<String> reasons, LocalDate rectificationDeadline)
        implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.spot-check-finding-recorded";
    public static final int REASONS_MAX = 20;
    public static final int REASON_MAX = 1000;

    public SpotCheckFindingRecorded {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .matches("roundCode", roundCode, SpotCheckDrawn.ROUND_CODE, 7, "a round code such as 2020-01")
                .present("outcome", outcome)
                .present("reasons", reasons)
                .rule(reasons == null || validReasons(reasons), "reasons must be 1-" + REASONS_MAX
                        + " texts, none blank or longer than " + REASON_MAX)
                .rule(outcome == null || (outcome == SpotCheckOutcome.RECTIFICATION_REQUIRED) == (rectificationDeadline != null),
                        "rectificationDeadline is given exactly when the outcome is RECTIFICATION_REQUIRED")
                .orThrow();
        reasons = List.copyOf(reasons);
    }

    static boolean validReasons(List<String> reasons) {
        return !reasons.isEmpty() && reasons.size() <= REASONS_MAX && reasons.stream().allMatch(r -> r != null
                && !r.isBlank() && r.codePointCount(0, r.length()) <= REASON_MAX);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
