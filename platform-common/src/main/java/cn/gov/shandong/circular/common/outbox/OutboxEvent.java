package cn.gov.shandong.circular.common.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Generated;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event waiting in (or already sent from) the transactional outbox. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_key", nullable = false)
    public String key;

    @Column(name = "event_type", nullable = false)
    public String type;

    @Column(nullable = false)
    public String source;

    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(name = "correlation_id")
    public String correlationId;

    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    public int attempts;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The order in which the events of one key must reach Kafka (assigned by the database on insert). */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    /** Not sent before this time: the lease of a send in flight, or the back-off after a failure. */
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    /** Sends the broker refused (not counting outages); {@code block-after-attempts} of them block the row. */
    public int refusals;

    /** Set when the row is blocked: neither it nor later events of its key are sent until it is released. */
    @Column(name = "blocked_at")
    public OffsetDateTime blockedAt;

    @Column(name = "last_error")
    public String lastError;

    /** Set when the row was claimed at insert behind rows this instance is sending (see SendingChains). */
    @Transient
    SendingChains.Chain joinedChain;

    /** Takes the row for one send: nobody else sends it until the lease ends or the send's outcome is known. */
    void claim(OffsetDateTime now, java.time.Duration lease) {
        attempts++;
        lastAttemptAt = now;
        nextAttemptAt = now.plus(lease);
    }
}
