package cn.gov.shandong.circular.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over the platform's limit ({@code platform.http.max-body-size}, or an upload path's own,
 * {@code platform.http.uploads."<name>".max-body-size}) is refused with 413 as problem+json.
 * Quarkus refuses a body over {@code quarkus.http.limits.max-body-size} too, but with an empty body,
 * before any JAX-RS mapper can run; this route runs just before Quarkus' own check and answers in the
 * platform's error format. A chunked body (no Content-Length) cannot be judged before it is read: for
 * those the path's limit is handed to Quarkus' reader, which stops reading past it.
 */
@ApplicationScoped
public class OversizeBodyProblem {

    /** Quarkus registers its body-size check at order -2; this one must come first. */
    private static final int BEFORE_QUARKUS_LIMIT_CHECK = -3;
    /** ... and this one after it, to replace the limit Quarkus hands its reader for a chunked body. */
    private static final int AFTER_QUARKUS_LIMIT_CHECK = -1;
    /** Where Quarkus' limit check leaves the limit for a chunked body (VertxHttpRecorder.MAX_REQUEST_SIZE_KEY). */
    private static final String QUARKUS_READ_LIMIT = "io.quarkus.max-request-size";

    @Inject
    RequestLimits limits;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize quarkusLimit;

    private record PathLimit(Pattern path, long limit) {
    }

    void install(@Observes Router router) {
        long general = limits.maxBodySize().asLongValue();
        List<PathLimit> uploads = limits.uploads().values().stream()
                .map(u -> new PathLimit(Pattern.compile(u.path()), u.maxBodySize().asLongValue()))
                .toList();
        long largest = uploads.stream().mapToLong(PathLimit::limit).reduce(general, Math::max);
        if (largest > quarkusLimit.asLongValue()) {
            // Quarkus would refuse such a body first, with an empty 413: the configuration contradicts itself.
            throw new IllegalStateException("platform.http body limits allow " + largest
                    + " bytes but quarkus.http.limits.max-body-size is " + quarkusLimit.asLongValue());
        }
        router.route().order(BEFORE_QUARKUS_LIMIT_CHECK).handler(context -> {
            long limit = limitOf(context.request().path(), general, uploads);
            long length = parse(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
            if (length > limit) {
                RouteProblems.send(context, 413, "body-too-large", "Request body too large",
                        "The body has " + length + " bytes; at most " + limit + " are accepted", null, true);
                return;
            }
            context.put(QUARKUS_READ_LIMIT + ".platform", limit);
            context.next();
        });
        router.route().order(AFTER_QUARKUS_LIMIT_CHECK).handler(context -> {
            if (context.get(QUARKUS_READ_LIMIT) != null && context.get(QUARKUS_READ_LIMIT + ".platform") != null) {
                context.put(QUARKUS_READ_LIMIT, context.<Long>get(QUARKUS_READ_LIMIT + ".platform"));
            }
            context.next();
        });
    }

    private static long limitOf(String path, long general, List<PathLimit> uploads) {
        if (path != null) {
            for (PathLimit upload : uploads) {
                if (upload.path().matcher(path).matches()) {
                    return upload.limit();
                }
            }
        }
        return general;
    }

    private static long parse(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1; // malformed: Vert.x rejects the request itself
        }
    }
}
