package cn.gov.shandong.circular.acceptance;

import static io.restassured.RestAssured.given;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.PlanTarget;
import cn.gov.shandong.circular.events.ZoneKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

/**
 * Shared test data and helpers. The service learns its parks from {@code parks.events} as in
 * production: the tests publish {@code park.registered} events and wait until they are applied.
 * Each test class uses its own parks (one open application per park), listed here.
 */
public final class Fixtures {

    public static final String PARKS_TOPIC = "parks.events";
    public static final String PLANS_TOPIC = "plans.events";
    public static final String ACCEPTANCE_TOPIC = "acceptance.events";
    public static final String DLQ = "acceptance-service.dlq";
    public static final String JINAN = "370100";
    public static final String QINGDAO = "370200";
    public static final String ZIBO = "370300";
    public static final String YANTAI = "370600";

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Park(String code, String name, String cityCode, String cityName, ParkLevel level) {

        /** The park as parks-service announces it. */
        public ParkRegistered registered() {
            return new ParkRegistered(code, name, cityCode, cityName, level, ZoneKind.ECONOMIC_DEVELOPMENT_ZONE);
        }
    }

    /** Attachment 2 parks the tests apply for; the comment says which test owns each. */
    public static final List<Park> PARKS = List.of(
            new Park("SDP001", "明水经济技术开发区", JINAN, "济南市", ParkLevel.NATIONAL),        // lifecycle: happy path
            new Park("SDP002", "济南高新区", JINAN, "济南市", ParkLevel.NATIONAL),              // scope
            new Park("SDP003", "济南槐荫工业园区", JINAN, "济南市", ParkLevel.PROVINCIAL),       // illegal transitions
            new Park("SDP004", "平阴工业园区", JINAN, "济南市", ParkLevel.PROVINCIAL),           // bad input: never applies
            new Park("SDP005", "济南经济开发区", JINAN, "济南市", ParkLevel.PROVINCIAL),         // idempotency
            new Park("SDP006", "青岛经济技术开发区", QINGDAO, "青岛市", ParkLevel.NATIONAL),      // scope: the other manager
            new Park("SDP007", "胶南经济开发区", QINGDAO, "青岛市", ParkLevel.PROVINCIAL),       // concurrent applications
            new Park("SDP008", "胶州经济技术开发区", QINGDAO, "青岛市", ParkLevel.NATIONAL),      // lifecycle: fail, apply again
            new Park("SDP009", "青岛高新区", QINGDAO, "青岛市", ParkLevel.NATIONAL),            // lifecycle: return, resubmit
            new Park("SDP010", "高青经济开发区", ZIBO, "淄博市", ParkLevel.PROVINCIAL),          // bad input: review
            new Park("SDP011", "淄博高新区", ZIBO, "淄博市", ParkLevel.NATIONAL),              // idempotency: other body
            // Spot checks: filed and drawn from (Yantai's filed parks are the rounds' population).
            new Park("SDP022", "招远经济技术开发区", YANTAI, "烟台市", ParkLevel.NATIONAL),
            new Park("SDP023", "烟台高新区", YANTAI, "烟台市", ParkLevel.NATIONAL),
            new Park("SDP024", "牟平经济开发区", YANTAI, "烟台市", ParkLevel.PROVINCIAL),
            new Park("SDP025", "龙口经济开发区", YANTAI, "烟台市", ParkLevel.PROVINCIAL),
            new Park("SDP026", "莱阳经济开发区", YANTAI, "烟台市", ParkLevel.PROVINCIAL),
            new Park("SDP027", "莱州经济开发区", YANTAI, "烟台市", ParkLevel.PROVINCIAL),
            new Park("SDP028", "栖霞经济开发区", YANTAI, "烟台市", ParkLevel.PROVINCIAL));

    private static volatile boolean registered;

    private Fixtures() {
    }

    /** Publishes the fixture parks once per test run and waits until the directory holds them all. */
    public static synchronized void ensureParksKnown(EntityManager entityManager) {
        if (!registered) {
            PARKS.forEach(Fixtures::publishParkRegistered);
            registered = true;
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                count(entityManager, "select count(*) from park_directory where park_code in ("
                        + String.join(",", PARKS.stream().map(p -> "'" + p.code() + "'").toList()) + ")")
                        == PARKS.size());
    }

    public static UUID publishParkRegistered(Park park) {
        return EventFixtures.publish(park.registered());
    }

    /** Publishes the park's registration with this ce_id (reuse an id to redeliver it). */
    public static UUID publishParkRegistered(UUID id, Park park) {
        return EventFixtures.publish(id, null, park.registered(), "system");
    }

    /**
     * Any data under any type on parks.events (binary CloudEvent, key = park code): for what the
     * contract does not allow, or types this service does not know.
     */
    public static void publish(UUID id, String type, String parkCode, String data) {
        KafkaTestClient.send(PARKS_TOPIC, parkCode,
                KafkaTestClient.cloudEventHeaders(id, type, "/parks-service", parkCode), data);
    }

    /**
     * A city's approval of a park's plan under 2018-2020, as plans-service announces it: the four core
     * indicators (2017 baselines, 2020 targets), each target raised by {@code raise} over the first revision's.
     */
    public static ImplementationPlanApproved approved(UUID planId, String parkCode, String cityCode, int revision,
                                                      double raise) {
        return new ImplementationPlanApproved(planId, parkCode, cityCode, "2018-2020", revision, List.of(
                new PlanTarget(Indicator.RESOURCE_PRODUCTIVITY, "元/吨", 2017, 4200.0, 2020, 5100.0 + raise),
                new PlanTarget(Indicator.LAND_PRODUCTIVITY, "亿元/平方公里", 2017, 18.6, 2020, 22.5 + raise),
                new PlanTarget(Indicator.SOLID_WASTE_UTILISATION, Indicator.PERCENT, 2017, 82.5, 2020, 95.0 + raise),
                new PlanTarget(Indicator.WATER_REUSE, Indicator.PERCENT, 2017, 88.0, 2020, 92.0 + raise)));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String applyBody(String parkCode, String summary) {
        return JSON.createObjectNode().put("parkCode", parkCode).put("summary", summary).toString();
    }

    public static String reviewBody(String outcome, Integer score, String comments) {
        ObjectNode body = JSON.createObjectNode().put("outcome", outcome).put("comments", comments);
        if (score != null) {
            body.put("score", score);
        }
        return body.toString();
    }

    public static long count(EntityManager entityManager, String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    public static long applicationsOf(EntityManager entityManager, String parkCode) {
        return count(entityManager, "select count(*) from acceptance_application where park_code = '" + parkCode + "'");
    }

    /** Events recorded for a park (the outbox is the only way an event reaches acceptance.events). */
    public static long eventsOf(EntityManager entityManager, String parkCode) {
        return count(entityManager, "select count(*) from outbox_event where event_key = '" + parkCode + "'");
    }

    /** Reads acceptance.events like a downstream system until the predicate holds (or 30 s pass). */
    public static List<ConsumerRecord<String, String>> acceptanceEvents(
            Predicate<List<ConsumerRecord<String, String>>> until) {
        return KafkaTestClient.readAll(ACCEPTANCE_TOPIC, Duration.ofSeconds(30), until);
    }

    public static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }
}
