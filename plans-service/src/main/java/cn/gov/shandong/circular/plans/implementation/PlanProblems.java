package cn.gov.shandong.circular.plans.implementation;

import cn.gov.shandong.circular.common.web.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of plans (implementation plans, promotion plans) that carry several field paths: {@code field} names the first,
 * {@code violations} lists them all ({@code [{field, message}]}, the shape of Bean Validation's problems).
 */
public final class PlanProblems {

    private PlanProblems() {
    }

    /** 400: the content breaks a rule (a value out of range, an unknown code, funding that does not add up). */
    public static HttpProblem invalid(List<PlanRules.Violation> violations) {
        return problem(400, "bad-request", "Bad request", violations);
    }

    /** 422: the version is well-formed but lacks what submitting needs (the four core indicators, a park's milestones). */
    public static HttpProblem incomplete(List<PlanRules.Violation> violations) {
        return problem(422, "incomplete-plan", "The plan is incomplete", violations);
    }

    private static HttpProblem problem(int status, String slug, String title, List<PlanRules.Violation> violations) {
        List<Map<String, String>> listed = violations.stream().map(v -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("field", v.field());
            entry.put("message", v.message());
            return entry;
        }).toList();
        return HttpProblem.builder()
                .withType(URI.create(Problems.TYPE_PREFIX + slug))
                .withStatus(status)
                .withTitle(title)
                .withDetail(violations.get(0).field() + ": " + violations.get(0).message()
                        + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""))
                .with("field", violations.get(0).field())
                .with("violations", listed)
                .build();
    }
}
