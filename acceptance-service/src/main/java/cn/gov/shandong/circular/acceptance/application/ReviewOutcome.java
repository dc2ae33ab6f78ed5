package cn.gov.shandong.circular.acceptance.application;

/** The result of a city's review (评审验收) against the provincial evaluation method. */
public enum ReviewOutcome {
    PASSED(ApplicationStatus.PASSED, true),
    FAILED(ApplicationStatus.FAILED, true),
    /** Returned to the park for revision; a score is optional. */
    RETURNED(ApplicationStatus.RETURNED, false);

    private final ApplicationStatus status;
    private final boolean scoreRequired;

    ReviewOutcome(ApplicationStatus status, boolean scoreRequired) {
        this.status = status;
        this.scoreRequired = scoreRequired;
    }

    /** The status the application moves to. */
    public ApplicationStatus status() {
        return status;
    }

    /** A pass or a fail is a scored decision; a return for revision need not be. */
    public boolean scoreRequired() {
        return scoreRequired;
    }
}
