package cn.gov.shandong.circular.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Records events of the library's own test fixture (the ledger), which is no platform contract and
 * so has no record in platform-events: the untyped form of {@link EventOutbox#record} stays
 * package-private, and only this test class reaches it.
 */
@ApplicationScoped
public class FixtureOutbox {

    @Inject
    EventOutbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(String topic, String key, String type, Object data) {
        return outbox.record(topic, key, type, data);
    }
}
