package cn.gov.shandong.circular.common.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * In this instance's memory: per key, the rows it has claimed and sends one after another. A row
 * recorded while only this chain's rows of its key are unsent is claimed in its own transaction and
 * queued here, so that the broker's acknowledgement of one row sends the next without a database
 * round trip in between. The database stays the truth: claims carry a lease, and whatever this memory
 * loses (a crash, a failed send) the sweeper finds.
 */
final class SendingChains {

    /** One key's rows: the one in flight, those waiting (in seq order), and all not yet marked published. */
    static final class Chain {
        private final String key;
        private UUID inFlight;
        /** In seq order; a row of unknown seq (never expected) goes last. */
        private final LinkedList<OutboxEvent> waiting = new LinkedList<>();
        private final Set<UUID> unmarked = new HashSet<>();
        private boolean broken;

        private Chain(String key) {
            this.key = key;
        }
    }

    private final Map<String, Chain> chains = new HashMap<>();

    /** The key's chain if every row in {@code olderUnsent} belongs to it (so a new row may queue behind them). */
    synchronized Chain joinable(String key, Collection<UUID> olderUnsent) {
        Chain chain = chains.get(key);
        return chain != null && !chain.broken && chain.unmarked.containsAll(olderUnsent) ? chain : null;
    }

    /** A row claimed as its key's head (no older row unsent): it starts (or restarts) the key's chain. */
    synchronized void startWith(OutboxEvent row) {
        Chain chain = new Chain(row.key);
        chain.inFlight = row.id;
        chain.unmarked.add(row.id);
        chains.put(row.key, chain);
    }

    /**
     * A committed row that joined {@code chain} at insert.
     *
     * @return true to send it now, false if it waits for the row in flight; null if the chain broke
     *         meanwhile (its claim must be released so the sweeper sends it after the failed row)
     */
    synchronized Boolean append(Chain chain, OutboxEvent row) {
        if (chain.broken) {
            return null;
        }
        chain.unmarked.add(row.id);
        if (chain.inFlight == null) {
            chain.inFlight = row.id;
            return true;
        }
        int at = chain.waiting.size();
        while (at > 0 && row.seq != null && (chain.waiting.get(at - 1).seq == null || chain.waiting.get(at - 1).seq > row.seq)) {
            at--;
        }
        chain.waiting.add(at, row);
        return false;
    }

    /** The row was acknowledged: the key's next waiting row, now in flight, or null. */
    synchronized OutboxEvent acknowledged(String key, UUID id) {
        Chain chain = chains.get(key);
        if (chain == null || !id.equals(chain.inFlight)) {
            return null;
        }
        OutboxEvent next = chain.waiting.poll();
        chain.inFlight = next == null ? null : next.id;
        return next;
    }

    /** The row's published mark is committed: it no longer holds back rows recorded behind it. */
    synchronized void marked(String key, UUID id) {
        Chain chain = chains.get(key);
        if (chain != null) {
            chain.unmarked.remove(id);
            if (chain.inFlight == null && chain.waiting.isEmpty() && chain.unmarked.isEmpty()) {
                chains.remove(key);
            }
        }
    }

    /** The row's send failed: the chain ends; returns the rows that were waiting behind it (claimed, never sent). */
    synchronized List<OutboxEvent> failed(String key, UUID id) {
        Chain chain = chains.get(key);
        if (chain == null || !id.equals(chain.inFlight)) {
            return List.of();
        }
        chain.broken = true;
        chains.remove(key);
        List<OutboxEvent> waiting = new ArrayList<>(chain.waiting);
        chain.waiting.clear();
        return waiting;
    }
}
