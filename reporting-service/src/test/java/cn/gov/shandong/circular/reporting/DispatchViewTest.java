package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.AcceptanceRevoked;
import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.PromotionMilestoneDone;
import cn.gov.shandong.circular.events.PromotionMilestoneEntry;
import cn.gov.shandong.circular.events.PromotionParkEntry;
import cn.gov.shandong.circular.events.PromotionPlanAcknowledged;
import cn.gov.shandong.circular.events.PromotionPlanReturned;
import cn.gov.shandong.circular.events.PromotionPlanSubmitted;
import cn.gov.shandong.circular.events.RectificationConfirmed;
import cn.gov.shandong.circular.events.RequiredAction;
import cn.gov.shandong.circular.events.SpotCheckFindingRecorded;
import cn.gov.shandong.circular.events.SpotCheckOutcome;
import cn.gov.shandong.circular.events.SupervisionActionResolved;
import cn.gov.shandong.circular.events.SupervisionRecorded;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The dispatch view for the joint meeting (issue 9, item 5; decision 47) on a programme of the test's own,
 * 2987-2989 (years 2031-2033), with parks SDP9871-SDP9882 in 滨州市 (371600) and 德州市 (371400), and the
 * cities' promotion plans for 2033, a spot check's rectifications and a supervision visit's actions. Events are
 * dated (ce_time) in 2031-2033 so that each section can be asked as of days before and after each fact, and
 * some are sent before the events they follow, as a consumer may read them.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class DispatchViewTest {

    private static final String CODE = "2987-2989";
    private static final String BINZHOU = "371600";
    private static final String DEZHOU = "371400";
    private static final UUID PLAN_V1 = UUID.randomUUID();
    private static final UUID PLAN_V2 = UUID.randomUUID();
    /** Due 2033-03-31, recorded done on 2033-04-05 (done on 04-02). */
    private static final UUID M1 = UUID.randomUUID();
    /** Due 2033-06-30, never done. */
    private static final UUID M2 = UUID.randomUUID();
    /** Due 2033-01-20, done on 2033-01-18 before the plan was acknowledged. */
    private static final UUID M3 = UUID.randomUUID();
    /** SDP9871's filing: a rectification required on 2033-02-10 by 2033-05-31, confirmed on 2033-06-15. */
    private static final UUID RECTIFIED = UUID.randomUUID();
    /** SDP9875's filing (in time, 2031): a rectification required by 2033-04-30, the filing revoked on 2033-05-10. */
    private static final UUID REVOKED = UUID.randomUUID();
    private static final UUID RECORD = UUID.randomUUID();
    /** Required by the supervision visit of 2033-03-01: by 2033-04-30 (resolved 2033-05-05) and by 2033-08-31. */
    private static final UUID ACTION_1 = UUID.randomUUID();
    private static final UUID ACTION_2 = UUID.randomUUID();
    /** Every event the test sent: the test waits until all are logged, so none arrives during a later test. */
    private static final List<UUID> SENT = new java.util.ArrayList<>();
    private static boolean published;

    @Inject
    EntityManager entityManager;

    private synchronized void published() {
        if (published) {
            return;
        }
        SENT.add(TestEvents.send(TestEvents.programme(CODE, 2031, 2033, "1.00", "0.50")));
        park("SDP9871", "调度滨州准时园区", BINZHOU, "滨州市", ParkLevel.NATIONAL, 2031);
        park("SDP9872", "调度滨州逾期园区", BINZHOU, "滨州市", ParkLevel.PROVINCIAL, 2031);
        park("SDP9873", "调度滨州补报园区", BINZHOU, "滨州市", ParkLevel.PROVINCIAL, 2031);
        park("SDP9874", "调度滨州2033园区", BINZHOU, "滨州市", ParkLevel.PROVINCIAL, 2033);
        park("SDP9875", "调度滨州撤销园区", BINZHOU, "滨州市", ParkLevel.PROVINCIAL, 2031);
        park("SDP9881", "调度德州逾期园区", DEZHOU, "德州市", ParkLevel.NATIONAL, 2032);
        park("SDP9882", "调度德州2033园区", DEZHOU, "德州市", ParkLevel.PROVINCIAL, 2033);
        file(RECTIFIED, "SDP9871", BINZHOU, ParkLevel.NATIONAL, "2031-06-01T02:00:00Z");
        file(UUID.randomUUID(), "SDP9873", BINZHOU, ParkLevel.PROVINCIAL, "2032-02-01T02:00:00Z");
        file(REVOKED, "SDP9875", BINZHOU, ParkLevel.PROVINCIAL, "2031-05-01T02:00:00Z");

        // 滨州's plan for 2033: version 1 submitted, returned, submitted again and acknowledged; version 2 submitted.
        // The milestone's done event is sent first: the projection must not depend on the order of arrival.
        at("2033-04-05T02:00:00Z", new PromotionMilestoneDone(PLAN_V1, BINZHOU, 2033, 1, "SDP9874", M1,
                LocalDate.parse("2033-03-31"), "完成实施方案编制", LocalDate.parse("2033-04-02")));
        at("2033-01-10T02:00:00Z", new PromotionPlanSubmitted(PLAN_V1, BINZHOU, 2033, 1));
        at("2033-01-15T02:00:00Z", new PromotionPlanReturned(PLAN_V1, BINZHOU, 2033, 1, "请补充时间节点"));
        at("2033-01-20T02:00:00Z", new PromotionPlanSubmitted(PLAN_V1, BINZHOU, 2033, 1));
        at("2033-01-25T02:00:00Z", new PromotionPlanAcknowledged(PLAN_V1, BINZHOU, 2033, 1, List.of(
                new PromotionParkEntry("SDP9874", "园区循环化改造：固废综合利用、中水回用", List.of(
                        new PromotionMilestoneEntry(M1, LocalDate.parse("2033-03-31"), "完成实施方案编制", null),
                        new PromotionMilestoneEntry(M2, LocalDate.parse("2033-06-30"), "开工建设中水回用项目", null),
                        new PromotionMilestoneEntry(M3, LocalDate.parse("2033-01-20"), "成立工作专班",
                                LocalDate.parse("2033-01-18"))))), null));
        at("2033-06-01T02:00:00Z", new PromotionPlanSubmitted(PLAN_V2, BINZHOU, 2033, 2));

        // A spot check of 2033: two rectifications in 滨州 (the confirmation sent before its finding), one finding
        // that confirmed a filing outright (no rectification).
        at("2033-06-15T02:00:00Z", new RectificationConfirmed(RECTIFIED, "SDP9871", BINZHOU, "2033-01",
                List.of("整改到位")));
        at("2033-02-10T02:00:00Z", new SpotCheckFindingRecorded(RECTIFIED, "SDP9871", BINZHOU, "2033-01",
                SpotCheckOutcome.RECTIFICATION_REQUIRED, List.of("固体废物资源化利用率未达到实施方案目标"),
                LocalDate.parse("2033-05-31")));
        at("2033-02-10T03:00:00Z", new SpotCheckFindingRecorded(REVOKED, "SDP9875", BINZHOU, "2033-01",
                SpotCheckOutcome.RECTIFICATION_REQUIRED, List.of("水循环利用率数据不实"), LocalDate.parse("2033-04-30")));
        at("2033-02-10T04:00:00Z", new SpotCheckFindingRecorded(UUID.randomUUID(), "SDP9873", BINZHOU, "2033-01",
                SpotCheckOutcome.CONFIRMED, List.of("材料齐全"), null));
        SENT.add(TestEvents.send(UUID.randomUUID(), Instant.parse("2033-05-10T02:00:00Z"), new AcceptanceRevoked(REVOKED, "SDP9875",
                BINZHOU, ParkLevel.PROVINCIAL, Instant.parse("2033-05-10T02:00:00Z"), List.of("整改期满仍未达标"), "2033-01"),
                "province.admin"));

        // 德州's supervision visit of 2033-03-01, recorded the next day, with two actions.
        at("2033-03-02T02:00:00Z", new SupervisionRecorded(RECORD, "SDP9881", DEZHOU, LocalDate.parse("2033-03-01"), 2,
                List.of(new RequiredAction(ACTION_1, "补齐固废台账", LocalDate.parse("2033-04-30")),
                        new RequiredAction(ACTION_2, "完成中水回用管网改造", LocalDate.parse("2033-08-31")))));
        at("2033-05-05T02:00:00Z", new SupervisionActionResolved(RECORD, ACTION_1, "SDP9881", DEZHOU,
                LocalDate.parse("2033-04-30"), LocalDate.parse("2033-05-05"), "台账已补齐", 1));
        published = true;
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .untilAsserted(() -> {
            JsonPath july = view(TestTokens.provinceAdmin(), "&asOf=2033-07-01");
            assertThat(july.getInt(city(BINZHOU) + ".programme.planned")).isEqualTo(5);
            assertThat(july.getInt(city(BINZHOU) + ".programme.overdue")).isEqualTo(2);
            assertThat(july.getInt(city(BINZHOU) + ".promotionPlan.latestRevision")).isEqualTo(2);
            assertThat(july.getInt(city(BINZHOU) + ".promotionPlan.milestonesDone")).isEqualTo(2);
            assertThat(july.getInt(city(DEZHOU) + ".rectifications.open")).isEqualTo(1);
            JsonPath may = view(TestTokens.provinceAdmin(), "&asOf=2033-05-01");
            assertThat(may.getInt(city(BINZHOU) + ".rectifications.open")).isEqualTo(2);
        });
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                                "select count(*) from event_log where cast(event_id as varchar) in (:ids)")
                        .setParameter("ids", SENT.stream().map(UUID::toString).toList()).getSingleResult()).intValue())
                        == SENT.size());
    }

    private static void park(String code, String name, String city, String cityName, ParkLevel level, int year) {
        SENT.add(TestEvents.send(TestEvents.parkRegistered(code, name, city, cityName, level)));
        SENT.add(TestEvents.send(UUID.randomUUID(), Instant.now().minusSeconds(60), TestEvents.parkScheduled(CODE, code, year)));
    }

    private static void file(UUID application, String park, String city, ParkLevel level, String at) {
        SENT.add(TestEvents.send(UUID.randomUUID(), Instant.parse(at), TestEvents.filed(application, park, city, level, at),
                "province.admin"));
    }

    private static void at(String time, DomainEvent event) {
        SENT.add(TestEvents.send(UUID.randomUUID(), Instant.parse(time), event, "city.officer"));
    }

    private static JsonPath view(String token, String query) {
        return given().auth().oauth2(token).when().get("/api/v1/dispatch?programme=" + CODE + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String city(String code) {
        return "cities.find { it.cityCode == '" + code + "' }";
    }

    @Test
    void eachCityShowsTheProgrammesParksAsTheProgressTableAndTheOverdueListCountThem() {
        published();
        JsonPath view = view(TestTokens.provinceAdmin(), "&asOf=2033-07-01");
        assertThat(view.getString("programme")).isEqualTo(CODE);
        assertThat(view.getString("asOf")).isEqualTo("2033-07-01");
        assertThat(view.getString("cityCode")).isNull();
        assertThat(view.getList("cities.cityCode", String.class)).containsExactly(DEZHOU, BINZHOU);
        assertThat(view.getString(city(BINZHOU) + ".cityName")).isEqualTo("滨州市");
        // 9871 and 9873 (late) stand; 9875's filing was revoked; 9872 was never filed; 9874 is due in 2033.
        assertThat(view.getMap(city(BINZHOU) + ".programme"))
                .isEqualTo(Map.of("planned", 5, "filed", 2, "overdue", 2, "filedLate", 1));
        assertThat(view.getMap(city(DEZHOU) + ".programme"))
                .isEqualTo(Map.of("planned", 2, "filed", 0, "overdue", 1, "filedLate", 0));
        // Before the revocation 9875 still counted as filed in time.
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-04-01").getMap(city(BINZHOU) + ".programme"))
                .isEqualTo(Map.of("planned", 5, "filed", 3, "overdue", 1, "filedLate", 1));
        // The same figures as the progress table and the overdue list.
        int completed = given().auth().oauth2(TestTokens.cityOfficer(BINZHOU))
                .get("/api/v1/programme-progress?asOf=2033-07-01").then().statusCode(200).extract().jsonPath()
                .getInt("programmes.find { it.code == '" + CODE + "' }.completed");
        assertThat(completed).isEqualTo(2);
        int overdue = given().auth().oauth2(TestTokens.provinceAdmin())
                .get("/api/v1/overdue?programme=" + CODE + "&asOf=2033-07-01&cityCode=" + BINZHOU).then().statusCode(200)
                .extract().jsonPath().getInt("total");
        assertThat(overdue).isEqualTo(3);
    }

    @Test
    void thePromotionPlanShowsTheNewestVersionsStatusThePlanInForceAndItsLateMilestonesAsOfTheDay() {
        published();
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-01-09").getMap(city(BINZHOU) + ".promotionPlan"))
                .containsEntry("year", 2033).containsEntry("status", "NOT_SUBMITTED").containsEntry("latestRevision", null)
                .containsEntry("inForceRevision", null).containsEntry("milestones", 0);
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-01-16").getMap(city(BINZHOU) + ".promotionPlan"))
                .containsEntry("status", "RETURNED").containsEntry("latestRevision", 1).containsEntry("inForceRevision", null);
        // Acknowledged: three milestones, one done before; 2033-03-31 is not late on its own day, late the day after.
        Map<String, Object> march = view(TestTokens.provinceAdmin(), "&asOf=2033-03-31").getMap(city(BINZHOU) + ".promotionPlan");
        assertThat(march).containsEntry("status", "ACKNOWLEDGED").containsEntry("inForceRevision", 1)
                .containsEntry("milestones", 3).containsEntry("milestonesDone", 1).containsEntry("lateMilestones", List.of());
        JsonPath april = view(TestTokens.provinceAdmin(), "&asOf=2033-04-01");
        assertThat(april.getList(city(BINZHOU) + ".promotionPlan.lateMilestones", Map.class)).containsExactly(Map.of(
                "parkCode", "SDP9874", "milestoneId", M1.toString(), "dueOn", "2033-03-31",
                "description", "完成实施方案编制", "daysLate", 1));
        // Recorded done on 5 April (done on 2 April): late until then, not after.
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-04-04")
                .getList(city(BINZHOU) + ".promotionPlan.lateMilestones.milestoneId")).containsExactly(M1.toString());
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-04-05")
                .getList(city(BINZHOU) + ".promotionPlan.lateMilestones")).isEmpty();
        // Version 2 submitted: the status is the newest version's, version 1 stays in force; M2 late from 1 July.
        Map<String, Object> july = view(TestTokens.provinceAdmin(), "&asOf=2033-07-01").getMap(city(BINZHOU) + ".promotionPlan");
        assertThat(july).containsEntry("status", "SUBMITTED").containsEntry("latestRevision", 2)
                .containsEntry("inForceRevision", 1).containsEntry("milestones", 3).containsEntry("milestonesDone", 2);
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-07-01")
                .getList(city(BINZHOU) + ".promotionPlan.lateMilestones.milestoneId")).containsExactly(M2.toString());
        // A city without a plan for the year.
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-07-01").getMap(city(DEZHOU) + ".promotionPlan"))
                .containsEntry("year", 2033).containsEntry("status", "NOT_SUBMITTED").containsEntry("lateMilestones", List.of());
    }

    @Test
    void aRectificationIsOpenFromItsFindingUntilConfirmedOrTheFilingRevokedAndOverdueAfterItsDeadline() {
        published();
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-02-09").getMap(city(BINZHOU) + ".rectifications"))
                .containsEntry("open", 0).containsEntry("items", List.of());
        JsonPath april = view(TestTokens.provinceAdmin(), "&asOf=2033-04-30");
        assertThat(april.getList(city(BINZHOU) + ".rectifications.items", Map.class)).containsExactly(
                Map.of("source", "SPOT_CHECK", "parkCode", "SDP9875", "parkName", "调度滨州撤销园区", "reference", "2033-01",
                        "itemId", REVOKED.toString(), "description", "水循环利用率数据不实", "openedOn", "2033-02-10",
                        "deadline", "2033-04-30", "overdue", false),
                Map.of("source", "SPOT_CHECK", "parkCode", "SDP9871", "parkName", "调度滨州准时园区", "reference", "2033-01",
                        "itemId", RECTIFIED.toString(), "description", "固体废物资源化利用率未达到实施方案目标",
                        "openedOn", "2033-02-10", "deadline", "2033-05-31", "overdue", false));
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-05-01").getMap(city(BINZHOU) + ".rectifications"))
                .containsEntry("open", 2).containsEntry("overdue", 1);
        // The revocation on 10 May ends the first; the confirmation on 15 June the second.
        JsonPath june = view(TestTokens.provinceAdmin(), "&asOf=2033-06-14");
        assertThat(june.getList(city(BINZHOU) + ".rectifications.items.itemId")).containsExactly(RECTIFIED.toString());
        assertThat(june.getInt(city(BINZHOU) + ".rectifications.overdue")).isEqualTo(1);
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-06-15").getMap(city(BINZHOU) + ".rectifications"))
                .containsEntry("open", 0);
        // 德州's supervision actions: both open from the day recorded, the first resolved on 5 May.
        JsonPath may = view(TestTokens.provinceAdmin(), "&asOf=2033-05-01");
        assertThat(may.getList(city(DEZHOU) + ".rectifications.items", Map.class)).containsExactly(
                Map.of("source", "SUPERVISION", "parkCode", "SDP9881", "parkName", "调度德州逾期园区", "reference",
                        RECORD.toString(), "itemId", ACTION_1.toString(), "description", "补齐固废台账",
                        "openedOn", "2033-03-02", "deadline", "2033-04-30", "overdue", true),
                Map.of("source", "SUPERVISION", "parkCode", "SDP9881", "parkName", "调度德州逾期园区", "reference",
                        RECORD.toString(), "itemId", ACTION_2.toString(), "description", "完成中水回用管网改造",
                        "openedOn", "2033-03-02", "deadline", "2033-08-31", "overdue", false));
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-05-05")
                .getList(city(DEZHOU) + ".rectifications.items.itemId")).containsExactly(ACTION_2.toString());
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-03-01").getInt(city(DEZHOU) + ".rectifications.open"))
                .isEqualTo(0);
    }

    @Test
    void theJointMeetingAndTheProvinceSeeEveryCityACityOfficerTheirCityOnlyAndParkManagersNothing() {
        published();
        JsonPath own = view(TestTokens.cityOfficer(BINZHOU), "&asOf=2033-07-01");
        assertThat(own.getList("cities.cityCode", String.class)).containsExactly(BINZHOU);
        assertThat(own.prettify()).doesNotContain(DEZHOU, "德州", "SDP9881");
        assertThat(view(TestTokens.cityOfficer(BINZHOU), "&asOf=2033-07-01&cityCode=" + BINZHOU).getList("cities.cityCode"))
                .containsExactly(BINZHOU);
        given().auth().oauth2(TestTokens.cityOfficer(BINZHOU))
                .get("/api/v1/dispatch?programme=" + CODE + "&asOf=2033-07-01&cityCode=" + DEZHOU)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:out-of-scope"));
        given().auth().oauth2(TestTokens.parkManager("SDP9871")).get("/api/v1/dispatch?programme=" + CODE)
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/dispatch?programme=" + CODE).then().statusCode(401);
        for (String token : List.of(TestTokens.jointMeeting(), TestTokens.auditor(), TestTokens.expert(), TestTokens.integration())) {
            assertThat(view(token, "&asOf=2033-07-01").getList("cities.cityCode", String.class))
                    .containsExactly(DEZHOU, BINZHOU);
        }
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-07-01&cityCode=" + DEZHOU).getList("cities.cityCode"))
                .containsExactly(DEZHOU);
    }

    @Test
    void badQuestionsAreProblems() {
        given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/dispatch?programme=1111-1112")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/dispatch?programme=" + CODE + "&asOf=2033-02-30")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("asOf"));
        given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/dispatch?programme=" + CODE + "&cityCode=37160")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aRebuildFromTheEventLogGivesTheSameRowsAndTheSameView() {
        published();
        List<String> days = List.of("2033-01-16", "2033-04-01", "2033-05-01", "2033-07-01");
        Map<String, String> before = views(days);
        Map<String, String> tables = tables();
        given().auth().oauth2(TestTokens.provinceAdmin()).post("/api/v1/projections/rebuild").then().statusCode(200);
        assertThat(tables()).isEqualTo(tables);
        assertThat(views(days)).isEqualTo(before);
    }

    private static Map<String, String> views(List<String> days) {
        Map<String, String> views = new LinkedHashMap<>();
        days.forEach(day -> views.put(day, given().auth().oauth2(TestTokens.provinceAdmin())
                .get("/api/v1/dispatch?programme=" + CODE + "&asOf=" + day).then().statusCode(200).extract().asString()));
        return views;
    }

    private Map<String, String> tables() {
        return QuarkusTransaction.requiringNew().call(() -> Map.of(
                "dispatch_plan_event", table("dispatch_plan_event", "event_id"),
                "dispatch_plan_milestone", table("dispatch_plan_milestone", "plan_id, milestone_id"),
                "dispatch_milestone_done", table("dispatch_milestone_done", "milestone_id"),
                "dispatch_spot_check_rectification", table("dispatch_spot_check_rectification", "application_id, round_code"),
                "dispatch_rectification_confirmed", table("dispatch_rectification_confirmed", "application_id, round_code"),
                "dispatch_supervision_action", table("dispatch_supervision_action", "action_id"),
                "dispatch_supervision_resolved", table("dispatch_supervision_resolved", "action_id")));
    }

    private String table(String name, String key) {
        return (String) entityManager.createNativeQuery(
                "select coalesce(json_agg(t order by " + key + ")::text, '[]') from " + name + " t").getSingleResult();
    }
}
