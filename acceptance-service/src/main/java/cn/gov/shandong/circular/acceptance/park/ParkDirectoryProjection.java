package cn.gov.shandong.circular.acceptance.park;

import cn.gov.shandong.circular.common.inbox.IdempotentConsumer;
import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
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
 * Keeps {@code park_directory} from {@code parks.events}: each event applied once, poison to
 * {@code acceptance-service.dlq}. Other park event types are recorded as processed and ignored, so
 * parks-service can add types before this service understands them.
 */
@ApplicationScoped
public class ParkDirectoryProjection {

    public static final String CONSUMER = "acceptance.park-directory";

    private static final Logger LOG = Logger.getLogger(ParkDirectoryProjection.class);

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Incoming("parks-in")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, abortOn = MalformedEventException.class)
    public void onParkEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        idempotentConsumer.applyOnce(CONSUMER, event, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (!ParkRegistered.TYPE.equals(event.type())) {
            LOG.debugf("Ignoring %s event %s", event.type(), event.id());
            return;
        }
        ParkRegistered registered = event.dataAs(ParkRegistered.class);
        if (blank(registered.parkCode()) || blank(registered.name()) || blank(registered.cityCode())
                || registered.level() == null) {
            throw new MalformedEventException("event " + event.id() + " (park.registered) lacks the park code, "
                    + "name, city code or level");
        }
        // A park registered again (a correction republished by parks-service) replaces the copy.
        ParkDirectoryEntry park = ParkDirectoryEntry.findById(registered.parkCode());
        if (park == null) {
            park = new ParkDirectoryEntry();
            park.parkCode = registered.parkCode();
        }
        park.name = registered.name();
        park.cityCode = registered.cityCode();
        park.cityName = registered.cityName();
        park.level = registered.level();
        park.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        park.persist();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
