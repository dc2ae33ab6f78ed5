package cn.gov.shandong.circular.plans.approval;

import cn.gov.shandong.circular.common.lifecycle.StateTable;

/**
 * The one lifecycle of a document that a higher level approves: where a version stands, and the only place that
 * says which moves are allowed. Each workflow names the stages in its own words ({@link ApprovalState}): the
 * implementation plan's in-force stage is APPROVED, the promotion plan's ACKNOWLEDGED.
 *
 * <pre>
 * DRAFT     --the author submits-->  SUBMITTED
 * SUBMITTED --the approver accepts--> IN_FORCE | --the approver returns it with reasons--> RETURNED
 * RETURNED  --the author resubmits--> SUBMITTED
 * IN_FORCE  --a later version comes into force--> SUPERSEDED
 * </pre>
 * A version in force is never edited: a change is a new version (a new DRAFT, "revise") that goes through approval
 * again, and the version in force stays in force until then. The SQL side (each table's status check, its partial
 * unique indexes one-open and one-in-force, its edit triggers) is compared with this table by
 * {@code ApprovalStatesMatchMigrationsTest}.
 */
public enum ApprovalStage {
    /** The author is writing it. */
    DRAFT,
    /** Waiting for the approver. */
    SUBMITTED,
    /** The approver sent it back with reasons; the author changes and resubmits it. */
    RETURNED,
    /** Accepted: the version in force. */
    IN_FORCE,
    /** A version in force that a later version replaced; kept as history. */
    SUPERSEDED;

    /** The allowed moves. */
    public static final StateTable<ApprovalStage> TABLE = StateTable.of(ApprovalStage.class)
            .allow(DRAFT, SUBMITTED)
            .allow(SUBMITTED, IN_FORCE, RETURNED)
            .allow(RETURNED, SUBMITTED)
            .allow(IN_FORCE, SUPERSEDED)
            .build();

    /** Only a draft or a returned version may have its content changed. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** A version still on its way to approval; at most one per series (the one-open partial unique index). */
    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == RETURNED;
    }
}
