package cn.gov.shandong.circular.common.web;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;

/**
 * Gives every problem a {@code type}. quarkus-resteasy-problem leaves it out for the problems it
 * builds from Quarkus' own refusals (405, 406, 415, a body that is not JSON, bean-validation
 * violations), so a client could not switch on it; those get the platform's type for their status
 * (e.g. a violations list is a {@code bad-request}), and an unusual status gets {@code about:blank}.
 */
@ApplicationScoped
public class ProblemTypes implements ProblemPostProcessor {

    private static final Map<Integer, String> BY_STATUS = Map.of(
            400, "bad-request",
            401, "unauthenticated",
            403, "role-not-allowed",
            404, "not-found",
            405, "method-not-allowed",
            406, "not-acceptable",
            409, "conflict",
            413, "body-too-large",
            415, "unsupported-media-type",
            500, "server-error");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getType() != null) {
            return problem;
        }
        String slug = BY_STATUS.get(problem.getStatusCode());
        URI type = URI.create(slug == null ? "about:blank" : Problems.TYPE_PREFIX + slug);
        return HttpProblem.builder(problem).withType(type).build();
    }

    /** Before the library's own post-processors (defaults 99, MDC, logging), so they see the type. */
    @Override
    public int priority() {
        return 200;
    }
}
