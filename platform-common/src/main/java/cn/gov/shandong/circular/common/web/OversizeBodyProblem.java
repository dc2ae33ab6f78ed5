package cn.gov.shandong.circular.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over the platform's limit ({@code platform.http.max-body-size}, or an upload path's own,
 * {@code platform.http.uploads."<name>".max-body-size}) is refused with 413 as problem+json.
 * Quarkus refuses a body over {@code quarkus.http.limits.max-body-size} too, but with an empty body,
 * before any JAX-RS mapper can run; this route runs just before Quarkus' own check and answers in the
 * platform's error format.
 *
 * <p>A chunked body (no Content-Length) cannot be judged before it is read, and Quarkus' reader answers
 * one over the limit with an empty 413. So this route reads a chunked body itself, up to the path's
 * limit, and hands it on whole (Quarkus REST takes a body already read); past the limit it answers 413
 * problem+json. An upload path does not hold up to 20 MiB per request in memory for that: it answers a
 * chunked upload 411 problem+json (send the Content-Length, as browsers do for a form).
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
            PathLimit upload = uploadOf(context.request().path(), uploads);
            long limit = upload == null ? general : upload.limit();
            long length = parse(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
            if (length > limit) {
                RouteProblems.send(context, 413, "body-too-large", "Request body too large",
                        "The body has " + length + " bytes; at most " + limit + " are accepted", null, true);
                return;
            }
            if (length < 0 && isChunked(context.request())) {
                if (upload != null) {
                    RouteProblems.send(context, 411, "length-required", "Content-Length required",
                            "An upload must give its Content-Length (at most " + limit + " bytes); a chunked upload is not accepted",
                            null, true);
                } else {
                    readChunkedBody(context, limit);
                }
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

    private static PathLimit uploadOf(String path, List<PathLimit> uploads) {
        if (path != null) {
            for (PathLimit upload : uploads) {
                if (upload.path().matcher(path).matches()) {
                    return upload;
                }
            }
        }
        return null;
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    /**
     * Reads the chunked body on the event loop (the request is paused until a handler is set) and passes
     * it on whole, or answers 413 as soon as it passes the limit; the connection then closes.
     */
    private static void readChunkedBody(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false}; // touched on this request's event loop only
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                RouteProblems.send(context, 413, "body-too-large", "Request body too large",
                        "The chunked body passed " + limit + " bytes, the most accepted", null, true);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(ended -> {
            if (!refused[0]) {
                context.setBody(body);
                context.next();
            }
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
