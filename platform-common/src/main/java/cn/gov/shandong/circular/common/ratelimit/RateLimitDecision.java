package cn.gov.shandong.circular.common.ratelimit;

/**
 * The outcome of one request against its client's quota, rendered as the {@code RateLimit} and
 * {@code RateLimit-Policy} fields of draft-ietf-httpapi-ratelimit-headers-10.
 *
 * @param allowed       whether the request may proceed (otherwise: 429)
 * @param policy        the limit that applied
 * @param remaining     requests left in the current window
 * @param resetSeconds  seconds until the window ends and the quota is whole again (at least 1)
 */
public record RateLimitDecision(boolean allowed, ClientLimit policy, long remaining, long resetSeconds) {

    /** Every window is a minute. */
    public static final long WINDOW_SECONDS = 60;

    /** e.g. {@code "per-client";r=599;t=42} */
    public String rateLimitField() {
        return quoted(policy.policyName()) + ";r=" + remaining + ";t=" + resetSeconds;
    }

    /** e.g. {@code "per-client";q=600;w=60} */
    public String policyField() {
        return quoted(policy.policyName()) + ";q=" + policy.requestsPerMinute() + ";w=" + WINDOW_SECONDS;
    }

    private static String quoted(String name) {
        return '"' + name + '"';
    }
}
