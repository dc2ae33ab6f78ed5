package cn.gov.shandong.circular.reporting.eventlog;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;

/** The append-only audit log of every consumed event: the source the projections are built from. */
@ApplicationScoped
public class EventLog {

    private static final int REPLAY_BATCH = 1000;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /**
     * Appends the event in the caller's transaction. The database chains it (migration V5's trigger: the next
     * seq, the last entry's hash as prev_hash, its own hash) and holds the chain's lock until this transaction
     * ends, so keep what follows the append short: other appenders wait for it.
     *
     * @param event an event whose {@code time} is set (it becomes occurred_at, the replay order)
     * @return false if an event with this id is logged already (e.g. the same ce_id on another topic)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean append(IncomingEvent event, int partition, long offset) {
        return entityManager.createNativeQuery("""
                        insert into event_log (event_id, topic, kafka_partition, kafka_offset, event_type, source,
                                               subject, occurred_at, actor, correlation_id, data)
                        values (:id, :topic, :partition, :offset, :type, :source,
                                :subject, :occurredAt, :actor, :correlationId, cast(:data as jsonb))
                        on conflict (event_id) do nothing""")
                .setParameter("id", event.id())
                .setParameter("topic", event.topic())
                .setParameter("partition", partition)
                .setParameter("offset", offset)
                .setParameter("type", event.type())
                .setParameter("source", event.source())
                .setParameter("subject", event.subject())
                .setParameter("occurredAt", event.time())
                .setParameter("actor", event.actor())
                .setParameter("correlationId", event.correlationId())
                .setParameter("data", event.data().toString())
                .executeUpdate() == 1;
    }

    /**
     * Hands every logged event to {@code apply} in replay order: occurred_at, then the order of appending.
     *
     * @return the number of events replayed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long replay(Consumer<IncomingEvent> apply) {
        long replayed = 0;
        List<EventLogEntry> batch = entityManager.createQuery(
                        "select e from EventLogEntry e order by e.occurredAt, e.receivedSeq", EventLogEntry.class)
                .setMaxResults(REPLAY_BATCH)
                .getResultList();
        while (true) {
            for (EventLogEntry entry : batch) {
                apply.accept(entry.toIncomingEvent(json));
                replayed++;
            }
            if (batch.size() < REPLAY_BATCH) {
                return replayed;
            }
            EventLogEntry last = batch.get(batch.size() - 1);
            entityManager.clear();
            // Keyset pages: the caller holds the log locked against appends, so the pages are stable.
            batch = entityManager.createQuery("""
                            select e from EventLogEntry e
                            where e.occurredAt > :at or (e.occurredAt = :at and e.receivedSeq > :seq)
                            order by e.occurredAt, e.receivedSeq""", EventLogEntry.class)
                    .setParameter("at", last.occurredAt)
                    .setParameter("seq", last.receivedSeq)
                    .setMaxResults(REPLAY_BATCH)
                    .getResultList();
        }
    }
}
