package cn.gov.shandong.circular.reporting.eventlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The hash chain of the event log (decision 41): each entry's hash is SHA-256 over its canonical text,
 * which ends with the hash of the entry before it. This class recomputes what the database's
 * {@code event_log_hash} (migration V5) wrote, independently of it; the two must give the same text.
 */
public final class HashChain {

    /** The name of the canonical text's version; the verification answer states it. */
    public static final String ALGORITHM = "sha256-event-log-v1";

    /** The prev_hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String HEADER = "circular-parks event_log v1";

    /** Microseconds in UTC: what timestamptz holds, as PostgreSQL's to_char prints it in V5. */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private HashChain() {
    }

    /**
     * One entry as stored: every column of event_log. {@code data} is the jsonb as PostgreSQL prints it
     * ({@code data::text}), not any other spelling of the same JSON.
     */
    public record Entry(long seq, UUID eventId, String topic, int partition, long offset, String type, String source,
                        String subject, OffsetDateTime occurredAt, String actor, String correlationId, String data,
                        OffsetDateTime receivedAt, long receivedSeq, String prevHash, String hash) {

        /** This entry with another seq, prev_hash and hash (what the database sets on insert). */
        public Entry chained(long newSeq, String newPrevHash, String newHash) {
            return new Entry(newSeq, eventId, topic, partition, offset, type, source, subject, occurredAt, actor,
                    correlationId, data, receivedAt, receivedSeq, newPrevHash, newHash);
        }
    }

    /** The canonical text of an entry (its hash not included): see migration V5 for the definition. */
    public static String canonical(Entry e) {
        StringBuilder text = new StringBuilder(256 + (e.data() == null ? 0 : e.data().length()));
        text.append(HEADER);
        field(text, "seq", Long.toString(e.seq()));
        field(text, "event_id", e.eventId() == null ? null : e.eventId().toString());
        field(text, "topic", e.topic());
        field(text, "kafka_partition", Integer.toString(e.partition()));
        field(text, "kafka_offset", Long.toString(e.offset()));
        field(text, "event_type", e.type());
        field(text, "source", e.source());
        field(text, "subject", e.subject());
        field(text, "occurred_at", instant(e.occurredAt()));
        field(text, "actor", e.actor());
        field(text, "correlation_id", e.correlationId());
        field(text, "data", e.data());
        field(text, "received_at", instant(e.receivedAt()));
        field(text, "received_seq", Long.toString(e.receivedSeq()));
        field(text, "prev_hash", e.prevHash());
        return text.toString();
    }

    /** SHA-256 of the canonical text, in lowercase hex. */
    public static String hash(Entry e) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append('\n').append(name).append(' ');
        if (value == null) {
            text.append('-');
        } else {
            // The length in bytes first, so that no value can pose as the end of its field and the start of the next.
            text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }

    private static String instant(OffsetDateTime time) {
        return time == null ? null : INSTANT.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** Why an entry does not fit the chain; the first of these that holds is named. */
    public enum BreakReason {
        /** Its seq is not the previous entry's plus one: the entries between are missing (deleted). */
        GAP,
        /** Its prev_hash is not the previous entry's hash: the previous entry was replaced, or this one moved. */
        PREVIOUS_HASH_MISMATCH,
        /** Its stored hash is not the hash of what it holds now: a column was changed after it was appended. */
        HASH_MISMATCH,
        /**
         * It fits its neighbours, but is not the entry an auditor recorded at this seq earlier (or the log no
         * longer reaches that seq): the chain was recomputed from here or before, or its end was cut off.
         */
        ANCHOR_MISMATCH
    }

    /**
     * The first entry that does not fit.
     *
     * @param seq     its seq
     * @param eventId its event id
     * @param reason  the first check it fails
     * @param detail  what was expected and found
     */
    public record Break(long seq, UUID eventId, BreakReason reason, String detail) {
    }

    /**
     * Walks the chain one entry at a time in seq order, remembering only the entry before: any number of
     * entries in constant memory.
     */
    public static final class Walk {

        private long previousSeq;
        private String previousHash;
        private long checked;
        private long anchorSeq;
        private String anchorHash;

        /** A walk from the first entry (seq 1, prev_hash {@link #GENESIS}). */
        public static Walk fromStart() {
            return new Walk(0, GENESIS);
        }

        /** A walk that starts after an entry taken as it is stored (its seq and stored hash). */
        public static Walk after(long seq, String storedHash) {
            return new Walk(seq, storedHash);
        }

        private Walk(long previousSeq, String previousHash) {
            this.previousSeq = previousSeq;
            this.previousHash = previousHash;
        }

        /**
         * Also requires the entry at {@code seq} to have the hash an auditor recorded earlier (from an answer of
         * the verification, kept outside the database): the only check a rewrite of the whole chain cannot pass.
         */
        public Walk anchoredAt(long seq, String hash) {
            this.anchorSeq = seq;
            this.anchorHash = hash;
            return this;
        }

        /** Checks the next entry; empty if it fits (the walk moves on to it), otherwise why not. */
        public Optional<Break> next(Entry entry) {
            if (entry.seq() != previousSeq + 1) {
                String missing = entry.seq() > previousSeq + 1
                        ? (entry.seq() - previousSeq - 1) + " entries missing (seq " + (previousSeq + 1)
                                + (entry.seq() - 1 > previousSeq + 1 ? " to " + (entry.seq() - 1) : "") + ")"
                        : "out of order";
                return Optional.of(new Break(entry.seq(), entry.eventId(), BreakReason.GAP,
                        "seq " + entry.seq() + " follows seq " + previousSeq + ": " + missing));
            }
            if (!previousHash.equals(entry.prevHash())) {
                return Optional.of(new Break(entry.seq(), entry.eventId(), BreakReason.PREVIOUS_HASH_MISMATCH,
                        "prev_hash " + entry.prevHash() + " is not the hash of seq " + previousSeq + " (" + previousHash + ")"));
            }
            String recomputed = hash(entry);
            if (!recomputed.equals(entry.hash())) {
                return Optional.of(new Break(entry.seq(), entry.eventId(), BreakReason.HASH_MISMATCH,
                        "stored hash " + entry.hash() + ", recomputed " + recomputed
                                + ": the entry was changed after it was appended"));
            }
            if (anchorHash != null && entry.seq() == anchorSeq && !anchorHash.equals(entry.hash())) {
                return Optional.of(new Break(entry.seq(), entry.eventId(), BreakReason.ANCHOR_MISMATCH,
                        "hash " + entry.hash() + " is not the recorded " + anchorHash
                                + ": the chain was recomputed up to here"));
            }
            previousSeq = entry.seq();
            previousHash = entry.hash();
            checked++;
            return Optional.empty();
        }

        /**
         * Called after the last entry: a recorded anchor beyond the end of the log means that its end was cut off.
         */
        public Optional<Break> end() {
            if (anchorHash != null && anchorSeq > previousSeq) {
                return Optional.of(new Break(anchorSeq, null, BreakReason.ANCHOR_MISMATCH,
                        "the log ends at seq " + previousSeq + ", but seq " + anchorSeq + " was recorded with hash "
                                + anchorHash + ": entries were removed from its end"));
            }
            return Optional.empty();
        }

        /** Entries that fitted so far. */
        public long checked() {
            return checked;
        }

        /** The seq of the last entry that fitted (or the starting point). */
        public long lastSeq() {
            return previousSeq;
        }

        /** The stored hash of the last entry that fitted (or the starting point's). */
        public String lastHash() {
            return previousHash;
        }
    }
}
