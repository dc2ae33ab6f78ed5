package cn.gov.shandong.circular.plans.approval.web;

import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.idempotency.Created;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The HTTP answers of the workflows' resources: a create is 201 (the answer to a repeated Idempotency-Key marked
 * so), a read or change 200; a version's ETag is its version.
 */
public final class VersionResponses {

    /** The header that marks the answer to a repeated Idempotency-Key. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private VersionResponses() {
    }

    /** 201 with Location and the version's ETag. */
    public static Response created(Created<?> created, URI location, long version) {
        return created(created, Response.status(Response.Status.CREATED).location(location)
                .header(HttpHeaders.ETAG, EntityTags.of(version)));
    }

    /** 201 with Location, for what has no ETag. */
    public static Response created(Created<?> created, URI location) {
        return created(created, Response.status(Response.Status.CREATED).location(location));
    }

    /** 200 with the version's ETag. */
    public static Response current(Object view, long version) {
        return Response.ok(view).header(HttpHeaders.ETAG, EntityTags.of(version)).build();
    }

    private static Response created(Created<?> created, Response.ResponseBuilder response) {
        response.entity(created.view());
        if (created.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }
}
