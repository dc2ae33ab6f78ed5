package cn.gov.shandong.circular.reporting.ingest;

import cn.gov.shandong.circular.common.inbox.IdempotentConsumer;
import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.common.inbox.ServiceStoppingException;
import cn.gov.shandong.circular.reporting.eventlog.EventLog;
import cn.gov.shandong.circular.reporting.projection.Projector;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads the four topics: each event is appended to the event log and projected, in one
 * transaction, once (a redelivery is recognised by its ce_id). A record that is not a usable
 * event fails at once and goes to {@code reporting-service.dlq}; other failures are retried.
 */
@ApplicationScoped
public class EventIngestion {

    private static final Logger LOG = Logger.getLogger(EventIngestion.class);

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Inject
    EventLog eventLog;

    @Inject
    Projector projector;

    @Inject
    ProjectionFreshness freshness;

    @Incoming("parks-in")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, abortOn = {MalformedEventException.class, ServiceStoppingException.class})
    public void onParksEvent(ConsumerRecord<String, String> record) {
        ingest("reporting.parks", record);
    }

    @Incoming("plans-in")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, abortOn = {MalformedEventException.class, ServiceStoppingException.class})
    public void onPlansEvent(ConsumerRecord<String, String> record) {
        ingest("reporting.plans", record);
    }

    @Incoming("acceptance-in")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, abortOn = {MalformedEventException.class, ServiceStoppingException.class})
    public void onAcceptanceEvent(ConsumerRecord<String, String> record) {
        ingest("reporting.acceptance", record);
    }

    /** Reporting's own events (notices, annual reports), read back so that they are logged like the others. */
    @Incoming("reporting-in")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, abortOn = {MalformedEventException.class, ServiceStoppingException.class})
    public void onReportingEvent(ConsumerRecord<String, String> record) {
        ingest("reporting.reporting", record);
    }

    private void ingest(String consumer, ConsumerRecord<String, String> record) {
        IncomingEvent event = withTime(IncomingEvent.from(record));
        boolean applied = idempotentConsumer.applyOnce(consumer, event, effect -> {
            if (eventLog.append(effect, record.partition(), record.offset())) {
                projector.apply(effect);
            } else {
                LOG.warnf("Event %s (%s) on %s-%d@%d is logged already under the same id from another topic; skipped",
                        effect.id(), effect.type(), record.topic(), record.partition(), record.offset());
            }
        });
        if (applied) {
            freshness.applied(event.time());
        }
    }

    /** An event without ce_time is dated by its arrival, so the log always has a replay order. */
    private static IncomingEvent withTime(IncomingEvent event) {
        if (event.time() != null) {
            return event;
        }
        return new IncomingEvent(event.id(), event.type(), event.source(), event.subject(),
                OffsetDateTime.now(ZoneOffset.UTC), event.actor(), event.correlationId(), event.data(), event.topic());
    }
}
