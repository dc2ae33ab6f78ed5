package cn.gov.shandong.circular.common.outbox;

/**
 * Fired when an event row is written; observed after the transaction commits so the event is
 * sent at once instead of waiting for the sweeper.
 */
record OutboxRecorded(OutboxEvent event) {
}
