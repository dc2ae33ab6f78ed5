package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ReviewOutcome;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application as the API shows it; review and filing are null until they happen. */
public record ApplicationView(@Schema(example = "3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f") UUID id,
                              @Schema(maxLength = 20, example = "SDP001") String parkCode,
                              @Schema(maxLength = 100, example = "明水经济技术开发区") String parkName,
                              @Schema(maxLength = 6, pattern = "^\\d{6}$", example = "370100") String cityCode,
                              ParkLevel level,
                              @Schema(example = "FILED") ApplicationStatus status,
                              @Schema(nullable = true, maxLength = 9, description = "The programme whose approved plan it answers (null in applications made before applications named one)",
                                      example = "2018-2020") String programmeCode,
                              @Schema(maxLength = ApplyRequest.TEXT_MAX, example = ApplyRequest.SUMMARY_EXAMPLE) String summary,
                              @Schema(maxItems = 10, description = "Achieved against the approved plan's targets, in the plan's indicator order") List<Achievement> achievements,
                              @Schema(maxItems = 200) List<Project> projects,
                              @Schema(maxLength = 200, example = "mingshui.manager") String submittedBy,
                              @Schema(example = "2019-11-20T09:30:00+08:00") OffsetDateTime submittedAt,
                              @Schema(nullable = true, maxLength = 36, description = "The review of the current submission, once the city opened it (GET .../review)",
                                      example = "6c8e0a2c-4e6a-4c8e-9a2c-4e6a8c0e2a75") UUID currentReviewId,
                              @Schema(nullable = true) Review review,
                              @Schema(nullable = true, maxLength = ApplyRequest.TEXT_MAX, description = "Why the province last sent it back to the city instead of filing it",
                                      example = "专家组评分表缺少签字，请市级补正后重新报送。") String filingReturnedReasons,
                              @Schema(nullable = true) Filing filing,
                              @Schema(minimum = "0", maximum = "9223372036854775807", example = "0") long version) {

    /** An indicator's achieved value against the approved plan's target. */
    @Schema(name = "ApplicationAchievement")
    public record Achievement(@Schema(example = "WATER_REUSE") Indicator indicator,
                              @Schema(maxLength = 50, example = "水循环利用率") String name,
                              @Schema(maxLength = 20, example = "%") String unit,
                              @Schema(minimum = "0", example = "92.4") BigDecimal achieved,
                              @Schema(minimum = "0", example = "88") BigDecimal baseline,
                              @Schema(minimum = "2000", maximum = "2100", example = "2020") int targetYear,
                              @Schema(minimum = "0", example = "92") BigDecimal target,
                              @Schema(description = "Whether the achieved value reaches the target the way the indicator improves (higher, or lower for emissions)",
                                      example = "true") boolean met) {
    }

    /** A project of the approved plan and the completion the park reported. */
    @Schema(name = "ApplicationProject")
    public record Project(@Schema(example = "3c5e7a9b-2d4f-4a6c-8e0a-4c6e8a0c2e42") UUID projectId,
                          @Schema(maxLength = 200, example = "园区中水回用工程") String name,
                          @Schema(example = "COMPLETED") ProjectCompletion completion,
                          @Schema(nullable = true, maxLength = 1000, example = "2019年10月建成投运，日处理中水2万吨。") String note) {
    }

    /** The city's decision on its review. */
    public record Review(@Schema(example = "PASSED") ReviewOutcome outcome,
                         @Schema(nullable = true, minimum = "0", maximum = "1000", description = "The panel's score (older applications: the officer's score)", example = "86.3") BigDecimal score,
                         @Schema(nullable = true, maxLength = 20, example = "良好") String grade,
                         @Schema(nullable = true, maxLength = ApplyRequest.TEXT_MAX, example = DecisionRequest.REASONS_EXAMPLE) String comments,
                         @Schema(maxLength = 200, example = "jinan.officer") String reviewedBy,
                         @Schema(example = "2019-12-10T15:00:00+08:00") OffsetDateTime reviewedAt) {
    }

    /** The province's filing (备案). */
    public record Filing(@Schema(nullable = true, maxLength = 30, description = "备案号, gapless within the filing year (null for filings before numbers)",
                                 example = "鲁园循备〔2019〕第7号") String number,
                         @Schema(maxLength = 200, example = "province.admin") String filedBy,
                         @Schema(example = "2019-12-20T10:00:00+08:00") OffsetDateTime filedAt,
                         @Schema(nullable = true, maxLength = ApplyRequest.TEXT_MAX, example = FilingRequest.REMARKS_EXAMPLE) String remarks) {
    }

    /** The decision's panel score and grade, from the review that decided. */
    public record Decided(BigDecimal score, String grade) {
        public static final Decided NONE = new Decided(null, null);
    }

    static ApplicationView of(AcceptanceApplication application, String parkName, List<ApplicationAchievement> achievements,
                              List<ApplicationProject> projects, Decided decided) {
        BigDecimal score = decided.score() != null ? decided.score()
                : application.reviewScore == null ? null : BigDecimal.valueOf(application.reviewScore);
        Review review = application.reviewOutcome == null ? null : new Review(application.reviewOutcome,
                score, decided.grade(), application.reviewComments, application.reviewedBy, application.reviewedAt);
        Filing filing = application.filedAt == null ? null : new Filing(application.filingNumber, application.filedBy,
                application.filedAt, application.filingRemarks);
        return new ApplicationView(application.id, application.parkCode, parkName, application.cityCode,
                application.level, application.status, application.programmeCode, application.summary,
                achievements.stream().map(a -> new Achievement(a.key.indicator(), a.key.indicator().chineseName(), a.unit,
                        normal(a.achievedValue), normal(a.baselineValue), a.targetYear, normal(a.targetValue), a.met())).toList(),
                projects.stream().map(p -> new Project(p.key.projectId(), p.name, p.completion, p.note)).toList(),
                application.submittedBy, application.submittedAt, application.currentReviewId, review,
                application.filingReturnedReasons, filing, application.version);
    }

    /** 92.0000 as 92, 18.6000 as 18.6 (and never 1E+2). */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
