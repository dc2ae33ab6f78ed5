package cn.gov.shandong.circular.common.ratelimit;

/**
 * How many requests a minute a client may make, and whether each of its users is counted apart.
 *
 * @param requestsPerMinute the quota of one window of a minute
 * @param perUser           count per client id + subject rather than per client id
 */
public record ClientLimit(long requestsPerMinute, boolean perUser) {

    public ClientLimit {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requests-per-minute must be at least 1, not " + requestsPerMinute);
        }
    }

    /** The policy name in the RateLimit headers and the 429 problem. */
    public String policyName() {
        return perUser ? "per-user" : "per-client";
    }
}
