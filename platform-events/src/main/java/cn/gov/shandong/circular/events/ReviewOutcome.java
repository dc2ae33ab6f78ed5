package cn.gov.shandong.circular.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Optional;

/** The result of a city's review (评审验收) against the provincial evaluation method. */
public enum ReviewOutcome {
    /** 通过 */
    PASSED(true),
    /** 不通过 */
    FAILED(true),
    /** 退回修改: returned to the park for revision; a score is optional. */
    RETURNED(false);

    private final boolean scoreRequired;

    ReviewOutcome(boolean scoreRequired) {
        this.scoreRequired = scoreRequired;
    }

    /** A pass or a fail is a scored decision; a return for revision need not be. */
    public boolean scoreRequired() {
        return scoreRequired;
    }

    /** The outcome with exactly this name. */
    public static Optional<ReviewOutcome> named(String name) {
        return StrictEnums.named(ReviewOutcome.class, name);
    }

    /** Reads an outcome from JSON by its exact name only: a number or another spelling is refused. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ReviewOutcome fromJson(String name) {
        return StrictEnums.fromJson(ReviewOutcome.class, "outcome", name);
    }
}
