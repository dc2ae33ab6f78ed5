package cn.gov.shandong.circular.reporting.eventlog;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of the audit event log. Read-only for Hibernate: rows are appended by {@link EventLog}
 * and the database refuses every UPDATE and DELETE.
 */
@Entity
@Immutable
@Table(name = "event_log")
public class EventLogEntry extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    public String topic;

    @Column(name = "kafka_partition")
    public int kafkaPartition;

    @Column(name = "kafka_offset")
    public long kafkaOffset;

    @Column(name = "event_type")
    public String eventType;

    public String source;

    public String subject;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public String actor;

    @Column(name = "correlation_id")
    public String correlationId;

    /** The event data as JSON text. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String data;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    @Column(name = "received_seq")
    public long receivedSeq;

    /** Place in the hash chain: 1, 2, 3 ... in the order of appending (set by the database, migration V5). */
    public long seq;

    /** The hash of the entry before (seq - 1). */
    @Column(name = "prev_hash")
    public String prevHash;

    /** SHA-256 of this entry's canonical text ({@link HashChain}). */
    public String hash;

    /** The logged event as the consumers saw it, for replaying it into the projections. */
    IncomingEvent toIncomingEvent(ObjectMapper json) {
        try {
            return new IncomingEvent(eventId, eventType, source, subject, occurredAt, actor, correlationId,
                    json.readTree(data), topic);
        } catch (JsonProcessingException e) {
            // The column is jsonb: PostgreSQL only stores well-formed JSON.
            throw new IllegalStateException("event_log row " + eventId + " holds unreadable data", e);
        }
    }
}
