package cn.gov.shandong.circular.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a problem+json from a Vert.x route, for checks that run before JAX-RS (and its
 * exception mappers) gets the request. Same shape and type URNs as {@link Problems}.
 */
final class RouteProblems {

    private RouteProblems() {
    }

    /**
     * Ends the request with the problem. The connection is closed when the request may still have
     * a body or a head we did not read, so the next request on it starts clean.
     *
     * @param field the offending part of the request (a query parameter, a header), or null
     */
    static void send(RoutingContext context, int status, String slug, String title, String detail, String field,
                     boolean closeConnection) {
        JsonObject problem = new JsonObject()
                .put("type", Problems.TYPE_PREFIX + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (field != null) {
            problem.put("field", field);
        }
        var response = context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE);
        if (closeConnection) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(problem.encode());
    }
}
