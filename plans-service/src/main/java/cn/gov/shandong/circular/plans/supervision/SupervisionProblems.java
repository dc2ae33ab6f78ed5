package cn.gov.shandong.circular.plans.supervision;

import cn.gov.shandong.circular.common.web.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 400 for a visit or resolution that breaks a rule: {@code field} names the first field path,
 * {@code violations} lists them all ({@code [{field, message}]}), as implementation plans answer.
 */
final class SupervisionProblems {

    private SupervisionProblems() {
    }

    static HttpProblem invalid(List<SupervisionRules.Violation> violations) {
        List<Map<String, String>> listed = violations.stream().map(v -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("field", v.field());
            entry.put("message", v.message());
            return entry;
        }).toList();
        return HttpProblem.builder()
                .withType(URI.create(Problems.TYPE_PREFIX + "bad-request"))
                .withStatus(400)
                .withTitle("Bad request")
                .withDetail(violations.get(0).field() + ": " + violations.get(0).message()
                        + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""))
                .with("field", violations.get(0).field())
                .with("violations", listed)
                .build();
    }
}
