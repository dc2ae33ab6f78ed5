package cn.gov.shandong.circular.reporting.eventlog;

import cn.gov.shandong.circular.reporting.eventlog.HashChain.Break;
import cn.gov.shandong.circular.reporting.eventlog.HashChain.Entry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Recomputes the event log's hash chain in Java, a page of entries at a time in seq order (any length of
 * log in constant memory), up to the entry that was last when the check began.
 */
@ApplicationScoped
public class ChainVerifier {

    /** Entries fetched from the database at a time. */
    static final int PAGE = 1000;

    private static final String COLUMNS = """
            seq, event_id, topic, kafka_partition, kafka_offset, event_type, source, subject, occurred_at, actor,
            correlation_id, data::text as data, received_at, received_seq, prev_hash, hash""";

    @Inject
    DataSource dataSource;

    /**
     * @param fromSeq   the first entry to check (1 when null); the one before it is taken as stored
     * @param anchorSeq with anchorHash: an entry an earlier answer reported (lastSeq, lastHash), which must still be there
     */
    public ChainVerification verify(Long fromSeq, Long anchorSeq, String anchorHash) {
        long started = System.nanoTime();
        long from = fromSeq == null ? 1 : fromSeq;
        // Plain JDBC, one query streamed in pages of PAGE rows (a server-side cursor: autocommit off), so that the
        // database plans and sorts once, whatever its statistics say, and the text of data is read exactly as the
        // database prints it. Read-only; the query's snapshot is all the consistency a check needs.
        try (Connection connection = dataSource.getConnection()) {
            Long head = single(connection, "select max(seq) from event_log");
            HashChain.Walk walk = start(connection, from);
            if (anchorHash != null) {
                walk.anchoredAt(anchorSeq, anchorHash);
            }
            Optional<Break> broken = Optional.empty();
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement entries = connection.prepareStatement("select " + COLUMNS
                    + " from event_log where seq > ? and seq <= ? order by seq")) {
                entries.setFetchSize(PAGE);
                entries.setLong(1, walk.lastSeq());
                entries.setLong(2, head == null ? 0 : head);
                try (ResultSet rows = entries.executeQuery()) {
                    while (broken.isEmpty() && rows.next()) {
                        broken = walk.next(entry(rows));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
            if (broken.isEmpty()) {
                broken = walk.end();
            }
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            boolean anyIntact = walk.checked() > 0;
            return new ChainVerification(HashChain.ALGORITHM, from, head, walk.checked(), broken.isEmpty(),
                    anyIntact ? walk.lastSeq() : null, anyIntact ? walk.lastHash() : null,
                    broken.map(Break::seq).orElse(null), broken.map(Break::eventId).orElse(null),
                    broken.map(Break::reason).orElse(null), broken.map(Break::detail).orElse(null), elapsed);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event log to verify it", e);
        }
    }

    /** From the start, or after the last entry before {@code from} as it is stored. */
    private static HashChain.Walk start(Connection connection, long from) throws SQLException {
        if (from <= 1) {
            return HashChain.Walk.fromStart();
        }
        try (PreparedStatement before = connection.prepareStatement(
                "select seq, hash from event_log where seq < ? order by seq desc limit 1")) {
            before.setLong(1, from);
            try (ResultSet row = before.executeQuery()) {
                // An entry before it that is not from - 1 shows as a gap at the first entry checked.
                return row.next() ? HashChain.Walk.after(row.getLong(1), row.getString(2)) : HashChain.Walk.fromStart();
            }
        }
    }

    private static Long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            row.next();
            long value = row.getLong(1);
            return row.wasNull() ? null : value;
        }
    }

    private static Entry entry(ResultSet row) throws SQLException {
        return new Entry(row.getLong("seq"), row.getObject("event_id", UUID.class), row.getString("topic"),
                row.getInt("kafka_partition"), row.getLong("kafka_offset"), row.getString("event_type"),
                row.getString("source"), row.getString("subject"), row.getObject("occurred_at", OffsetDateTime.class),
                row.getString("actor"), row.getString("correlation_id"), row.getString("data"),
                row.getObject("received_at", OffsetDateTime.class), row.getLong("received_seq"),
                row.getString("prev_hash"), row.getString("hash"));
    }
}
