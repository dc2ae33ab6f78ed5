package cn.gov.shandong.circular.plans.programme;

/**
 * Where a programme stands. Only an active programme's parks are on the cities' yearly lists; a
 * closed programme takes no more schedule changes. The database's check constraint is the backstop.
 */
public enum ProgrammeStatus {
    /** Being prepared by the province; parks may be scheduled, nobody is held to it yet. */
    DRAFT,
    /** In force. */
    ACTIVE,
    /** Finished; its schedules and history stay as they were. */
    CLOSED
}
