package cn.gov.shandong.circular.plans.park;

import cn.gov.shandong.circular.common.cities.CitySuccessions;
import cn.gov.shandong.circular.common.inbox.IdempotentConsumer;
import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.common.inbox.ServiceStoppingException;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds this service's copy of the park registry (platform-common's {@link ParkDirectory}) from
 * {@code parks.events}, and the cities' successions (platform-common's {@link CitySuccessions}) with it:
 * each event applied once, poison to {@code plans-service.dlq}.
 */
@ApplicationScoped
public class ParkDirectoryProjection {

    public static final String CONSUMER = "plans.park-directory";

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Inject
    ParkDirectory parkDirectory;

    @Inject
    CitySuccessions citySuccessions;

    @Incoming("parks-in")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, abortOn = {MalformedEventException.class, ServiceStoppingException.class})
    public void onParkEvent(ConsumerRecord<String, String> record) {
        idempotentConsumer.applyOnce(CONSUMER, IncomingEvent.from(record), event -> {
            parkDirectory.apply(event);
            // park.city-abolished: whose parks a city's officers act for (Caller's scope, decision 38).
            citySuccessions.apply(event);
        });
    }
}
