package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.common.parkdirectory.ParkDirectoryEntry;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ReviewOutcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A park's application for acceptance of its circular transformation (验收申请), with the city's
 * review and the provincial filing. State changes go through the methods below, which ask
 * {@link ApplicationStatus} whether the move is allowed.
 */
@Entity
@Table(name = "acceptance_application")
public class AcceptanceApplication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "park_code", nullable = false, updatable = false)
    public String parkCode;

    /** The park's city when it applied: the city that reviews it. */
    @Column(name = "city_code", nullable = false, updatable = false)
    public String cityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ParkLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(nullable = false)
    public String summary;

    /** Who submitted the current submission (the application or its latest resubmission), and when. */
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    /** The latest city review; after a resubmission it is the review that returned the application. */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome")
    public ReviewOutcome reviewOutcome;

    @Column(name = "review_score")
    public Integer reviewScore;

    @Column(name = "review_comments")
    public String reviewComments;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "filed_by")
    public String filedBy;

    @Column(name = "filed_at")
    public OffsetDateTime filedAt;

    @Column(name = "filing_remarks")
    public String filingRemarks;

    @Version
    public long version;

    /** A new application of a park, with the city and level the directory knows now. */
    public static AcceptanceApplication submit(ParkDirectoryEntry park, String summary, String by, OffsetDateTime at) {
        AcceptanceApplication application = new AcceptanceApplication();
        application.id = UUID.randomUUID();
        application.parkCode = park.parkCode;
        application.cityCode = park.cityCode;
        application.level = park.level;
        application.status = ApplicationStatus.SUBMITTED;
        application.summary = summary;
        application.submittedBy = by;
        application.submittedAt = at;
        return application;
    }

    public void review(ReviewOutcome outcome, Integer score, String comments, String by, OffsetDateTime at) {
        moveTo(ApplicationStatus.after(outcome), "reviewed");
        reviewOutcome = outcome;
        reviewScore = score;
        reviewComments = comments;
        reviewedBy = by;
        reviewedAt = at;
    }

    public void resubmit(String revisedSummary, String by, OffsetDateTime at) {
        moveTo(ApplicationStatus.SUBMITTED, "resubmitted");
        summary = revisedSummary;
        submittedBy = by;
        submittedAt = at;
    }

    public void file(String remarks, String by, OffsetDateTime at) {
        moveTo(ApplicationStatus.FILED, "filed");
        filingRemarks = remarks;
        filedBy = by;
        filedAt = at;
    }

    /** A spot check revoked the filing (撤销备案); who and why are on the spot check's finding. */
    public void revoke() {
        moveTo(ApplicationStatus.REVOKED, "revoked");
    }

    private void moveTo(ApplicationStatus next, String action) {
        if (!status.canMoveTo(next)) {
            throw Problems.illegalTransition("Application " + id + " is " + status + " and cannot be " + action
                    + " (that would make it " + next + ")");
        }
        status = next;
    }
}
