package cn.gov.shandong.circular.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused with 413 as problem+json.
 * Quarkus refuses it too, but with an empty body, before any JAX-RS mapper can run; this route
 * runs just before Quarkus' own check and answers in the platform's error format. (A chunked body
 * without Content-Length is still cut off by Quarkus' check.)
 */
@ApplicationScoped
public class OversizeBodyProblem {

    /** Quarkus registers its body-size check at order -2; this one must come first. */
    private static final int BEFORE_QUARKUS_LIMIT_CHECK = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(BEFORE_QUARKUS_LIMIT_CHECK).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length = parse(declared);
            if (length > limit) {
                RouteProblems.send(context, 413, "body-too-large", "Request body too large",
                        "The body has " + length + " bytes; at most " + limit + " are accepted", null, true);
                return;
            }
            context.next();
        });
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
