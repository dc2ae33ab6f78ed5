package cn.gov.shandong.circular.acceptance.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ReviewOutcome;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An application as the API shows it; review and filing are null until they happen. */
public record ApplicationView(@Schema(example = "3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f") UUID id,
                              @Schema(maxLength = 20, example = "SDP001") String parkCode,
                              @Schema(maxLength = 100, example = "明水经济技术开发区") String parkName,
                              @Schema(maxLength = 6, pattern = "^\\d{6}$", example = "370100") String cityCode,
                              ParkLevel level,
                              @Schema(example = "FILED") ApplicationStatus status,
                              @Schema(maxLength = ApplyRequest.TEXT_MAX, example = ApplyRequest.SUMMARY_EXAMPLE) String summary,
                              @Schema(maxLength = 200, example = "manager-sdp001") String submittedBy,
                              @Schema(example = "2019-11-20T09:30:00+08:00") OffsetDateTime submittedAt,
                              @Schema(nullable = true) Review review,
                              @Schema(nullable = true) Filing filing,
                              @Schema(minimum = "0", maximum = "9223372036854775807", example = "0") long version) {

    /** The city's review. */
    public record Review(@Schema(example = "PASSED") ReviewOutcome outcome,
                         @Schema(nullable = true, minimum = "0", maximum = "100", example = "86") Integer score,
                         @Schema(nullable = true, maxLength = ApplyRequest.TEXT_MAX, example = ReviewRequest.COMMENTS_EXAMPLE) String comments,
                         @Schema(maxLength = 200, example = "officer-370100") String reviewedBy,
                         @Schema(example = "2019-12-10T15:00:00+08:00") OffsetDateTime reviewedAt) {
    }

    /** The province's filing (备案). */
    public record Filing(@Schema(maxLength = 200, example = "province-admin") String filedBy,
                         @Schema(example = "2019-12-20T10:00:00+08:00") OffsetDateTime filedAt,
                         @Schema(nullable = true, maxLength = ApplyRequest.TEXT_MAX, example = FilingRequest.REMARKS_EXAMPLE) String remarks) {
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
