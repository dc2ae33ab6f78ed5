package cn.gov.shandong.circular.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * The request sizes the APIs document and answer with problem+json when exceeded. Vert.x's own
 * limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set
 * higher and only remain as a backstop, because Vert.x refuses with an empty body before any
 * handler of ours can run.
 */
@ConfigMapping(prefix = "platform.http")
public interface RequestLimits {

    /** Longest request URI (path and query, as sent) answered; longer is 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** Most bytes of request header names and values together; more is 431. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    /**
     * Largest request body answered where no {@link #uploads() upload path} allows more; more is 413.
     * {@code quarkus.http.limits.max-body-size} must be at least the largest limit here, since Quarkus
     * refuses a larger body itself, without problem+json.
     */
    @WithDefault("256K")
    MemorySize maxBodySize();

    /** Paths that take larger bodies (file uploads), each with its own limit, by a name of the service's choosing. */
    Map<String, Upload> uploads();

    /** A path (a regular expression over the whole request path) and the largest body it takes. */
    interface Upload {

        String path();

        MemorySize maxBodySize();
    }
}
