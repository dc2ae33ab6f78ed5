package cn.gov.shandong.circular.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limiter's arithmetic, on a clock the test moves (not a @QuarkusTest). */
class RateLimiterTest {

    private final ManualClock clock = new ManualClock();
    private final RateLimiter limiter = new RateLimiter(
            new ClientLimit(5, false),
            Map.of("gov-data-exchange", new ClientLimit(3, false),
                    "circular-parks-web", new ClientLimit(2, true)),
            clock);

    @Test
    void aClientGetsItsQuotaOfTheMinuteThenIsRefusedUntilTheWindowEnds() {
        assertThat(limiter.acquire("gov-data-exchange", "sa").remaining()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.acquire("gov-data-exchange", "sa").remaining()).isEqualTo(1);
        RateLimitDecision last = limiter.acquire("gov-data-exchange", "sa");
        assertThat(last.allowed()).isTrue();
        assertThat(last.remaining()).isZero();
        assertThat(last.resetSeconds()).isEqualTo(50);

        clock.advance(Duration.ofSeconds(20));
        RateLimitDecision refused = limiter.acquire("gov-data-exchange", "sa");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.resetSeconds()).isEqualTo(30);
    }

    @Test
    void theWholeQuotaComesBackWhenTheMinuteIsOver() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("gov-data-exchange", "sa");
        }
        assertThat(limiter.acquire("gov-data-exchange", "sa").allowed()).isFalse();

        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.acquire("gov-data-exchange", "sa").allowed()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        RateLimitDecision afterReset = limiter.acquire("gov-data-exchange", "sa");
        assertThat(afterReset.allowed()).isTrue();
        assertThat(afterReset.remaining()).isEqualTo(2);
        assertThat(afterReset.resetSeconds()).isEqualTo(60);
    }

    @Test
    void refusedRequestsDoNotUseUpTheNextWindow() {
        for (int i = 0; i < 10; i++) {
            limiter.acquire("gov-data-exchange", "sa");
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.acquire("gov-data-exchange", "sa").remaining()).isEqualTo(2);
    }

    @Test
    void oneClientOverItsLimitLeavesOtherClientsAlone() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("gov-data-exchange", "sa");
        }
        RateLimitDecision other = limiter.acquire("statistics-bureau", "sa-2");
        assertThat(other.allowed()).isTrue();
        assertThat(other.policy()).isEqualTo(new ClientLimit(5, false));
        assertThat(other.remaining()).isEqualTo(4);
    }

    @Test
    void usersOfThePerUserWebClientCountApartButTheMachineClientCountsAsOne() {
        limiter.acquire("circular-parks-web", "jinan.officer");
        limiter.acquire("circular-parks-web", "jinan.officer");
        assertThat(limiter.acquire("circular-parks-web", "jinan.officer").allowed()).isFalse();
        assertThat(limiter.acquire("circular-parks-web", "qingdao.officer").allowed()).isTrue();

        limiter.acquire("gov-data-exchange", "a");
        limiter.acquire("gov-data-exchange", "b");
        limiter.acquire("gov-data-exchange", "c");
        assertThat(limiter.acquire("gov-data-exchange", "d").allowed()).isFalse();
    }

    @Test
    void tokensWithoutAClientIdShareTheDefaultLimit() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.acquire(null, "user-" + i).allowed()).isTrue();
        }
        assertThat(limiter.acquire("", "another").allowed()).isFalse();
    }

    @Test
    void fieldsFollowDraftTen() {
        RateLimitDecision decision = limiter.acquire("gov-data-exchange", "sa");
        assertThat(decision.policyField()).isEqualTo("\"per-client\";q=3;w=60");
        assertThat(decision.rateLimitField()).isEqualTo("\"per-client\";r=2;t=60");
        assertThat(limiter.acquire("circular-parks-web", "u").policyField()).isEqualTo("\"per-user\";q=2;w=60");
    }

    @Test
    void secondsAreRoundedUpAndNeverZero() {
        assertThat(RateLimiter.ceilSeconds(0)).isEqualTo(1);
        assertThat(RateLimiter.ceilSeconds(1)).isEqualTo(1);
        assertThat(RateLimiter.ceilSeconds(1_000_000_000)).isEqualTo(1);
        assertThat(RateLimiter.ceilSeconds(1_000_000_001)).isEqualTo(2);
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> new ClientLimit(0, false)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Bucket4j's time source, moved by the test. */
    static final class ManualClock implements TimeMeter {
        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
