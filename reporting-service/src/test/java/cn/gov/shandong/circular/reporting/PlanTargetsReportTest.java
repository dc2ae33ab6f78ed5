package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * plan.implementation-approved projected into approved_plan, approved_plan_target and approved_plan_project
 * (platform-common's approved plan-targets model): read by the province and the
 * cities, the newest approved revision whatever the arrival order, the same after a rebuild from the event
 * log, poison to the dead-letter topic. Programmes PROG1-PROG3 and parks P01-P06 are this test's own (fresh codes
 * from {@link TestData}).
 */
@QuarkusTest
class PlanTargetsReportTest {

    // Its programmes and parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code
    // list them in the order of their names here.
    private static final String PROG1 = TestData.programmeCode();
    private static final String PROG2 = TestData.programmeCode();
    private static final String PROG3 = TestData.programmeCode();
    private static final String P01 = TestData.parkCode();
    private static final String P02 = TestData.parkCode();
    private static final String P03 = TestData.parkCode();
    private static final String P04 = TestData.parkCode();
    private static final String P05 = TestData.parkCode();
    private static final String P06 = TestData.parkCode();

    private static final String ZIBO = "370300";
    private static final String YANTAI = "370600";

    @Inject
    EntityManager entityManager;

    @Test
    void theProvinceReadsEveryApprovedPlansTargetsAndACityOfficerTheirCitysOnly() {
        TestEvents.send(TestEvents.parkRegistered(P01, "目标试验淄博园区", ZIBO, "淄博市", ParkLevel.PROVINCIAL));
        UUID zibo = UUID.randomUUID();
        UUID yantai = UUID.randomUUID();
        TestEvents.send(UUID.randomUUID(), Instant.parse("2018-06-15T02:30:00Z"),
                TestEvents.approved(zibo, PROG1, P01, ZIBO, 1, 0), "officer.370300");
        // Not registered here (yet): listed with its city from the approval, without a name.
        TestEvents.send(TestEvents.approved(yantai, PROG1, P02, YANTAI, 2, 0));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("programme", PROG1)
                        .when().get("/api/v1/plan-targets")
                        .then().statusCode(200).body("total", equalTo(2)).body("items[0].parkName", equalTo("目标试验淄博园区")));

        given().auth().oauth2(TestTokens.auditor()).queryParam("programme", PROG1)
                .when().get("/api/v1/plan-targets")
                .then().statusCode(200)
                .body("items.parkCode", contains(P01, P02))
                .body("items[0].programmeCode", equalTo(PROG1))
                .body("items[0].cityCode", equalTo(ZIBO))
                .body("items[0].planId", equalTo(zibo.toString()))
                .body("items[0].revision", equalTo(1))
                .body("items[0].approvedAt", equalTo("2018-06-15T02:30:00Z"))
                .body("items[0].targets.indicator", contains("RESOURCE_PRODUCTIVITY", "LAND_PRODUCTIVITY",
                        "SOLID_WASTE_UTILISATION", "WATER_REUSE"))
                .body("items[0].targets[0].name", equalTo("主要资源产出率"))
                .body("items[0].targets[0].unit", equalTo("元/吨"))
                .body("items[0].targets[0].baseline.year", equalTo(2017))
                .body("items[0].targets[0].baseline.value", equalTo(4200))
                .body("items[0].targets[0].target.year", equalTo(2020))
                .body("items[0].targets[0].target.value", equalTo(5100))
                .body("items[0].targets[1].baseline.value", equalTo(18.6f))
                .body("items[0].targets[2].unit", equalTo("%"))
                .body("items[1].parkName", nullValue())
                .body("items[1].cityCode", equalTo(YANTAI))
                .body("items[1].revision", equalTo(2));
        // Filters and pages.
        given().auth().oauth2(TestTokens.integration()).queryParam("programme", PROG1).queryParam("size", 1)
                .queryParam("page", 1)
                .when().get("/api/v1/plan-targets")
                .then().statusCode(200).body("total", equalTo(2)).body("items", hasSize(1))
                .body("items[0].parkCode", equalTo(P02));
        given().auth().oauth2(TestTokens.expert()).queryParam("cityCode", YANTAI).queryParam("parkCode", P02)
                .when().get("/api/v1/plan-targets")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].planId", equalTo(yantai.toString()));
        // A city officer: their city's plans only, another city named is refused.
        given().auth().oauth2(TestTokens.cityOfficer(ZIBO)).queryParam("programme", PROG1)
                .when().get("/api/v1/plan-targets")
                .then().statusCode(200).body("total", equalTo(1)).body("items.parkCode", contains(P01));
        given().auth().oauth2(TestTokens.cityOfficer(ZIBO)).queryParam("parkCode", P02)
                .when().get("/api/v1/plan-targets")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.cityOfficer(ZIBO)).queryParam("cityCode", YANTAI)
                .when().get("/api/v1/plan-targets")
                .then().statusCode(403).contentType("application/problem+json");
        // No report for park managers; bad filters; no token.
        given().auth().oauth2(TestTokens.parkManager(P01)).when().get("/api/v1/plan-targets")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("cityCode", "3703")
                .when().get("/api/v1/plan-targets")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("programme", "2911")
                .when().get("/api/v1/plan-targets")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/plan-targets").then().statusCode(401);
    }

    @Test
    void theNewestApprovedRevisionWinsLiveAndAfterARebuildFromTheEventLog() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant approvedFirst = Instant.parse("2019-03-01T01:00:00Z");
        UUID firstEvent = TestEvents.send(UUID.randomUUID(), approvedFirst,
                TestEvents.approved(first, PROG2, P03, ZIBO, 1, 0));
        // Revision 2 carries the plan's projects: kept with the targets, and the same after the rebuild.
        TestEvents.send(UUID.randomUUID(), approvedFirst.plusSeconds(3600),
                TestEvents.approved(second, PROG2, P03, ZIBO, 2, 1, List.of(
                        new PlanProjectEntry(UUID.randomUUID(), "园区中水回用工程"),
                        new PlanProjectEntry(UUID.randomUUID(), "余热回收利用项目"))));
        // Revision 1 again: redelivered (same ce_id), and republished under a new id with a later time.
        TestEvents.send(firstEvent, approvedFirst, TestEvents.approved(first, PROG2, P03, ZIBO, 1, 0));
        TestEvents.send(UUID.randomUUID(), approvedFirst.plusSeconds(7200),
                TestEvents.approved(first, PROG2, P03, ZIBO, 1, 0));
        // Another park whose revisions are published in reverse: revision 2 first.
        TestEvents.send(UUID.randomUUID(), approvedFirst.plusSeconds(3600),
                TestEvents.approved(second, PROG2, P04, YANTAI, 2, 3));
        UUID late = TestEvents.send(UUID.randomUUID(), approvedFirst,
                TestEvents.approved(first, PROG2, P04, YANTAI, 1, 0));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.auditor()).queryParam("subject", P04)
                        .when().get("/api/v1/events")
                        .then().statusCode(200).body("items.eventId", org.hamcrest.Matchers.hasItem(late.toString())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.auditor()).queryParam("subject", P03)
                        .when().get("/api/v1/events")
                        .then().statusCode(200).body("total", equalTo(3)));

        String live = given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("programme", PROG2)
                .when().get("/api/v1/plan-targets")
                .then().statusCode(200)
                .body("items.parkCode", contains(P03, P04))
                .body("items.revision", contains(2, 2))
                .body("items.planId", contains(second.toString(), second.toString()))
                .body("items[0].approvedAt", equalTo("2019-03-01T02:00:00Z"))
                .body("items[0].targets[0].target.value", equalTo(5101))
                .body("items[1].targets[3].target.value", equalTo(95))
                .extract().asString();

        List<String> before = tables();
        assertThat(before.get(2)).contains("园区中水回用工程", "余热回收利用项目");
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().post("/api/v1/projections/rebuild")
                .then().statusCode(200);
        assertThat(tables()).isEqualTo(before);
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("programme", PROG2)
                .when().get("/api/v1/plan-targets")
                .then().statusCode(200).body(equalTo(live));
    }

    @Test
    void anApprovalThatBreaksTheContractGoesToTheDeadLetterTopicAndLaterOnesApply() {
        ObjectNode lacksCore = EventFixtures.data(TestEvents.approved(UUID.randomUUID(), PROG3, P05, ZIBO, 1, 0));
        lacksCore.withArray("targets").remove(0);
        UUID poison = TestEvents.sendData(ImplementationPlanApproved.TYPE, P05, lacksCore);
        ObjectNode tooLarge = EventFixtures.data(TestEvents.approved(UUID.randomUUID(), PROG3, P05, ZIBO, 1, 0));
        ((ObjectNode) tooLarge.withArray("targets").get(0)).put("targetValue", 1e20);
        UUID huge = TestEvents.sendData(ImplementationPlanApproved.TYPE, P05, tooLarge);
        UUID planId = UUID.randomUUID();
        TestEvents.send(TestEvents.approved(planId, PROG3, P05, ZIBO, 1, 0));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("programme", PROG3)
                        .when().get("/api/v1/plan-targets")
                        .then().statusCode(200).body("total", equalTo(1)).body("items[0].planId", equalTo(planId.toString())));
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.readAll("reporting-service.dlq", Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> poison.toString().equals(KafkaTestClient.header(r, "ce_id")))
                        && all.stream().anyMatch(r -> huge.toString().equals(KafkaTestClient.header(r, "ce_id"))));
        ConsumerRecord<String, String> lacking = dead.stream()
                .filter(r -> poison.toString().equals(KafkaTestClient.header(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(KafkaTestClient.header(lacking, "dead-letter-reason")).contains("core indicator");
        assertThat(KafkaTestClient.header(lacking, "dead-letter-topic")).isEqualTo(TestEvents.PLANS);
        // Neither is logged: the log holds what was applied.
        given().auth().oauth2(TestTokens.auditor()).queryParam("subject", P05)
                .when().get("/api/v1/events")
                .then().statusCode(200).body("total", equalTo(1));
    }

    /** approved_plan, approved_plan_target and approved_plan_project as JSON text, rows in key order. */
    private List<String> tables() {
        return QuarkusTransaction.requiringNew().call(() -> List.of(
                (String) entityManager.createNativeQuery("select coalesce(json_agg(t order by programme_code, park_code)::text, '[]') "
                        + "from approved_plan t").getSingleResult(),
                (String) entityManager.createNativeQuery("select coalesce(json_agg(t order by programme_code, park_code, indicator)::text, '[]') "
                        + "from approved_plan_target t").getSingleResult(),
                (String) entityManager.createNativeQuery("select coalesce(json_agg(t order by programme_code, park_code, position)::text, '[]') "
                        + "from approved_plan_project t").getSingleResult()));
    }
}
