package cn.gov.shandong.circular.acceptance.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ReviewOutcome;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An application as the API shows it; review and filing are null until they happen. */
public record ApplicationView(UUID id,
                              @Schema(maxLength = 20, example = "SDP001") String parkCode,
                              @Schema(maxLength = 100, example = "明水经济技术开发区") String parkName,
                              @Schema(maxLength = 6, pattern = "^\\d{6}$", example = "370100") String cityCode,
                              ParkLevel level,
                              ApplicationStatus status,
                              @Schema(maxLength = ApplyRequest.TEXT_MAX, example = "循环化改造任务全部完成，申请验收。") String summary,
                              @Schema(maxLength = 200, example = "manager-sdp001") String submittedBy,
                              OffsetDateTime submittedAt,
                              @Schema(nullable = true) Review review,
                              @Schema(nullable = true) Filing filing,
                              @Schema(minimum = "0", maximum = "9223372036854775807", example = "0") long version) {

    /** The city's review. */
    public record Review(ReviewOutcome outcome,
                         @Schema(nullable = true, minimum = "0", maximum = "100", example = "86") Integer score,
                         @Schema(nullable = true, maxLength = ApplyRequest.TEXT_MAX) String comments,
                         @Schema(maxLength = 200, example = "officer-370100") String reviewedBy,
                         OffsetDateTime reviewedAt) {
    }

    /** The province's filing (备案). */
    public record Filing(@Schema(maxLength = 200, example = "province-admin") String filedBy,
                         OffsetDateTime filedAt,
                         @Schema(nullable = true, maxLength = ApplyRequest.TEXT_MAX) String remarks) {
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
