package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ReviewOutcome;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An application as the API shows it; review and filing are null until they happen. */
public record ApplicationView(UUID id, String parkCode, String parkName, String cityCode, ParkLevel level,
                              ApplicationStatus status, String summary, String submittedBy,
                              OffsetDateTime submittedAt, Review review, Filing filing, long version) {

    public record Review(ReviewOutcome outcome, Integer score, String comments, String reviewedBy,
                         OffsetDateTime reviewedAt) {
    }

    public record Filing(String filedBy, OffsetDateTime filedAt, String remarks) {
    }

    static ApplicationView of(AcceptanceApplication application, String parkName) {
        Review review = application.reviewOutcome == null ? null : new Review(application.reviewOutcome,
                application.reviewScore, application.reviewComments, application.reviewedBy, application.reviewedAt);
        Filing filing = application.filedAt == null ? null
                : new Filing(application.filedBy, application.filedAt, application.filingRemarks);
        return new ApplicationView(application.id, application.parkCode, parkName, application.cityCode,
                application.level, application.status, application.summary, application.submittedBy,
                application.submittedAt, review, filing, application.version);
    }
}
