package cn.gov.shandong.circular.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Not a @QuarkusTest: the back-off arithmetic alone. */
class RetryBackoffTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void pauseDoublesFromTheFirstAndStopsAtTheCap() {
        assertThat(RetryBackoff.after(1, SECOND, MINUTE)).isEqualTo(SECOND);
        assertThat(RetryBackoff.after(2, SECOND, MINUTE)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryBackoff.after(6, SECOND, MINUTE)).isEqualTo(Duration.ofSeconds(32));
        assertThat(RetryBackoff.after(7, SECOND, MINUTE)).isEqualTo(MINUTE);
        assertThat(RetryBackoff.after(1_000, SECOND, MINUTE)).isEqualTo(MINUTE);
    }

    @Test
    void aFirstPauseLongerThanTheCapIsCapped() {
        assertThat(RetryBackoff.after(1, Duration.ofMinutes(5), MINUTE)).isEqualTo(MINUTE);
    }
}
