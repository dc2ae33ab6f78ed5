package cn.gov.shandong.circular.common.ratelimit;

import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;

/** The time the rate limiter counts windows in: the system's monotonic clock (a bean, so a test can move it on). */
@ApplicationScoped
public class RateLimitClock implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        return System.nanoTime();
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
