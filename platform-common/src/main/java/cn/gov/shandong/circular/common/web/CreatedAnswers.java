package cn.gov.shandong.circular.common.web;

import cn.gov.shandong.circular.common.idempotency.Created;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The HTTP answer to a create, the same in every service: 201 with what was made, and, when the request repeated an
 * {@code Idempotency-Key}, the first request's result marked {@value #REPLAYED}: true (a replay answers as the first
 * request did).
 */
public final class CreatedAnswers {

    /** The header that marks the answer to a repeated Idempotency-Key. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private CreatedAnswers() {
    }

    /** 201 with Location and the ETag of what was made (its version). */
    public static Response created(Created<?> created, URI location, long version) {
        return answer(created, Response.status(Response.Status.CREATED).location(location)
                .header(HttpHeaders.ETAG, EntityTags.of(version)));
    }

    /** 201 with Location, for what has no ETag. */
    public static Response created(Created<?> created, URI location) {
        return answer(created, Response.status(Response.Status.CREATED).location(location));
    }

    /** 201 without Location, for what has no address of its own (a batch). */
    public static Response created(Created<?> created) {
        return answer(created, Response.status(Response.Status.CREATED));
    }

    private static Response answer(Created<?> created, Response.ResponseBuilder response) {
        response.entity(created.view());
        if (created.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }
}
