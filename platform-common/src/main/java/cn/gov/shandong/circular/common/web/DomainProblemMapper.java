package cn.gov.shandong.circular.common.web;

import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.domain.DomainException;
import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.common.domain.InvalidReference;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.OutOfScope;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.domain.StaleVersion;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * The one place where a refusal of the domain becomes HTTP: each {@link DomainException} kind answers the
 * problem+json (type, status, title, detail, field, extensions) the API documents.
 */
@Provider
@Priority(Priorities.USER)
public class DomainProblemMapper extends ExceptionMapperBase<DomainException> {

    @Override
    protected HttpProblem toProblem(DomainException exception) {
        return problemOf(exception);
    }

    /** The problem a refusal answers; also for code that renders outside JAX-RS' mappers. */
    public static HttpProblem problemOf(DomainException exception) {
        HttpProblem.Builder problem;
        if (exception instanceof NotFound) {
            problem = Problems.builder(404, "not-found", "Not found");
        } else if (exception instanceof OutOfScope) {
            problem = Problems.builder(403, "out-of-scope", "Outside your scope");
        } else if (exception instanceof IllegalTransition) {
            problem = Problems.builder(409, "illegal-transition", "Not allowed in the current state");
        } else if (exception instanceof StaleVersion) {
            problem = Problems.builder(412, "stale-version", "The resource has changed");
        } else if (exception instanceof Conflict conflict) {
            problem = Problems.builder(409, conflict.kind(), "Conflict");
        } else if (exception instanceof InvalidReference) {
            problem = Problems.builder(422, "unknown-reference", "Unknown reference");
        } else {
            RuleViolated violated = (RuleViolated) exception; // the last kind the sealed type permits
            problem = Problems.builder(statusOf(violated.kind()), violated.rule(), violated.title());
        }
        problem.withDetail(exception.detail());
        if (exception.field() != null) {
            problem.with("field", exception.field());
        }
        for (Map.Entry<String, Object> extension : exception.extensions().entrySet()) {
            problem.with(extension.getKey(), extension.getValue());
        }
        return problem.build();
    }

    private static int statusOf(RuleViolated.Kind kind) {
        return switch (kind) {
            case INVALID_VALUE -> 400;
            case RULE_NOT_MET -> 422;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_CONTENT -> 415;
        };
    }
}
