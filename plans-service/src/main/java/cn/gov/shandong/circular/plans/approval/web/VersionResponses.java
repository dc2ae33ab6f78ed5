package cn.gov.shandong.circular.plans.approval.web;

import cn.gov.shandong.circular.common.web.EntityTags;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The HTTP answer of the workflows' reads and changes: 200 with the version's ETag (a create's 201 is the library's
 * {@code CreatedAnswers}).
 */
public final class VersionResponses {

    private VersionResponses() {
    }

    /** 200 with the version's ETag. */
    public static Response current(Object view, long version) {
        return Response.ok(view).header(HttpHeaders.ETAG, EntityTags.of(version)).build();
    }
}
