package cn.gov.shandong.circular.common.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka, one key's rows strictly one after another in {@code seq} order.
 *
 * <p>At most one row of a key is in flight: a row is sent only while it is the oldest unsent row of
 * its key (its head). A new row that is its key's head is claimed in its own transaction and sent
 * right after commit; a row recorded behind an unacknowledged one is sent the moment that one is
 * acknowledged; the sweeper sends due heads after failures, outages and crashes. A failed send backs
 * off exponentially and keeps its key's later rows waiting behind it; after
 * {@code block-after-attempts} refusals by the broker the row is blocked and reported until an admin
 * releases it ({@link OutboxAdmin}).
 *
 * <p>Claims are row locks taken with {@code skip locked} plus a lease ({@code next_attempt_at}), so
 * two instances never send the same row at once. A row is marked published only on the broker's
 * acknowledgement; a crash between the two sends it again, and consumers deduplicate on its id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int SWEEP_BATCH = 500;
    /** At most this many acknowledgements are marked published in one transaction. */
    private static final int MARK_BATCH = 500;

    /** An acknowledgement by the broker, waiting to be marked in the database. */
    private record Acknowledgement(UUID id, String key, String type) {
    }

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> emitter;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry meters;

    private final SendingChains chains = new SendingChains();

    private final Queue<Acknowledgement> acknowledgements = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean markingScheduled = new AtomicBoolean();

    /**
     * Does the relay's database work off the Kafka I/O and request threads. One thread keeps it cheap
     * and serial; what it does per event is one short transaction.
     */
    private final ExecutorService relayThread = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        relayThread.shutdown();
    }

    /**
     * In the recording transaction: claims the new row for a send right after commit if no older row
     * of its key is unsent (the common case, and no extra transaction), or if the only older unsent
     * rows are ones this instance is sending: then it goes out the moment they are acknowledged.
     */
    void claimForSending(OutboxEvent event) {
        @SuppressWarnings("unchecked")
        List<UUID> olderUnsent = entityManager.createQuery(
                        "select e.id from OutboxEvent e where e.key = :key and e.publishedAt is null", UUID.class)
                .setParameter("key", event.key)
                .getResultList();
        if (olderUnsent.isEmpty()) {
            event.claim(event.createdAt, config.retryAfter());
            return;
        }
        SendingChains.Chain chain = chains.joinable(event.key, olderUnsent);
        if (chain != null) {
            event.claim(event.createdAt, config.retryAfter());
            event.joinedChain = chain;
        }
    }

    void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxRecorded recorded) {
        OutboxEvent event = recorded.event();
        if (event.attempts == 0) {
            // Recorded behind rows another instance (or the sweeper) is sending. If they were acknowledged
            // meanwhile, nobody else picks this one up before the sweep: look again now that it is committed.
            UUID id = event.id;
            relayThread.execute(() -> sendIfHead(id));
        } else if (event.joinedChain == null) {
            chains.startWith(event);
            send(event);
        } else {
            Boolean sendNow = chains.append(event.joinedChain, event);
            if (sendNow == null) {
                // The row it queued behind failed meanwhile: give the claim back; it follows that row later.
                relayThread.execute(() -> releaseClaims(List.of(event.id)));
            } else if (sendNow) {
                send(event);
            }
        }
    }

    /**
     * Sends the due heads of all keys, oldest first: what failures, outages and crashes left behind. Not before the
     * application has started: on a slow start the first sweep came before the Kafka emitter could be injected.
     */
    @Scheduled(every = "${platform.outbox.sweep-interval}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        List<OutboxEvent> due;
        try {
            due = claimDueHeads();
        } catch (RuntimeException e) {
            // Database down or the app shutting down: nothing is lost, the next sweep tries again.
            LOG.warnf("Outbox sweep skipped, will retry: %s", e.getMessage());
            return;
        }
        if (!due.isEmpty()) {
            LOG.infof("Outbox sweeper sending %d unsent event(s)", due.size());
        }
        due.forEach(this::send);
    }

    @SuppressWarnings("unchecked")
    private List<OutboxEvent> claimDueHeads() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = now();
            List<OutboxEvent> heads = entityManager.createNativeQuery("""
                            select o.* from outbox_event o
                            where o.published_at is null and o.blocked_at is null
                              and (o.next_attempt_at is null or o.next_attempt_at <= :now)
                              and not exists (select 1 from outbox_event older
                                              where older.event_key = o.event_key and older.published_at is null
                                                and older.seq < o.seq)
                            order by o.seq
                            limit :batch
                            for update of o skip locked""", OutboxEvent.class)
                    .setParameter("now", now)
                    .setParameter("batch", SWEEP_BATCH)
                    .getResultList();
            heads.forEach(row -> row.claim(now, config.retryAfter()));
            return heads;
        });
    }

    /** Sends the row if it is due and the oldest unsent row of its key (after a release, or a row recorded behind another). */
    void sendIfHead(UUID id) {
        OutboxEvent claimed;
        try {
            claimed = QuarkusTransaction.requiringNew().call(() -> claimIfHead(id));
        } catch (RuntimeException e) {
            LOG.warnf("Could not check whether event %s can be sent now; the sweeper will: %s", id, e.getMessage());
            return;
        }
        if (claimed != null) {
            send(claimed);
        }
    }

    private OutboxEvent claimIfHead(UUID id) {
        OffsetDateTime now = now();
        OutboxEvent row = lockIfDue(id, now);
        if (row == null) {
            return null;
        }
        // Lock (and so wait for) transactions still acknowledging older rows of the key, then see
        // whether any older row is left unsent.
        boolean olderUnsent = !entityManager.createNativeQuery("""
                        select id from outbox_event
                        where event_key = :key and published_at is null and seq < :seq
                        order by seq
                        for update""")
                .setParameter("key", row.key)
                .setParameter("seq", row.seq)
                .getResultList().isEmpty();
        if (olderUnsent) {
            return null;
        }
        row.claim(now, config.retryAfter());
        return row;
    }

    /** The row, locked, if it is unsent, not blocked, due and not being claimed by someone else. */
    @SuppressWarnings("unchecked")
    private OutboxEvent lockIfDue(UUID id, OffsetDateTime now) {
        List<OutboxEvent> rows = entityManager.createNativeQuery("""
                        select * from outbox_event
                        where id = :id and published_at is null and blocked_at is null
                          and (next_attempt_at is null or next_attempt_at <= :now)
                        for update skip locked""", OutboxEvent.class)
                .setParameter("id", id)
                .setParameter("now", now)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void send(OutboxEvent event) {
        UUID id = event.id;
        Message<String> message = Message.of(event.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(event.topic)
                        .withKey(event.key)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(id.toString())
                        .withType(event.type)
                        .withSource(URI.create(event.source))
                        .withSubject(event.subject)
                        .withTimestamp(event.occurredAt.toZonedDateTime())
                        .withDataContentType("application/json")
                        .withExtension("actor", event.actor)
                        .withExtension("correlationid", event.correlationId == null ? "" : event.correlationId)
                        .build())
                .withAck(() -> {
                    // The park's next row goes out from here, not behind the relay thread's database work.
                    OutboxEvent chained = chains.acknowledged(event.key, id);
                    if (chained != null) {
                        send(chained);
                    }
                    acknowledgements.add(new Acknowledgement(id, event.key, event.type));
                    if (markingScheduled.compareAndSet(false, true)) {
                        relayThread.execute(this::markAcknowledged);
                    }
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    List<OutboxEvent> waiting = chains.failed(event.key, id);
                    relayThread.execute(() -> failed(id, event.type, failure, waiting));
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            // Buffer full or channel not ready: a passing condition, retried after the back-off.
            List<OutboxEvent> waiting = chains.failed(event.key, id);
            relayThread.execute(() -> failed(id, event.type, e, waiting));
        }
    }

    /**
     * Marks every acknowledged row published, in batches: one short transaction for all the
     * acknowledgements that arrived since the last one, so the marks keep up with any send rate
     * instead of costing one commit (and one WAL flush) per event. A next row of a key that the chain
     * did not hold (recorded elsewhere, or released) is claimed in the same statement and sent at once,
     * instead of at the next sweep.
     *
     * <p>The marks commit with {@code synchronous_commit = off}: a database crash can forget the last
     * fraction of a second of marks, and those rows are then only sent again after their lease,
     * which consumers ignore (they deduplicate on the event id). The event itself is already in Kafka.
     */
    @SuppressWarnings("unchecked")
    private void markAcknowledged() {
        // Cleared before draining: an acknowledgement added after this line schedules another run.
        markingScheduled.set(false);
        List<Acknowledgement> batch = new ArrayList<>();
        for (Acknowledgement ack; batch.size() < MARK_BATCH && (ack = acknowledgements.poll()) != null; ) {
            batch.add(ack);
        }
        if (batch.isEmpty()) {
            return;
        }
        if (!acknowledgements.isEmpty() && markingScheduled.compareAndSet(false, true)) {
            relayThread.execute(this::markAcknowledged);
        }
        List<UUID> ids = batch.stream().map(Acknowledgement::id).toList();
        List<String> keys = batch.stream().map(Acknowledgement::key).distinct().toList();
        List<OutboxEvent> next;
        try {
            next = QuarkusTransaction.requiringNew().call(() -> {
                entityManager.createNativeQuery("select set_config('synchronous_commit', 'off', true)").getSingleResult();
                OffsetDateTime now = now();
                // The statement's CTEs share one snapshot: "head" does not see "marked", hence "not in".
                return entityManager.createNativeQuery("""
                                with marked as (
                                    update outbox_event set published_at = :now, next_attempt_at = null
                                    where id in (:ids) and published_at is null
                                ), head as (
                                    select distinct on (event_key) id from outbox_event
                                    where event_key in (:keys) and published_at is null and id not in (:ids)
                                    order by event_key, seq
                                ), claimable as (
                                    select o.id from outbox_event o join head on o.id = head.id
                                    where o.blocked_at is null and (o.next_attempt_at is null or o.next_attempt_at <= :now)
                                    for update of o skip locked
                                )
                                update outbox_event o
                                set attempts = o.attempts + 1, last_attempt_at = :now, next_attempt_at = :lease
                                from claimable where o.id = claimable.id
                                returning o.*""", OutboxEvent.class)
                        .setParameter("now", now)
                        .setParameter("lease", now.plus(config.retryAfter()))
                        .setParameter("ids", ids)
                        .setParameter("keys", keys)
                        .getResultList();
            });
        } catch (RuntimeException e) {
            // The events are in Kafka; unmarked rows are only sent again, which consumers ignore.
            LOG.warnf("Could not mark %d event(s) published (they will be sent again): %s", ids.size(), e.getMessage());
            return;
        }
        for (Acknowledgement ack : batch) {
            chains.marked(ack.key(), ack.id());
            Counter.builder("outbox.events.published").description("Outbox events acknowledged by Kafka")
                    .tag("type", ack.type()).register(meters).increment();
        }
        // Rows the chains had not queued (recorded elsewhere, or released): claimed above, sent now.
        next.forEach(this::send);
    }

    /** Gives back claims of rows that were never sent, so they are due again (behind their key's head). */
    private void releaseClaims(List<UUID> ids) {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                            update outbox_event set next_attempt_at = null, attempts = greatest(attempts - 1, 0)
                            where id in (:ids) and published_at is null""")
                    .setParameter("ids", ids)
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Could not release the claims of %s; they are sent after their lease: %s", ids, e.getMessage());
        }
    }

    /** Backs the row off; a refusal counts towards blocking it, an outage does not. */
    private void failed(UUID id, String type, Throwable failure, List<OutboxEvent> waiting) {
        if (!waiting.isEmpty()) {
            releaseClaims(waiting.stream().map(e -> e.id).toList());
        }
        boolean refused = SendFailures.isRefusal(failure);
        String error = SendFailures.describe(failure);
        Counter.builder("outbox.send.failures").description("Outbox sends that failed, by kind")
                .tag("type", type).tag("kind", refused ? "refused" : "unavailable").register(meters).increment();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                OutboxEvent row = entityManager.find(OutboxEvent.class, id,
                        jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                if (row == null || row.publishedAt != null) {
                    return;
                }
                OffsetDateTime now = now();
                row.lastError = error;
                row.nextAttemptAt = now.plus(RetryBackoff.after(Math.max(row.attempts, 1),
                        config.backoff().initial(), config.backoff().max()));
                if (refused && ++row.refusals >= config.blockAfterAttempts() && row.blockedAt == null) {
                    row.blockedAt = now;
                    LOG.errorf("Outbox event %s (%s, key %s) is BLOCKED after %d refused sends; later events of key %s"
                                    + " wait behind it. Fix the cause, then release it: POST /api/v1/outbox/%s/release."
                                    + " Last error: %s",
                            id, type, row.key, row.refusals, row.key, id, error);
                    Counter.builder("outbox.events.blockings").description("Outbox events that became blocked")
                            .tag("type", type).register(meters).increment();
                } else {
                    LOG.warnf("Event %s (%s) not accepted by Kafka (attempt %d), retrying after %s: %s",
                            id, type, row.attempts, java.time.Duration.between(now, row.nextAttemptAt), error);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the failed send of event %s (the sweeper will retry it): %s", id, e.getMessage());
        }
    }

    /**
     * Transport time, not programme time: the system clock on purpose, never the {@code ProvinceClock}. Leases and
     * back-off must expire as real time passes, and a pinned province clock stands still (a row leased or backed off
     * while a test or a demonstration pins it would never be due again).
     */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
