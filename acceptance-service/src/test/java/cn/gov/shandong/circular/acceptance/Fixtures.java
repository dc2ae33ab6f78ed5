package cn.gov.shandong.circular.acceptance;

import static io.restassured.RestAssured.given;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import cn.gov.shandong.circular.events.PlanTarget;
import cn.gov.shandong.circular.common.testing.TestTokens;
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
    public static final String ZAOZHUANG = "370400";
    public static final String DONGYING = "370500";
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
            new Park("SDP017", "利津经济开发区", DONGYING, "东营市", ParkLevel.PROVINCIAL),      // documents: upload, list, download
            new Park("SDP018", "广饶经济开发区", DONGYING, "东营市", ParkLevel.PROVINCIAL),      // documents: the other manager
            new Park("SDP015", "枣庄高新区", ZAOZHUANG, "枣庄市", ParkLevel.NATIONAL),          // documents: oversize, refused
            new Park("SDP016", "峄城经济开发区", ZAOZHUANG, "枣庄市", ParkLevel.PROVINCIAL),      // documents: under review
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

    /**
     * Publishes the fixture parks and the city's approval of each one's implementation plan (2018-2020, the
     * four core indicators and one project) once per test run, and waits until both are held.
     */
    public static synchronized void ensureParksKnown(EntityManager entityManager) {
        if (!registered) {
            PARKS.forEach(Fixtures::publishParkRegistered);
            PARKS.forEach(p -> EventFixtures.publish(UUID.randomUUID(), null,
                    approved(planOf(p.code()), p.code(), p.cityCode(), 1, 0, List.of(project(p.code()))),
                    "officer." + p.cityCode()));
            registered = true;
        }
        String codes = String.join(",", PARKS.stream().map(p -> "'" + p.code() + "'").toList());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                count(entityManager, "select count(*) from park_directory where park_code in (" + codes + ")")
                        == PARKS.size()
                && count(entityManager, "select count(*) from approved_plan_project where park_code in (" + codes + ")")
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
        return approved(planId, parkCode, cityCode, revision, raise, List.of());
    }

    /** The fixture park's approved plan, and its one project (ids derived from the park code). */
    public static UUID planOf(String parkCode) {
        return UUID.nameUUIDFromBytes(("plan-" + parkCode).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static PlanProjectEntry project(String parkCode) {
        return new PlanProjectEntry(UUID.nameUUIDFromBytes(("project-" + parkCode).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "园区中水回用工程");
    }

    public static ImplementationPlanApproved approved(UUID planId, String parkCode, String cityCode, int revision,
                                                      double raise, List<PlanProjectEntry> projects) {
        return new ImplementationPlanApproved(planId, parkCode, cityCode, "2018-2020", revision, List.of(
                new PlanTarget(Indicator.RESOURCE_PRODUCTIVITY, "元/吨", 2017, 4200.0, 2020, 5100.0 + raise),
                new PlanTarget(Indicator.LAND_PRODUCTIVITY, "亿元/平方公里", 2017, 18.6, 2020, 22.5 + raise),
                new PlanTarget(Indicator.SOLID_WASTE_UTILISATION, Indicator.PERCENT, 2017, 82.5, 2020, 95.0 + raise),
                new PlanTarget(Indicator.WATER_REUSE, Indicator.PERCENT, 2017, 88.0, 2020, 92.0 + raise)), projects);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /**
     * An application of a fixture park with its evidence against the fixture plan: every core indicator
     * achieved (water reuse 91.5 % against a 92 % target: not met) and the one project completed.
     */
    public static String applyBody(String parkCode, String summary) {
        return evidence(JSON.createObjectNode().put("parkCode", parkCode).put("summary", summary), parkCode).toString();
    }

    public static ObjectNode evidence(ObjectNode body, String parkCode) {
        var achievements = body.putArray("achievements");
        achievements.addObject().put("indicator", "RESOURCE_PRODUCTIVITY").put("unit", "元/吨").put("value", 5230);
        achievements.addObject().put("indicator", "LAND_PRODUCTIVITY").put("unit", "亿元/平方公里").put("value", 22.8);
        achievements.addObject().put("indicator", "SOLID_WASTE_UTILISATION").put("unit", "%").put("value", 95.6);
        achievements.addObject().put("indicator", "WATER_REUSE").put("unit", "%").put("value", 91.5);
        body.putArray("projects").addObject().put("projectId", project(parkCode).projectId().toString())
                .put("completion", "COMPLETED").put("note", "2019年10月建成投运。");
        return body;
    }

    /** The review panel every fixture review uses: the roster's three seeded experts. */
    public static final List<String> PANEL = List.of("expert.wang", "expert.zhang", "expert.liu");

    public static String expert(String username) {
        return TestTokens.token(username, "expert", java.util.Map.of());
    }

    /** Opens the review as the city's officer and seats {@link #PANEL}. */
    public static void openWithPanel(String id, String cityCode) {
        as(TestTokens.cityOfficer(cityCode)).post("/api/v1/applications/{id}/review", id).then().statusCode(201);
        as(TestTokens.cityOfficer(cityCode))
                .body("{\"experts\":[\"expert.wang\",\"expert.zhang\",\"expert.liu\"]}")
                .put("/api/v1/applications/{id}/review/panel", id).then().statusCode(200);
    }

    /** An expert's scoring with this total over the default sheet (PLAN_TASKS 25, INDICATORS 30, PROJECTS 25, MANAGEMENT 10, DOCUMENTATION 10). */
    public static String scoringBody(int total) {
        int[] maxima = {25, 30, 25, 10, 10};
        String[] codes = {"PLAN_TASKS", "INDICATORS", "PROJECTS", "MANAGEMENT", "DOCUMENTATION"};
        ObjectNode body = JSON.createObjectNode();
        var points = body.putArray("points");
        int left = total;
        for (int i = 0; i < codes.length; i++) {
            // Proportional shares, the rest on the last criteria that still have room.
            int share = i == codes.length - 1 ? left : Math.min(maxima[i], Math.round(total * maxima[i] / 100f));
            share = Math.min(share, Math.min(maxima[i], left));
            points.addObject().put("criterion", codes[i]).put("points", share);
            left -= share;
        }
        if (left != 0) {
            throw new IllegalArgumentException("cannot spread " + total + " points over the default sheet");
        }
        return body.put("comments", "评分意见").toString();
    }

    /** Opens the review, seats the panel and has each expert score (totals in panel order). */
    public static void scoredByPanel(String id, String cityCode, int... totals) {
        openWithPanel(id, cityCode);
        for (int i = 0; i < totals.length; i++) {
            as(expert(PANEL.get(i))).body(scoringBody(totals[i]))
                    .put("/api/v1/applications/{id}/review/scores/{expert}", id, PANEL.get(i)).then().statusCode(200);
        }
    }

    public static String decisionBody(String outcome, String reasons) {
        ObjectNode body = JSON.createObjectNode().put("outcome", outcome);
        if (reasons != null) {
            body.put("reasons", reasons);
        }
        return body.toString();
    }

    /** The panel scores 86, 88 and 85 (mean 86.3, 良好) and the city passes the application. */
    public static void passed(String id, String cityCode) {
        scoredByPanel(id, cityCode, 86, 88, 85);
        as(TestTokens.cityOfficer(cityCode)).body(decisionBody("PASSED", "同意通过验收"))
                .post("/api/v1/applications/{id}/decision", id).then().statusCode(200);
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
