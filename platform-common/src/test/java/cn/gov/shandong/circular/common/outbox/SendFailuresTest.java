package cn.gov.shandong.circular.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/** Not a @QuarkusTest: which failed sends count towards blocking an event. */
class SendFailuresTest {

    @Test
    void whatTheBrokerRefusesIsARefusalAndAnOutageIsNot() {
        assertThat(SendFailures.isRefusal(new RecordTooLargeException("too large"))).isTrue();
        assertThat(SendFailures.isRefusal(new TimeoutException("Topic t not present in metadata after 1000 ms."))).isFalse();
        assertThat(SendFailures.isRefusal(new IllegalStateException("emitter buffer full"))).isFalse();
    }

    @Test
    void theKafkaErrorIsFoundBehindSmallRyesRetriesExhausted() {
        IllegalStateException refused = new IllegalStateException("Retries exhausted : 0 attempts");
        refused.addSuppressed(new TopicAuthorizationException("not allowed"));
        IllegalStateException timedOut = new IllegalStateException("Retries exhausted : 0 attempts");
        timedOut.addSuppressed(new TimeoutException("Topic t not present in metadata after 1000 ms."));

        assertThat(SendFailures.isRefusal(refused)).isTrue();
        assertThat(SendFailures.isRefusal(timedOut)).isFalse();
        assertThat(SendFailures.describe(timedOut)).isEqualTo("TimeoutException: Topic t not present in metadata after 1000 ms.");
    }
}
