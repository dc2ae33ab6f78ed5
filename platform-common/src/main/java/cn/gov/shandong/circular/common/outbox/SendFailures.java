package cn.gov.shandong.circular.common.outbox;

import cn.gov.shandong.circular.common.failures.Causes;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a send the broker refused (the record or topic is wrong: retrying the same record cannot help
 * until someone changes something) from one that failed because the broker was away or busy.
 * Only refusals count towards blocking a row; an outage is waited out however long it lasts.
 */
final class SendFailures {

    private SendFailures() {
    }

    /** A refusal: the Kafka error behind the failure is not one Kafka itself would retry. */
    static boolean isRefusal(Throwable failure) {
        KafkaException kafka = kafkaCause(failure);
        return kafka != null && !(kafka instanceof RetriableException);
    }

    /** One line for the row's last_error and the log, naming the Kafka error if there is one. */
    static String describe(Throwable failure) {
        Throwable shown = kafkaCause(failure) != null ? kafkaCause(failure) : failure;
        String text = shown.getClass().getSimpleName() + ": " + shown.getMessage();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    /**
     * The Kafka exception behind a failure. SmallRye wraps a send it retried itself in
     * "Retries exhausted" with the Kafka error as a suppressed exception, so causes and suppressed
     * exceptions are both searched. Null if the failure did not come from Kafka (e.g. the emitter's
     * buffer is full): a passing condition.
     */
    private static KafkaException kafkaCause(Throwable failure) {
        return Causes.of(failure).filter(KafkaException.class::isInstance).map(KafkaException.class::cast)
                .findFirst().orElse(null);
    }
}
