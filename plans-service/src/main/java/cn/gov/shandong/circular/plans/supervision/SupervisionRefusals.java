package cn.gov.shandong.circular.plans.supervision;

import cn.gov.shandong.circular.common.domain.RuleViolated;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The refusal of a visit or resolution that breaks a rule: an invalid value whose {@code field} names the first
 * field path, with {@code violations} listing them all ({@code [{field, message}]}), as implementation plans answer.
 */
final class SupervisionRefusals {

    private SupervisionRefusals() {
    }

    static RuleViolated invalid(List<SupervisionRules.Violation> violations) {
        List<Map<String, String>> listed = violations.stream().map(v -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("field", v.field());
            entry.put("message", v.message());
            return entry;
        }).toList();
        SupervisionRules.Violation first = violations.get(0);
        return RuleViolated.invalid(first.field(), first.field() + ": " + first.message()
                        + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""))
                .with("violations", listed);
    }
}
