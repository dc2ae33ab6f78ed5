package cn.gov.shandong.circular.plans.implementation;

import cn.gov.shandong.circular.common.domain.RuleViolated;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The refusals of plans (implementation plans, promotion plans) that carry several field paths: {@code field} names
 * the first, {@code violations} lists them all ({@code [{field, message}]}, the shape of Bean Validation's problems).
 */
public final class PlanRefusals {

    private PlanRefusals() {
    }

    /** The content breaks a rule (a value out of range, an unknown code, funding that does not add up): 400. */
    public static RuleViolated invalid(List<PlanRules.Violation> violations) {
        return RuleViolated.invalid(violations.get(0).field(), detail(violations)).with("violations", listed(violations));
    }

    /** The version is well-formed but lacks what submitting needs (the four core indicators, a park's milestones): 422. */
    public static RuleViolated incomplete(List<PlanRules.Violation> violations) {
        return RuleViolated.notMet("incomplete-plan", "The plan is incomplete", violations.get(0).field(),
                detail(violations)).with("violations", listed(violations));
    }

    /** The value a check found, or its refusals as {@link #invalid}. */
    public static <T> T valid(PlanRules.Checked<T> checked) {
        if (!checked.ok()) {
            throw invalid(checked.refusals());
        }
        return checked.value();
    }

    private static String detail(List<PlanRules.Violation> violations) {
        return violations.get(0).field() + ": " + violations.get(0).message()
                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "");
    }

    private static List<Map<String, String>> listed(List<PlanRules.Violation> violations) {
        return violations.stream().map(v -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("field", v.field());
            entry.put("message", v.message());
            return entry;
        }).toList();
    }
}
