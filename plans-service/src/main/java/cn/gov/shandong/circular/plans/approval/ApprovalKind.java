package cn.gov.shandong.circular.plans.approval;

import java.util.Locale;
import java.util.Set;

/**
 * What one approval workflow is called and where it is stored: its status enum, its table (whose constraints follow
 * one naming: {@code <table>_one_open}, {@code <table>_one_<in-force state>}, {@code <table>_revision}) and the
 * words of its refusals.
 *
 * @param states        the workflow's status enum
 * @param table         the table of its versions
 * @param noun          how a refusal names a version, e.g. "Implementation plan"
 * @param afterInForce  what to do instead of editing the version in force, e.g. "create a revision (POST .../revisions) instead"
 * @param revisableOnly which version may be revised, e.g. "only the approved version can be revised"
 */
public record ApprovalKind<S extends Enum<S> & ApprovalState<S>>(Class<S> states, String table, String noun,
                                                                 String afterInForce, String revisableOnly) {

    public ApprovalKind {
        for (ApprovalStage stage : ApprovalStage.values()) {
            ApprovalState.of(states, stage); // each stage named exactly once, or the workflow does not start
        }
    }

    /** The workflow's name for a stage. */
    public S state(ApprovalStage stage) {
        return ApprovalState.of(states, stage);
    }

    /** The states of versions on their way. */
    public Set<S> open() {
        return ApprovalState.open(states);
    }

    public S inForce() {
        return state(ApprovalStage.IN_FORCE);
    }

    /** The partial unique index that allows one open version per series. */
    public String oneOpenIndex() {
        return table + "_one_open";
    }

    /** The partial unique index that allows one version in force per series. */
    public String oneInForceIndex() {
        return table + "_one_" + inForce().name().toLowerCase(Locale.ROOT);
    }

    /** The unique constraint on a series' revision numbers. */
    public String revisionConstraint() {
        return table + "_revision";
    }
}
