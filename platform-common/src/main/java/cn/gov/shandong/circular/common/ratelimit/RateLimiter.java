package cn.gov.shandong.circular.common.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Counts requests per client (or per user of a client) in windows of a minute, with one Bucket4j
 * token bucket per key, refilled whole at the end of each window.
 *
 * <p>In memory: each instance (pod) counts on its own, so a client may make up to
 * {@code replicas × limit} requests a minute in total. A bucket idle for two windows is full again
 * and is dropped, which keeps memory bounded by the active clients and users.
 */
public class RateLimiter {

    private static final Duration WINDOW = Duration.ofSeconds(RateLimitDecision.WINDOW_SECONDS);
    private static final String NO_CLIENT = "(no client id)";

    private final ClientLimit defaultLimit;
    private final Map<String, ClientLimit> clientLimits;
    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(WINDOW.multipliedBy(2))
            .maximumSize(100_000)
            .build();

    /**
     * @param defaultLimit the limit of clients without an entry in {@code clientLimits}
     * @param clientLimits limits by client id
     * @param clock        Bucket4j's time source (the system's nanosecond clock in production)
     */
    public RateLimiter(ClientLimit defaultLimit, Map<String, ClientLimit> clientLimits, TimeMeter clock) {
        this.defaultLimit = defaultLimit;
        this.clientLimits = Map.copyOf(clientLimits);
        this.clock = clock;
    }

    /** Takes one request from the quota of this client (and subject, where the client counts per user). */
    public RateLimitDecision acquire(String clientId, String subject) {
        String client = clientId == null || clientId.isBlank() ? NO_CLIENT : clientId;
        ClientLimit limit = limitOf(client);
        String key = limit.perUser() ? client + '\u0000' + subject : client;
        Bucket bucket = buckets.get(key, ignored -> newBucket(limit));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long nanosToReset = probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill();
        return new RateLimitDecision(probe.isConsumed(), limit, probe.getRemainingTokens(), ceilSeconds(nanosToReset));
    }

    /** The limit that applies to this client id. */
    public ClientLimit limitOf(String clientId) {
        return clientLimits.getOrDefault(clientId, defaultLimit);
    }

    private Bucket newBucket(ClientLimit limit) {
        long quota = limit.requestsPerMinute();
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(quota).refillIntervally(quota, WINDOW))
                .withCustomTimePrecision(clock)
                .build();
    }

    /** Whole seconds, rounded up, and never 0 (a client told "0" would retry at once). */
    static long ceilSeconds(long nanos) {
        long second = TimeUnit.SECONDS.toNanos(1);
        return Math.max(1, (nanos + second - 1) / second);
    }
}
