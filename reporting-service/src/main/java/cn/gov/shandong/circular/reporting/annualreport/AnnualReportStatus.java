package cn.gov.shandong.circular.reporting.annualreport;

import cn.gov.shandong.circular.common.lifecycle.StateTable;

/**
 * Where a city's annual report stands, and the moves between: the city drafts and edits (DRAFT, or RETURNED
 * after the province sent it back), submits (SUBMITTED: frozen), the province returns a submitted report for
 * revision (RETURNED) and the city submits it again. There is no move out of SUBMITTED but a return.
 *
 * <pre>
 * (the city's first save) --> DRAFT
 * DRAFT     --the city submits--> SUBMITTED
 * SUBMITTED --the province returns it for revision--> RETURNED
 * RETURNED  --the city submits again--> SUBMITTED
 * </pre>
 * Editing the texts is not a move: it leaves the status as it is ({@link #editable()}). The SQL side (V8's status
 * check) is compared with this enum by {@code AnnualReportStatusMatchesMigrationsTest}.
 */
public enum AnnualReportStatus {

    DRAFT,
    SUBMITTED,
    RETURNED;

    /** The allowed moves. */
    public static final StateTable<AnnualReportStatus> TABLE = StateTable.of(AnnualReportStatus.class)
            .allow(DRAFT, SUBMITTED)
            .allow(SUBMITTED, RETURNED)
            .allow(RETURNED, SUBMITTED)
            .build();

    /** May the city change the texts? Only before a submission stands. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
