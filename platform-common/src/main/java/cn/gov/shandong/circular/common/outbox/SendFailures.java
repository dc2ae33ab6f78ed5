package cn.gov.shandong.circular.common.outbox;

import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a send the broker refused (the record or topic is wrong: retrying the same record cannot help
 * until someone changes something) from one that failed because the broker was away or busy.
 * Only refusals count towards blocking a row; an outage is waited out however long it lasts.
 */
final class SendFailures {

    private SendFailures() {
    }

    static boolean isRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException) {
                return false;
            }
            if (cause instanceof org.apache.kafka.common.KafkaException) {
                return true;
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        // Not from Kafka at all (the emitter's buffer is full, the channel is not ready): a passing condition.
        return false;
    }

    /** One line for the row's last_error and the log. */
    static String describe(Throwable failure) {
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
