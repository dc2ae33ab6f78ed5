package cn.gov.shandong.circular.common.web;

import cn.gov.shandong.circular.common.failures.Causes;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.sql.SQLException;
import java.util.Set;

/**
 * Answers 503 with {@code Retry-After}, not 500, when a request failed because the database could not be
 * reached for a moment: its connection was cut or refused, the server is shutting down or starting, or
 * no pooled connection came free in time. A client (the front end, another government system) can then
 * tell a passing outage, worth retrying, from a fault of the platform. The transaction was rolled back;
 * a connection lost during a commit leaves its outcome unknown, so the detail says to retry the request
 * as it was (with the same {@code Idempotency-Key} where the operation takes one), not that nothing was stored.
 */
@ApplicationScoped
public class DatabaseUnavailableProblem implements ProblemPostProcessor {

    /** Seconds a client is asked to wait: a restart of PostgreSQL or of a pooled connection takes a few. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** The answer's detail; also the example of the 503 in every API document. */
    public static final String DETAIL = "The database could not be reached for a moment and the request was not "
            + "completed. Retry it as it was (with the same Idempotency-Key where the operation takes one) after "
            + "Retry-After seconds.";

    /**
     * SQLSTATE class 08 (connection exception) and 57P01-57P03 (admin_shutdown, crash_shutdown,
     * cannot_connect_now): the request may succeed once the database is back.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != 500 || !causedByUnavailableDatabase(context.cause)) {
            return problem;
        }
        return HttpProblem.builder()
                .withType(URI.create(Problems.TYPE_PREFIX + "service-unavailable"))
                .withTitle("Service Unavailable")
                .withStatus(503)
                .withDetail(DETAIL)
                .withInstance(problem.getInstance())
                .withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    /** Causes and suppressed exceptions alike: a connection cut during the commit is the driver's error suppressed under the rollback. */
    static boolean causedByUnavailableDatabase(Throwable failure) {
        return Causes.of(failure).anyMatch(cause -> cause instanceof SQLException sql && unavailable(sql));
    }

    private static boolean unavailable(SQLException failure) {
        String state = failure.getSQLState();
        if (state != null) {
            return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
        }
        // Agroal's pool, when no connection came free (or could be opened) within the acquisition timeout.
        return failure.getMessage() != null && failure.getMessage().startsWith("Acquisition timeout");
    }

    /** Before ProblemTypes (200) and the library's own post-processors (logging, MDC), so they see the 503. */
    @Override
    public int priority() {
        return 300;
    }
}
