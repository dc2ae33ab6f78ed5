package cn.gov.shandong.circular.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;

/**
 * Request limits per client ({@code platform.rate-limit.*}): a default, and overrides per client id
 * (the token's {@code azp}), e.g. {@code platform.rate-limit.clients."gov-data-exchange".requests-per-minute}.
 */
@ConfigMapping(prefix = "platform.rate-limit")
public interface RateLimitConfig {

    /** Off switch for the whole service. */
    @WithDefault("true")
    boolean enabled();

    /** The limit of a client that has no entry under {@link #clients()}. */
    @WithName("default")
    Limit defaultLimit();

    /** Limits by client id. */
    Map<String, Limit> clients();

    /** One client's limit. */
    interface Limit {

        /** Requests a client (or, with {@link #perUser()}, each of its users) may make per minute. */
        int requestsPerMinute();

        /**
         * Count each user of the client apart (client id + token subject) rather than the client as a
         * whole: for a public client such as the web front end, whose users all share its client id.
         */
        @WithDefault("false")
        boolean perUser();

        default ClientLimit toClientLimit() {
            return new ClientLimit(requestsPerMinute(), perUser());
        }
    }
}
