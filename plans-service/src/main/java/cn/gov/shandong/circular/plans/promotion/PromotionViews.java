package cn.gov.shandong.circular.plans.promotion;

import cn.gov.shandong.circular.events.ParkLevel;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Promotion plans (推进计划) as the API shows them. */
public final class PromotionViews {

    private PromotionViews() {
    }

    /** One version of a city's plan for a year, with its parks and milestones; late milestones are counted. */
    @Schema(name = "PromotionPlan")
    public record Plan(@Schema(examples = "2b4d6f8a-0c2e-4b4d-8f6a-0c2e4b6d8f53") UUID id,
                       @Schema(maxLength = 6, pattern = "^[0-9]{6}$", examples = "370100") String cityCode,
                       @Schema(examples = "2020") int year,
                       @Schema(description = "Version number of the city's plan for the year", examples = "1") int revision,
                       PromotionPlanStatus status,
                       @Schema(maxItems = PromotionRequests.PARKS_MAX) List<Park> parks,
                       @Schema(description = "Milestones not done whose date is before today (China Standard Time)",
                               examples = "1") int lateMilestones,
                       @Schema(maxLength = 200, examples = "officer.370100") String createdBy,
                       OffsetDateTime createdAt,
                       @Schema(nullable = true, maxLength = 200, examples = "officer.370100") String submittedBy,
                       @Schema(nullable = true, maxLength = 35) OffsetDateTime submittedAt,
                       @Schema(nullable = true) Decision decision,
                       @Schema(nullable = true, maxLength = 35) OffsetDateTime supersededAt,
                       @Schema(description = "Also the ETag", examples = "2") long version) {
    }

    /** A park of the plan and what it transforms that year. */
    @Schema(name = "PromotionPlanPark")
    public record Park(@Schema(maxLength = 20, examples = "SDP002") String parkCode,
                       @Schema(nullable = true, maxLength = 100, examples = "济南高新区") String parkName,
                       @Schema(maxLength = PromotionRequests.CONTENTS_MAX, examples = "建设园区中水回用管网，推进企业间蒸汽梯级利用。")
                       String contents,
                       @Schema(maxItems = PromotionRequests.MILESTONES_MAX) List<Milestone> milestones) {
    }

    /** A milestone (时间节点); {@code id} is the milestone across the plan's versions. */
    @Schema(name = "PromotionMilestone")
    public record Milestone(@Schema(examples = "8d0f2b4d-6f8a-4c0e-9b2d-4f6a8c0e2b64") UUID id,
                            @Schema(examples = "2020-03-31") LocalDate date,
                            @Schema(maxLength = PromotionRequests.DESCRIPTION_MAX, examples = "完成园区循环化改造实施方案修编")
                            String description,
                            MilestoneStatus status,
                            @Schema(nullable = true, maxLength = 10, examples = "2020-04-08") LocalDate doneOn,
                            @Schema(description = "Not done and its date is before today", examples = "false") boolean late) {

        static Milestone of(PromotionRules.Milestone milestone, LocalDate today) {
            return new Milestone(milestone.id(), milestone.date(), milestone.description(),
                    milestone.doneOn() == null ? MilestoneStatus.PLANNED : MilestoneStatus.DONE, milestone.doneOn(),
                    PromotionRules.late(milestone, today));
        }
    }

    /** A version in a list (without its parks). */
    @Schema(name = "PromotionPlanSummary")
    public record Summary(@Schema(examples = "2b4d6f8a-0c2e-4b4d-8f6a-0c2e4b6d8f53") UUID id,
                          @Schema(maxLength = 6, pattern = "^[0-9]{6}$", examples = "370100") String cityCode,
                          @Schema(examples = "2020") int year,
                          @Schema(examples = "1") int revision,
                          PromotionPlanStatus status,
                          @Schema(examples = "2") long parks,
                          @Schema(description = "Milestones not done whose date is before today", examples = "1")
                          long lateMilestones,
                          @Schema(nullable = true, maxLength = 35) OffsetDateTime submittedAt,
                          @Schema(nullable = true) Decision decision,
                          @Schema(examples = "2") long version) {
    }

    /** The province's decision on the version. */
    @Schema(name = "PromotionPlanDecisionTaken")
    public record Decision(@Schema(enumeration = {"ACKNOWLEDGED", "RETURNED"}) String outcome,
                           @Schema(nullable = true, maxLength = PromotionRequests.COMMENTS_MAX,
                                   examples = "请补充平阴工业园区的时间节点。") String comments,
                           @Schema(maxLength = 200, examples = "admin.province") String decidedBy,
                           OffsetDateTime decidedAt) {
    }

    /** A park the city may put in its plan for the year: scheduled that year by an active programme. */
    @Schema(name = "PromotionCandidatePark")
    public record Candidate(@Schema(maxLength = 20, examples = "SDP002") String parkCode,
                            @Schema(maxLength = 100, examples = "济南高新区") String parkName,
                            ParkLevel level,
                            @Schema(maxLength = 9, pattern = "^[0-9]{4}-[0-9]{4}$", examples = "2018-2020")
                            String programmeCode,
                            @Schema(description = "The year the park is scheduled to complete", examples = "2020") int year) {
    }

    /** What changed from one version of a city's plan to another (done states are not plan changes). */
    @Schema(name = "PromotionPlanComparison")
    public record Comparison(@Schema(examples = "2b4d6f8a-0c2e-4b4d-8f6a-0c2e4b6d8f53") UUID fromId,
                             @Schema(examples = "1") int fromRevision,
                             @Schema(examples = "4c6e8a0c-2e4a-4c6e-8a0c-2e4a6c8e0a55") UUID toId,
                             @Schema(examples = "2") int toRevision,
                             @Schema(maxItems = PromotionRequests.PARKS_MAX, description = "Parks in the later version only",
                                     examples = "[\"SDP005\"]") List<@Size(max = 20) String> parksAdded,
                             @Schema(maxItems = PromotionRequests.PARKS_MAX, description = "Parks in the earlier version only",
                                     examples = "[\"SDP004\"]") List<@Size(max = 20) String> parksRemoved,
                             @Schema(maxItems = PromotionRequests.PARKS_MAX, description = "Parks in both whose contents or "
                                     + "milestones changed") List<ParkChange> parksChanged) {
    }

    /** A park in both versions: its contents (when changed) and its milestones added, removed and changed. */
    @Schema(name = "PromotionParkChange")
    public record ParkChange(@Schema(maxLength = 20, examples = "SDP002") String parkCode,
                             @Schema(examples = "true") boolean contentsChanged,
                             @Schema(nullable = true, maxLength = PromotionRequests.CONTENTS_MAX,
                                     examples = "建设园区中水回用管网。") String contentsBefore,
                             @Schema(nullable = true, maxLength = PromotionRequests.CONTENTS_MAX,
                                     examples = "建设园区中水回用管网，推进企业间蒸汽梯级利用。") String contentsAfter,
                             @Schema(maxItems = PromotionRequests.MILESTONES_MAX) List<MilestoneEntry> milestonesAdded,
                             @Schema(maxItems = PromotionRequests.MILESTONES_MAX) List<MilestoneEntry> milestonesRemoved,
                             @Schema(maxItems = PromotionRequests.MILESTONES_MAX) List<MilestoneChange> milestonesChanged) {
    }

    /** A milestone as planned (date and description). */
    @Schema(name = "PromotionMilestoneEntry")
    public record MilestoneEntry(@Schema(examples = "8d0f2b4d-6f8a-4c0e-9b2d-4f6a8c0e2b64") UUID id,
                                 @Schema(examples = "2020-03-31") LocalDate date,
                                 @Schema(maxLength = PromotionRequests.DESCRIPTION_MAX, examples = "完成园区循环化改造实施方案修编")
                                 String description) {

        static MilestoneEntry of(PromotionRules.Milestone milestone) {
            return new MilestoneEntry(milestone.id(), milestone.date(), milestone.description());
        }
    }

    /** A milestone whose date or description changed. */
    @Schema(name = "PromotionMilestoneChange")
    public record MilestoneChange(MilestoneEntry before, MilestoneEntry after) {
    }
}
