package cn.gov.shandong.circular.plans.supervision;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of supervision records. Dates travel as text and are checked by
 * {@link SupervisionRules}, so that every refusal names its field path (e.g. {@code actions[1].deadline});
 * the {@code @Schema} limits document exactly what the rules enforce.
 */
public final class SupervisionRequests {

    public static final int INSPECTORS_MAX = 20;
    public static final int INSPECTOR_MAX = 100;
    public static final int FINDINGS_MAX = 4000;
    public static final int PROBLEMS_MAX = 50;
    public static final int PROBLEM_MAX = 1000;
    public static final int ACTIONS_MAX = 50;
    public static final int ACTION_MAX = 1000;
    public static final int RESOLUTION_MAX = 4000;

    private SupervisionRequests() {
    }

    /** What an officer of the park's city saw and required on a visit. */
    @Schema(name = "SupervisionVisit")
    public record Visit(
            @Schema(required = true, format = "date", maxLength = 10, examples = "2019-05-16",
                    description = "The day of the visit; not in the future (China Standard Time)") String visitedOn,
            @Schema(maxItems = INSPECTORS_MAX, description = "Names of the inspectors, optional", examples = "[\"张明\", \"李华\"]")
            List<@Size(max = SupervisionRequests.INSPECTOR_MAX) String> inspectors,
            @Schema(required = true, maxLength = FINDINGS_MAX,
                    examples = "园区循环化改造重点项目总体按计划推进，中水回用工程主体管网已完工。") String findings,
            @Schema(maxItems = PROBLEMS_MAX, description = "The problems found, may be empty", examples = "[\"固体废物综合利用台账不完整。\"]")
            List<@Size(max = SupervisionRequests.PROBLEM_MAX) String> problems,
            @Schema(maxItems = ACTIONS_MAX, description = "What the park must do, each by a deadline not before the visit")
            List<Action> actions) {
    }

    /** An action the visit requires of the park (整改要求). */
    @Schema(name = "SupervisionActionInput")
    public record Action(
            @Schema(required = true, maxLength = ACTION_MAX, examples = "完善园区固体废物台账，按月报送综合利用数据。")
            String description,
            @Schema(required = true, format = "date", maxLength = 10, examples = "2019-08-31",
                    description = "Not before the visit") String deadline) {
    }

    /** How an action was resolved, as the city found it. */
    @Schema(name = "SupervisionActionResolution")
    public record Resolution(
            @Schema(required = true, format = "date", maxLength = 10, examples = "2019-08-20",
                    description = "The day the action was found done: not before the visit, not in the future")
            String resolvedOn,
            @Schema(required = true, maxLength = RESOLUTION_MAX, examples = "固体废物台账已建立，6-7月数据已报送。")
            String resolution) {
    }
}
