package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.common.parkdirectory.ParkDirectoryEntry;
import cn.gov.shandong.circular.common.domain.IllegalTransition;
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

    /** Older applications' single officer score; the panel's score now lives on the review. */
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

    /** The programme whose approved implementation plan the application answers (null in older ones). */
    @Column(name = "programme_code", updatable = false)
    public String programmeCode;

    /** The review of the current submission, once the city opened it. */
    @Column(name = "current_review_id")
    public UUID currentReviewId;

    /** 备案号 and its parts: the filing year (Asia/Shanghai) and the number within it. */
    @Column(name = "filing_number")
    public String filingNumber;

    @Column(name = "filing_year")
    public Integer filingYear;

    @Column(name = "filing_sequence")
    public Integer filingSequence;

    /** The province's reasons the last time it sent the application back to the city instead of filing it. */
    @Column(name = "filing_returned_reasons")
    public String filingReturnedReasons;

    @Version
    public long version;

    /** A new application of a park, with the city and level the directory knows now. */
    public static AcceptanceApplication submit(ParkDirectoryEntry park, String programmeCode, String summary, String by,
                                               OffsetDateTime at) {
        AcceptanceApplication application = new AcceptanceApplication();
        application.id = UUID.randomUUID();
        application.programmeCode = programmeCode;
        application.parkCode = park.parkCode;
        application.cityCode = park.cityCode;
        application.level = park.level;
        application.status = ApplicationStatus.SUBMITTED;
        application.summary = summary;
        application.submittedBy = by;
        application.submittedAt = at;
        return application;
    }

    /** The city opened the review of this submission. */
    public void openReview(UUID reviewId) {
        // UNDER_REVIEW is also where the province's return of a PASSED application leads; the city opens
        // a review of a submission only.
        if (status != ApplicationStatus.SUBMITTED) {
            throw new IllegalTransition("Application " + id + " is " + status
                    + ": only a SUBMITTED application gets a review opened");
        }
        moveTo(ApplicationStatus.UNDER_REVIEW, "put under review");
        currentReviewId = reviewId;
    }

    /** The city's decision: passed or failed on the panel's score, or returned to the park. */
    public void decide(ReviewOutcome outcome, String reasons, String by, OffsetDateTime at) {
        moveTo(switch (outcome) {
            case PASSED -> ApplicationStatus.PASSED;
            case FAILED -> ApplicationStatus.FAILED;
            case RETURNED -> ApplicationStatus.RETURNED;
        }, "decided " + outcome);
        reviewOutcome = outcome;
        reviewComments = reasons;
        reviewedBy = by;
        reviewedAt = at;
    }

    /** The province sends a passed application back to the city's review instead of filing it. */
    public void returnToCity(String reasons) {
        moveTo(ApplicationStatus.UNDER_REVIEW, "returned to the city");
        filingReturnedReasons = reasons;
        reviewOutcome = null;
        reviewComments = null;
        reviewedBy = null;
        reviewedAt = null;
    }

    public void resubmit(String revisedSummary, String by, OffsetDateTime at) {
        moveTo(ApplicationStatus.SUBMITTED, "resubmitted");
        currentReviewId = null;
        summary = revisedSummary;
        submittedBy = by;
        submittedAt = at;
    }

    public void file(String remarks, int year, int sequence, String number, String by, OffsetDateTime at) {
        moveTo(ApplicationStatus.FILED, "filed");
        filingYear = year;
        filingSequence = sequence;
        filingNumber = number;
        filingRemarks = remarks;
        filedBy = by;
        filedAt = at;
    }

    /** A spot check revoked the filing (撤销备案); who and why are on the spot check's finding. */
    public void revoke() {
        moveTo(ApplicationStatus.REVOKED, "revoked");
    }

    private void moveTo(ApplicationStatus next, String action) {
        status = ApplicationStatus.TABLE.move(status, next, () -> "Application " + id + " is " + status
                + " and cannot be " + action + " (that would make it " + next + ")");
    }
}
