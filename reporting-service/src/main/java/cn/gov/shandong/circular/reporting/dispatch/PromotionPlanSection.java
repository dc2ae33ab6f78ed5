package cn.gov.shandong.circular.reporting.dispatch;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The city's promotion plan (推进计划) for the year of the view's day, as of that day (decision 47).
 *
 * @param year            the plan's year: the year of asOf
 * @param status          the newest version's: NOT_SUBMITTED (none submitted by then; a draft is not announced),
 *                        SUBMITTED, RETURNED or ACKNOWLEDGED
 * @param latestRevision  the newest version submitted, null when none
 * @param inForceRevision the newest acknowledged version (the plan in force), null when none
 * @param milestones      milestones of the plan in force
 * @param milestonesDone  of those, done by then
 * @param lateMilestones  of those, not done and dated before asOf, by date
 */
@Schema(name = "DispatchPromotionPlan")
public record PromotionPlanSection(
        @Schema(minimum = "0", maximum = "9999", example = "2019") int year,
        @Schema(example = "ACKNOWLEDGED") Status status,
        @Schema(nullable = true, minimum = "1", maximum = "2147483647", example = "2") Integer latestRevision,
        @Schema(nullable = true, minimum = "1", maximum = "2147483647", example = "1") Integer inForceRevision,
        @Schema(minimum = "0", maximum = "2000", example = "8") int milestones,
        @Schema(minimum = "0", maximum = "2000", example = "5") int milestonesDone,
        @Schema(maxItems = 2000) List<LateMilestone> lateMilestones) {

    /** Where the plan stands. */
    @Schema(name = "DispatchPromotionPlanStatus", description = "NOT_SUBMITTED, SUBMITTED, RETURNED or ACKNOWLEDGED")
    public enum Status {
        NOT_SUBMITTED, SUBMITTED, RETURNED, ACKNOWLEDGED
    }

    /** No version submitted by then. */
    static PromotionPlanSection none(int year) {
        return new PromotionPlanSection(year, Status.NOT_SUBMITTED, null, null, 0, 0, List.of());
    }

    /**
     * A milestone (时间节点) of the plan in force whose date has passed without being done.
     *
     * @param daysLate days from its date to asOf (the day after its date is 1)
     */
    @Schema(name = "DispatchLateMilestone")
    public record LateMilestone(
            @Schema(maxLength = 20, pattern = "^SDP[0-9]{3,}$", example = "SDP021") String parkCode,
            @Schema(maxLength = 36, example = "5b0f7f0e-2f55-4b8e-9d1a-6c1f3e0b2a11") UUID milestoneId,
            @Schema(maxLength = 10, example = "2019-06-30") LocalDate dueOn,
            @Schema(maxLength = 500, example = "完成园区循环化改造实施方案编制") String description,
            @Schema(minimum = "1", maximum = "3652500", example = "12") long daysLate) {
    }
}
