package cn.gov.shandong.circular.plans.promotion;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of promotion plans (推进计划). Dates and codes travel as text and are checked by
 * {@link PromotionRules}, so that every refusal names its field path (e.g. {@code parks[2].milestones[0].date});
 * the {@code @Schema} limits document exactly what PromotionRules enforces.
 */
public final class PromotionRequests {

    public static final int PARKS_MAX = 100;
    public static final int MILESTONES_MAX = 20;
    public static final int CONTENTS_MAX = 2000;
    public static final int DESCRIPTION_MAX = 500;
    public static final int COMMENTS_MAX = 4000;
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;

    private PromotionRequests() {
    }

    /** A city officer starts their city's plan for a year (version 1, a draft). */
    @Schema(name = "PromotionPlanDraft")
    public record Draft(
            @Schema(required = true, maxLength = 6, pattern = "^[0-9]{6}$", examples = "370100",
                    description = "The officer's own city") String cityCode,
            @Schema(required = true, minimum = "2000", maximum = "2100", examples = "2020",
                    description = "A year an active programme schedules parks in") Integer year,
            @Schema(maxItems = PARKS_MAX, description = "Parks of the city scheduled that year by an active programme "
                    + "(GET /api/v1/promotion-plans/candidate-parks), each once") List<Park> parks) {
    }

    /** The whole content of a draft or returned version, replacing what it held. */
    @Schema(name = "PromotionPlanContent")
    public record Content(
            @Schema(maxItems = PARKS_MAX, description = "Parks of the city scheduled that year by an active programme, "
                    + "each once") List<Park> parks) {
    }

    /** A park the city transforms that year. */
    @Schema(name = "PromotionPlanParkInput")
    public record Park(
            @Schema(required = true, maxLength = 20, examples = "SDP002") String parkCode,
            @Schema(required = true, maxLength = CONTENTS_MAX, examples = "建设园区中水回用管网，推进企业间蒸汽梯级利用。",
                    description = "主要改造内容: the main transformation contents that year") String contents,
            @Schema(maxItems = MILESTONES_MAX, description = "时间节点; at least one per park to submit")
            List<Milestone> milestones) {
    }

    /** A milestone (时间节点) of a park. */
    @Schema(name = "PromotionMilestoneInput")
    public record Milestone(
            @Schema(description = "Keep a milestone of an earlier version of this plan by sending its id (its done "
                    + "state stays with it); leave out for a new milestone") UUID id,
            @Schema(required = true, format = "date", maxLength = 10, examples = "2020-03-31",
                    description = "Within the plan's year") String date,
            @Schema(required = true, maxLength = DESCRIPTION_MAX, examples = "完成园区循环化改造实施方案修编")
            String description) {
    }

    /** The province's decision on a submitted version. */
    @Schema(name = "PromotionPlanDecision")
    public record Decision(
            @Schema(required = true, enumeration = {"ACKNOWLEDGED", "RETURNED"}, examples = "RETURNED") String outcome,
            @Schema(maxLength = COMMENTS_MAX, description = "Required to return the plan",
                    examples = "请补充平阴工业园区的时间节点。") String comments) {
    }

    /** A milestone of the plan in force was done. */
    @Schema(name = "PromotionMilestoneCompletion")
    public record Completion(
            @Schema(required = true, format = "date", maxLength = 10, examples = "2020-04-08",
                    description = "The day it was done; not in the future (China Standard Time)") String doneOn) {
    }

    /** Null-safe list. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
