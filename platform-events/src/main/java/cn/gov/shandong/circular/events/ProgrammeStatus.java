package cn.gov.shandong.circular.events;

/**
 * Where a programme stands. Only an active programme's parks are on the cities' yearly lists; a
 * closed programme takes no more schedule changes.
 */
public enum ProgrammeStatus {
    /** Being prepared by the province: its text may change, parks may be scheduled, nobody is held to it yet. */
    DRAFT,
    /** In force: its text and goals are fixed; its schedule may still change, with reasons. */
    ACTIVE,
    /** Finished: its schedules and history stay as they were. */
    CLOSED;

    /** Drafts come into force, programmes in force close; nothing goes back. */
    public boolean canBecome(ProgrammeStatus next) {
        return (this == DRAFT && next == ACTIVE) || (this == ACTIVE && next == CLOSED);
    }
}
