package cn.gov.shandong.circular.reporting.annualreport;

/**
 * Where a city's annual report stands, and the moves between: the city drafts and edits (DRAFT, or RETURNED
 * after the province sent it back), submits (SUBMITTED: frozen), the province returns a submitted report for
 * revision (RETURNED) and the city submits it again. There is no move out of SUBMITTED but a return.
 */
public enum AnnualReportStatus {

    DRAFT,
    SUBMITTED,
    RETURNED;

    /** May the city change the texts? Only before a submission stands. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** May the city submit it? A draft or a returned report. */
    public boolean submittable() {
        return this == DRAFT || this == RETURNED;
    }

    /** May the province return it? Only a submitted report. */
    public boolean returnable() {
        return this == SUBMITTED;
    }
}
