package cn.gov.shandong.circular.plans;

import static org.awaitility.Awaitility.await;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ZoneKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plays parks-service in the tests: publishes {@code park.registered} events built from the contract's record on
 * {@code parks.events} (as parks-service would) and reads what plans-service made of them.
 */
@ApplicationScoped
public class RegistryFeed {

    public static final String PARKS_TOPIC = "parks.events";

    /** A park of Attachment 2 as the registry announces it. */
    public record Park(String parkCode, String name, String cityCode, String cityName, ParkLevel level) {

        /** The park as parks-service announces it. */
        public ParkRegistered registered() {
            return new ParkRegistered(parkCode, name, cityCode, cityName, level, ZoneKind.ECONOMIC_DEVELOPMENT_ZONE);
        }
    }

    public static final List<Park> JINAN = List.of(
            new Park("SDP001", "明水经济技术开发区", "370100", "济南市", ParkLevel.NATIONAL),
            new Park("SDP002", "济南高新区", "370100", "济南市", ParkLevel.NATIONAL),
            new Park("SDP003", "济南槐荫工业园区", "370100", "济南市", ParkLevel.PROVINCIAL),
            new Park("SDP004", "平阴工业园区", "370100", "济南市", ParkLevel.PROVINCIAL),
            new Park("SDP005", "济南经济开发区", "370100", "济南市", ParkLevel.PROVINCIAL));

    public static final List<Park> QINGDAO = List.of(
            new Park("SDP006", "青岛经济技术开发区", "370200", "青岛市", ParkLevel.NATIONAL),
            new Park("SDP007", "胶南经济开发区", "370200", "青岛市", ParkLevel.PROVINCIAL));

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    /** Registers the parks and waits until the directory shows each of them as announced. */
    public void registerAndAwait(List<Park> parks) {
        parks.forEach(park -> sendRegistered(UUID.randomUUID(), park));
        await().atMost(Duration.ofSeconds(30)).until(() -> parks.stream().allMatch(
                park -> park.name().equals(directoryName(park.parkCode()))));
    }

    /** Publishes one {@code park.registered} event with this id (reuse an id to redeliver it). */
    public void sendRegistered(UUID eventId, Park park) {
        EventFixtures.publish(eventId, null, park.registered(), "system");
    }

    /** Publishes a {@code park.registered} with data the contract may not allow (start from {@link EventFixtures#data}). */
    public void sendRegisteredData(UUID eventId, String parkCode, ObjectNode data) {
        EventFixtures.publishData(eventId, null, ParkRegistered.TYPE, parkCode, data);
    }

    /** Publishes an event of a type the registry does not publish (yet) on parks.events, keyed by the park code. */
    public void send(UUID eventId, String type, String parkCode, Map<String, Object> data) {
        try {
            KafkaTestClient.send(PARKS_TOPIC, parkCode,
                    KafkaTestClient.cloudEventHeaders(eventId, type, "/parks-service", parkCode),
                    JSON.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The park's name in the local directory, or null when the park is not there. */
    public String directoryName(String parkCode) {
        List<?> names = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select name from park_directory where park_code = :code")
                .setParameter("code", parkCode)
                .getResultList());
        return names.isEmpty() ? null : (String) names.get(0);
    }

    /** Runs a {@code select count(*) ...} with one named parameter {@code :p}. */
    public long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("p", parameter)
                .getSingleResult()).longValue());
    }
}
