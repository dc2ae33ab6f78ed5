package cn.gov.shandong.circular.plans.park;

import cn.gov.shandong.circular.common.inbox.IdempotentConsumer;
import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@code park_directory} in step with the park registry (event-carried state transfer from
 * {@code parks.events}), applying each event once however often Kafka delivers it.
 */
@ApplicationScoped
public class ParkDirectoryProjection {

    public static final String CONSUMER = "plans.park-directory";
    public static final String PARK_REGISTERED = "park.registered";

    @Inject
    IdempotentConsumer idempotentConsumer;

    @Inject
    EntityManager entityManager;

    @Incoming("parks-in")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, abortOn = MalformedEventException.class)
    public void onParkEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        idempotentConsumer.applyOnce(CONSUMER, event, this::apply);
    }

    private void apply(IncomingEvent event) {
        // Other types of parks.events are recorded as processed and otherwise ignored, so the
        // registry can add types before this service needs them.
        if (PARK_REGISTERED.equals(event.type())) {
            upsert(event);
        }
    }

    private void upsert(IncomingEvent event) {
        String levelName = event.text("level");
        ParkLevel level = ParkLevel.named(levelName).orElseThrow(() -> new MalformedEventException(
                "event " + event.id() + " (" + event.type() + ") has unknown level " + levelName));
        entityManager.createNativeQuery("""
                        insert into park_directory (park_code, name, city_code, city_name, level, updated_at)
                        values (:parkCode, :name, :cityCode, :cityName, :level, :updatedAt)
                        on conflict (park_code) do update
                            set name = excluded.name,
                                city_code = excluded.city_code,
                                city_name = excluded.city_name,
                                level = excluded.level,
                                updated_at = excluded.updated_at""")
                .setParameter("parkCode", event.text("parkCode"))
                .setParameter("name", event.text("name"))
                .setParameter("cityCode", event.text("cityCode"))
                .setParameter("cityName", event.text("cityName"))
                .setParameter("level", level.name())
                .setParameter("updatedAt", event.time() != null ? event.time() : OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }
}
