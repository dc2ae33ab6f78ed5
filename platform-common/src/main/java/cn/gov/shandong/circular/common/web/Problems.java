package cn.gov.shandong.circular.common.web;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The problem types the platform's APIs answer with (RFC 9457 {@code application/problem+json}).
 * Types are stable URNs a client can switch on; titles are for people.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:circular-parks:problem:";
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** The resource does not exist, or exists outside the caller's scope (we do not say which). */
    public static HttpProblem notFound(String what, String id) {
        return problem(Response.Status.NOT_FOUND, "not-found", "Not found", what + " " + id + " does not exist");
    }

    /** The caller's role or scope does not allow this action on that data. */
    public static HttpProblem forbidden(String detail) {
        return problem(Response.Status.FORBIDDEN, "out-of-scope", "Outside your scope", detail);
    }

    /** The action is not allowed in the resource's current state (e.g. filing an unreviewed application). */
    public static HttpProblem illegalTransition(String detail) {
        return problem(Response.Status.CONFLICT, "illegal-transition", "Not allowed in the current state", detail);
    }

    /** The request conflicts with existing data (a duplicate, a reused idempotency key). */
    public static HttpProblem conflict(String slug, String detail) {
        return problem(Response.Status.CONFLICT, slug, "Conflict", detail);
    }

    /** The request names something unknown in a field (e.g. an unknown park code in the body). */
    public static HttpProblem unknownReference(String field, String detail) {
        return inField(422, "unknown-reference", "Unknown reference", field, detail);
    }

    /** If-Match named a version that is no longer current. */
    public static HttpProblem stale(String detail) {
        return problem(Response.Status.PRECONDITION_FAILED, "stale-version", "The resource has changed", detail);
    }

    /** A query parameter or header has an unusable value. */
    public static HttpProblem badRequest(String field, String detail) {
        return inField(400, "bad-request", "Bad request", field, detail);
    }

    /** The body, or a part of it (an uploaded file), is larger than the operation takes. */
    public static HttpProblem tooLarge(String field, String detail) {
        return inField(413, "body-too-large", "Request body too large", field, detail);
    }

    /** The content is of a kind the operation does not take (e.g. an upload that is not PDF, Office or an image). */
    public static HttpProblem unsupportedMediaType(String field, String detail) {
        return inField(415, "unsupported-media-type", "Unsupported media type", field, detail);
    }

    /**
     * A refusal of type {@code urn:circular-parks:problem:<slug>} that names the request's {@code field} at fault;
     * for a service's own kinds (e.g. 422 conflict-of-interest) beside the ones above.
     */
    public static HttpProblem inField(int status, String slug, String title, String field, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_PREFIX + slug))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail)
                .with("field", field)
                .build();
    }

    /** A problem of type {@code urn:circular-parks:problem:<slug>}, for the mappers to finish. */
    static HttpProblem.Builder builder(int status, String slug, String title) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_PREFIX + slug))
                .withStatus(status)
                .withTitle(title);
    }

    private static HttpProblem problem(Response.Status status, String slug, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_PREFIX + slug))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail)
                .build();
    }
}
