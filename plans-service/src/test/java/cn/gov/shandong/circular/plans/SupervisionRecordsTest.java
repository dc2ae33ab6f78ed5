package cn.gov.shandong.circular.plans;

import static cn.gov.shandong.circular.plans.PlanFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.RequiredAction;
import cn.gov.shandong.circular.events.SupervisionActionResolved;
import cn.gov.shandong.circular.events.SupervisionRecorded;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Supervision records (监督检查): the city records a visit, the park sees it, the city resolves each
 * required action once; every change is an event. Parks of 淄博 (370300), and one of 枣庄 (370400) as
 * another city; no other plans test uses them. The province's clock is pinned to 2019-06-10.
 */
@QuarkusTest
class SupervisionRecordsTest {

    static final String ZIBO = "370300";
    static final String ZAOZHUANG = "370400";
    static final RegistryFeed.Park GAOQING = new RegistryFeed.Park("SDP010", "高青经济开发区", ZIBO, "淄博市",
            ParkLevel.PROVINCIAL);
    static final RegistryFeed.Park ZIBO_HIGH_TECH = new RegistryFeed.Park("SDP011", "淄博高新区", ZIBO, "淄博市",
            ParkLevel.NATIONAL);
    static final RegistryFeed.Park TENGZHOU = new RegistryFeed.Park("SDP013", "滕州经济开发区", ZAOZHUANG, "枣庄市",
            ParkLevel.PROVINCIAL);
    static final LocalDate TODAY = LocalDate.parse("2019-06-10");
    static final String RECORDS = "/api/v1/supervision-records";
    static final String OF_PARK = "/api/v1/parks/{parkCode}/supervision-records";
    static final String RESOLUTION = RECORDS + "/{id}/actions/{actionId}/resolution";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RegistryFeed feed;

    @Inject
    ProvinceClock clock;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void parksAreKnownAndTheDayIsFixed() {
        feed.registerAndAwait(List.of(GAOQING, ZIBO_HIGH_TECH, TENGZHOU));
        clock.pin(TODAY);
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    static ObjectNode visit(String visitedOn, String... deadlines) {
        ObjectNode visit = JSON.createObjectNode().put("visitedOn", visitedOn)
                .put("findings", "园区循环化改造重点项目总体按计划推进，中水回用工程主体管网已完工。");
        visit.putArray("inspectors").add("张明").add("李华");
        visit.putArray("problems").add("固体废物综合利用台账不完整。").add("余热利用项目开工滞后约三个月。");
        ArrayNode actions = visit.putArray("actions");
        for (int i = 0; i < deadlines.length; i++) {
            actions.addObject().put("description", "整改事项" + (i + 1)).put("deadline", deadlines[i]);
        }
        return visit;
    }

    static String resolution(String resolvedOn) {
        return JSON.createObjectNode().put("resolvedOn", resolvedOn).put("resolution", "台账已建立，数据已报送。").toString();
    }

    @Test
    void theCityRecordsAVisitTheParkSeesItAndEachActionIsResolvedOnce() {
        String officer = TestTokens.cityOfficer(ZIBO);
        String manager = TestTokens.parkManager("SDP010");
        String body = visit("2019-05-16", "2019-08-31", "2019-06-01").toString();
        ExtractableResponse<Response> created = as(officer).header("Idempotency-Key", "sdp010-visit-2019-05-16")
                .body(body).post(OF_PARK, "SDP010")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("parkCode", equalTo("SDP010"))
                .body("parkName", equalTo("高青经济开发区"))
                .body("cityCode", equalTo(ZIBO))
                .body("visitedOn", equalTo("2019-05-16"))
                .body("inspectors", contains("张明", "李华"))
                .body("problems", contains("固体废物综合利用台账不完整。", "余热利用项目开工滞后约三个月。"))
                .body("actions.deadline", contains("2019-08-31", "2019-06-01"))
                .body("actions.status", contains("OPEN", "OPEN"))
                // 2019-06-01 has passed on 2019-06-10 without a resolution.
                .body("actions.overdue", contains(false, true))
                .body("openActions", equalTo(2))
                .body("overdueActions", equalTo(1))
                .body("recordedBy", equalTo("officer." + ZIBO))
                .extract();
        String id = created.path("id");
        List<String> actionIds = created.path("actions.id");
        assertThat(created.header("Location")).endsWith(RECORDS + "/" + id);

        // A retry with the same key and body is the first result; the key with another body is refused.
        as(officer).header("Idempotency-Key", "sdp010-visit-2019-05-16").body(body).post(OF_PARK, "SDP010")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        as(officer).header("Idempotency-Key", "sdp010-visit-2019-05-16").body(visit("2019-05-17").toString())
                .post(OF_PARK, "SDP010")
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:idempotency-key-reused"));
        assertThat(feed.count("select count(*) from supervision_record where park_code = :p", "SDP010")).isEqualTo(1);

        // The park's manager sees their own park's visit; another park's manager and another city do not.
        as(manager).get(RECORDS + "/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("findings", equalTo("园区循环化改造重点项目总体按计划推进，中水回用工程主体管网已完工。"));
        as(manager).get(OF_PARK, "SDP010").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].problems", equalTo(2))
                .body("items[0].actions", equalTo(2))
                .body("items[0].openActions", equalTo(2))
                .body("items[0].overdueActions", equalTo(1))
                .body("items[0].nextDeadline", equalTo("2019-06-01"));
        as(TestTokens.parkManager("SDP011")).get(RECORDS + "/{id}", id).then().statusCode(404);
        as(TestTokens.cityOfficer(ZAOZHUANG)).get(RECORDS + "/{id}", id).then().statusCode(404);
        as(TestTokens.cityOfficer(ZAOZHUANG)).get(OF_PARK, "SDP010").then().statusCode(404);
        as(TestTokens.expert()).get(RECORDS + "/{id}", id).then().statusCode(200);

        // The city resolves the overdue action; a stale If-Match, the park and another city are refused.
        as(officer).header("If-Match", "\"7\"").body(resolution("2019-06-05")).post(RESOLUTION, id, actionIds.get(1))
                .then().statusCode(412).body("type", equalTo("urn:circular-parks:problem:stale-version"));
        as(manager).body(resolution("2019-06-05")).post(RESOLUTION, id, actionIds.get(1))
                .then().statusCode(403).body("type", equalTo("urn:circular-parks:problem:role-not-allowed"));
        as(TestTokens.cityOfficer(ZAOZHUANG)).body(resolution("2019-06-05")).post(RESOLUTION, id, actionIds.get(1))
                .then().statusCode(404);
        as(officer).header("If-Match", "\"0\"").body(resolution("2019-06-05")).post(RESOLUTION, id, actionIds.get(1))
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("actions[1].status", equalTo("RESOLVED"))
                .body("actions[1].overdue", equalTo(false))
                .body("actions[1].resolution.resolvedOn", equalTo("2019-06-05"))
                .body("actions[1].resolution.resolution", equalTo("台账已建立，数据已报送。"))
                .body("actions[1].resolution.resolvedBy", equalTo("officer." + ZIBO))
                .body("actions[0].resolution", nullValue())
                .body("openActions", equalTo(1))
                .body("overdueActions", equalTo(0));
        // Resolving twice is a conflict, whatever the version; the first resolution stays.
        as(officer).body(resolution("2019-06-06")).post(RESOLUTION, id, actionIds.get(1))
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
        as(officer).body(resolution("2019-06-06")).post(RESOLUTION, id, "00000000-0000-4000-8000-000000000010")
                .then().statusCode(404);
        assertThat(feed.count("select count(*) from supervision_action where record_id = cast(:p as uuid) "
                + "and status = 'RESOLVED' and resolved_on = date '2019-06-05'", id)).isEqualTo(1);

        // On 2019-09-01 the other action's deadline (2019-08-31) has passed too.
        clock.pin(LocalDate.parse("2019-09-01"));
        as(manager).get(RECORDS + "/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("actions.overdue", contains(true, false))
                .body("overdueActions", equalTo(1));

        // Consumers read the visit with its actions and deadlines, and the resolution, keyed by the park.
        List<IncomingEvent> events = eventsAbout(id, 2);
        assertThat(events).extracting(IncomingEvent::type)
                .containsExactly(SupervisionRecorded.TYPE, SupervisionActionResolved.TYPE);
        assertThat(events).extracting(IncomingEvent::subject).containsOnly("SDP010");
        assertThat(events).extracting(IncomingEvent::actor).containsOnly("officer." + ZIBO);
        SupervisionRecorded recorded = events.get(0).dataAs(SupervisionRecorded.class);
        assertThat(recorded.cityCode()).isEqualTo(ZIBO);
        assertThat(recorded.visitedOn()).isEqualTo(LocalDate.parse("2019-05-16"));
        assertThat(recorded.problemCount()).isEqualTo(2);
        assertThat(recorded.actions()).extracting(RequiredAction::actionId).map(Object::toString)
                .containsExactlyElementsOf(actionIds);
        assertThat(recorded.actions()).extracting(RequiredAction::deadline)
                .containsExactly(LocalDate.parse("2019-08-31"), LocalDate.parse("2019-06-01"));
        SupervisionActionResolved resolved = events.get(1).dataAs(SupervisionActionResolved.class);
        assertThat(resolved.actionId().toString()).isEqualTo(actionIds.get(1));
        assertThat(resolved.deadline()).isEqualTo(LocalDate.parse("2019-06-01"));
        assertThat(resolved.resolvedOn()).isEqualTo(LocalDate.parse("2019-06-05"));
        assertThat(resolved.openActionsLeft()).isEqualTo(1);
    }

    @Test
    void aRefusedVisitOrResolutionNamesTheFieldPathAndWritesNothing() {
        String officer = TestTokens.cityOfficer(ZIBO);
        String id = as(officer).body(visit("2019-06-10", "2019-06-30").toString()).post(OF_PARK, "SDP011")
                .then().statusCode(201).extract().path("id");
        String action = as(officer).get(RECORDS + "/{id}", id).then().extract().path("actions[0].id");
        List<Long> before = List.of(count("supervision_record"), count("supervision_action"), count("outbox_event"),
                count("idempotency_key"));

        as(officer).body(visit("2019-06-11").toString()).post(OF_PARK, "SDP011")
                .then().statusCode(400).body("field", equalTo("visitedOn"));
        as(officer).body(visit("2019-05-16", "2019-08-31", "2019-05-15").toString()).post(OF_PARK, "SDP011")
                .then().statusCode(400)
                .body("type", equalTo("urn:circular-parks:problem:bad-request"))
                .body("field", equalTo("actions[1].deadline"))
                .body("violations.field", contains("actions[1].deadline"));
        ObjectNode blank = visit("2019-05-16").put("findings", " ");
        ((ArrayNode) blank.get("inspectors")).add("张".repeat(101));
        as(officer).body(blank.toString()).post(OF_PARK, "SDP011")
                .then().statusCode(400).body("violations.field", contains("inspectors[2]", "findings"));
        // Another city's park and an unknown park are "not found"; the park itself may not record.
        as(officer).body(visit("2019-05-16").toString()).post(OF_PARK, "SDP013").then().statusCode(404)
                .body("type", equalTo("urn:circular-parks:problem:not-found"));
        as(officer).body(visit("2019-05-16").toString()).post(OF_PARK, "SDP998").then().statusCode(404);
        as(TestTokens.parkManager("SDP011")).body(visit("2019-05-16").toString()).post(OF_PARK, "SDP011")
                .then().statusCode(403);
        // A resolution before the visit or in the future.
        as(officer).body(resolution("2019-06-09")).post(RESOLUTION, id, action)
                .then().statusCode(400).body("field", equalTo("resolvedOn"));
        as(officer).body(resolution("2019-06-11")).post(RESOLUTION, id, action)
                .then().statusCode(400).body("field", equalTo("resolvedOn"));

        assertThat(List.of(count("supervision_record"), count("supervision_action"), count("outbox_event"),
                count("idempotency_key"))).isEqualTo(before);
        assertThat(feed.count("select count(*) from supervision_action where status = 'RESOLVED' "
                + "and record_id = cast(:p as uuid)", id)).isZero();
    }

    @Test
    void theRecordIsAnInspectionRecordTheDatabaseRefusesToChange() {
        String id = as(TestTokens.cityOfficer(ZIBO)).body(visit("2019-06-01", "2019-07-01").toString())
                .post(OF_PARK, "SDP011").then().statusCode(201).extract().path("id");
        assertThat(refusedBySql("update supervision_record set findings = '改写' where id = '" + id + "'")).isTrue();
        assertThat(refusedBySql("delete from supervision_action where record_id = '" + id + "'")).isTrue();
        assertThat(refusedBySql("update supervision_action set deadline = date '2019-12-31' where record_id = '"
                + id + "'")).isTrue();
        assertThat(refusedBySql("update supervision_action set status = 'DONE' where record_id = '" + id + "'"))
                .isTrue();
        assertThat(refusedBySql("update supervision_action set status = 'RESOLVED' where record_id = '" + id + "'"))
                .isTrue();
    }

    @Test
    void listsHoldTheCallersScopeAndFilterByCityParkVisitDayAndOpenActions() {
        String officer = TestTokens.cityOfficer(ZIBO);
        String open = as(officer).body(visit("2019-03-05", "2019-12-31").toString()).post(OF_PARK, "SDP011")
                .then().statusCode(201).extract().path("id");
        String closed = as(officer).body(visit("2019-03-06").toString()).post(OF_PARK, "SDP011")
                .then().statusCode(201).extract().path("id");
        String elsewhere = as(TestTokens.cityOfficer(ZAOZHUANG)).body(visit("2019-03-05", "2019-12-31").toString())
                .post(OF_PARK, "SDP013").then().statusCode(201).extract().path("id");

        as(officer).queryParam("from", "2019-03-05").queryParam("to", "2019-03-06").queryParam("size", 200)
                .get(RECORDS).then().statusCode(200)
                .body("items.id", contains(closed, open))
                .body("items.cityCode", everyItem(equalTo(ZIBO)));
        as(officer).queryParam("from", "2019-03-05").queryParam("to", "2019-03-06").queryParam("openActions", "true")
                .get(RECORDS).then().statusCode(200).body("items.id", contains(open));
        as(officer).queryParam("from", "2019-03-05").queryParam("to", "2019-03-06").queryParam("openActions", "false")
                .get(RECORDS).then().statusCode(200).body("items.id", contains(closed));
        as(TestTokens.auditor()).queryParam("from", "2019-03-05").queryParam("to", "2019-03-05").queryParam("size", 200)
                .get(RECORDS).then().statusCode(200).body("items.id", hasItem(elsewhere)).body("items.id", hasItem(open));
        as(TestTokens.provinceAdmin()).queryParam("cityCode", ZAOZHUANG).queryParam("size", 200)
                .get(RECORDS).then().statusCode(200).body("items.id", hasItem(elsewhere))
                .body("items.cityCode", everyItem(equalTo(ZAOZHUANG)));
        as(TestTokens.parkManager("SDP011")).queryParam("size", 200).get(RECORDS).then().statusCode(200)
                .body("items.parkCode", everyItem(equalTo("SDP011")))
                .body("items.id", not(hasItem(elsewhere)));

        // A filter naming another city or park is refused; one the token cannot judge only narrows.
        as(officer).queryParam("cityCode", ZAOZHUANG).get(RECORDS)
                .then().statusCode(403).body("type", equalTo("urn:circular-parks:problem:out-of-scope"));
        as(TestTokens.parkManager("SDP011")).queryParam("parkCode", "SDP010").get(RECORDS).then().statusCode(403);
        as(officer).queryParam("parkCode", "SDP013").get(RECORDS).then().statusCode(200).body("total", equalTo(0));
        as(officer).queryParam("from", "2019-13-01").get(RECORDS).then().statusCode(400).body("field", equalTo("from"));
        as(officer).queryParam("from", "2019-06-01").queryParam("to", "2019-05-01").get(RECORDS)
                .then().statusCode(400).body("field", equalTo("to"));
        as(officer).queryParam("openActions", "maybe").get(RECORDS)
                .then().statusCode(400).body("field", equalTo("openActions"));
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    private boolean refusedBySql(String sql) {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql).executeUpdate());
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** The events on plans.events about this supervision record, in order. */
    private static List<IncomingEvent> eventsAbout(String recordId, int atLeast) {
        return KafkaTestClient.readAll("plans.events", Duration.ofSeconds(30),
                        all -> all.stream().filter(r -> r.value().contains(recordId)).count() >= atLeast)
                .stream().filter(r -> PlanFixtures.json(r.value()).path("recordId").asText().equals(recordId))
                .map(IncomingEvent::from).toList();
    }
}
