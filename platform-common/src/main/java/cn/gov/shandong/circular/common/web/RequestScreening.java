package cn.gov.shandong.circular.common.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses requests no endpoint should see, once for every service and before authentication and
 * JAX-RS: a URI or headers over {@link RequestLimits} (414, 431), and control characters or broken
 * UTF-8 in the path, the query or a header value (400). Without it a NUL byte in a path parameter
 * reaches PostgreSQL, which refuses it, and the caller gets a 500. JSON bodies are checked where
 * they are parsed ({@link JsonTextRules}).
 *
 * <p>What is not HTTP or not a URI never gets here: Netty refuses raw control bytes in the request
 * line and in header values, and Quarkus refuses a target {@link java.net.URI} cannot parse (e.g. a
 * malformed {@code %zz}), both with an empty 400 and no hook to change it (docs/decisions.md). The
 * header check below is the backstop should that validation ever be relaxed.
 */
@ApplicationScoped
public class RequestScreening {

    /** After CORS (order -300, so a browser can read the problem), before authentication (-200). */
    private static final int AFTER_CORS_BEFORE_AUTHENTICATION = -250;

    @Inject
    RequestLimits limits;

    void install(@Observes Router router) {
        int maxUriLength = limits.maxUriLength();
        long maxHeaderSize = limits.maxHeaderSize().asLongValue();
        router.route().order(AFTER_CORS_BEFORE_AUTHENTICATION).handler(context -> {
            HttpServerRequest request = context.request();
            if (request.uri().length() > maxUriLength) {
                RouteProblems.send(context, 414, "uri-too-long", "URI too long", "The request URI has "
                        + request.uri().length() + " characters; at most " + maxUriLength + " are accepted",
                        null, true);
                return;
            }
            long headerSize = headerSize(request.headers());
            if (headerSize > maxHeaderSize) {
                RouteProblems.send(context, 431, "headers-too-large", "Request header fields too large",
                        "The request headers have " + headerSize + " bytes; at most " + maxHeaderSize
                                + " are accepted", null, true);
                return;
            }
            Optional<Map.Entry<String, String>> refusal = unacceptablePath(request.path())
                    .or(() -> unacceptableQuery(request.query()))
                    .or(() -> unacceptableHeader(request.headers()));
            if (refusal.isPresent()) {
                RouteProblems.send(context, 400, "bad-request", "Bad request", refusal.get().getValue(),
                        refusal.get().getKey(), hasBody(request));
                return;
            }
            context.next();
        });
    }

    private static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + 2 + header.getValue().length();
        }
        return size;
    }

    /** The offending field and a detail, or empty. */
    private static Optional<Map.Entry<String, String>> unacceptablePath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        Optional<String> decoded = RequestText.percentDecode(path, false);
        if (decoded.isEmpty()) {
            return Optional.of(Map.entry("path", "The path has a malformed %-escape or is not UTF-8"));
        }
        return RequestText.firstUnacceptable(decoded.get(), false)
                .map(what -> Map.entry("path", "The path contains " + what));
    }

    private static Optional<Map.Entry<String, String>> unacceptableQuery(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            Optional<String> name = RequestText.percentDecode(rawName, true)
                    .filter(n -> RequestText.firstUnacceptable(n, false).isEmpty());
            String field = name.orElse("query");
            if (name.isEmpty()) {
                return Optional.of(Map.entry(field, "A query parameter name is malformed or contains a control character"));
            }
            Optional<String> value = RequestText.percentDecode(rawValue, true);
            if (value.isEmpty()) {
                return Optional.of(Map.entry(field, field + " has a malformed %-escape or is not UTF-8"));
            }
            Optional<String> what = RequestText.firstUnacceptable(value.get(), false);
            if (what.isPresent()) {
                return Optional.of(Map.entry(field, field + " contains " + what.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Map.Entry<String, String>> unacceptableHeader(MultiMap headers) {
        for (Map.Entry<String, String> header : headers) {
            Optional<String> what = RequestText.firstUnacceptableInHeader(header.getValue());
            if (what.isPresent()) {
                return Optional.of(Map.entry(header.getKey(), "The header " + header.getKey() + " contains " + what.get()));
            }
        }
        return Optional.empty();
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return request.getHeader("Transfer-Encoding") != null || (length != null && !length.trim().equals("0"));
    }
}
