package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.AcceptanceApplied;
import cn.gov.shandong.circular.events.AcceptanceRevoked;
import cn.gov.shandong.circular.events.CityAbolished;
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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatch view for the joint meeting (issue 9, item 5; decision 47) on a programme of the test's own (a fresh
 * code from {@link TestData}, years 2031-2033), with fresh parks P71-P82 in 滨州市 (371600) and 德州市 (371400), and the
 * cities' promotion plans for 2033, a spot check's rectifications and a supervision visit's actions. Events are
 * dated (ce_time) in 2031-2033 so that each section can be asked as of days before and after each fact, and
 * some are sent before the events they follow, as a consumer may read them. With the province's clock pinned in 2033:
 * 滨州's annual report for 2032 (saved, submitted 3 days late, returned, submitted again), notices of the programme
 * naming 滨州's and 德州's parks, and P83 in 莱芜市 (371200, abolished in 2019 in favour of a code of the test's own:
 * it owes no report for 2032).
 * No other test writes reports for 2032 or publishes notices in 2033.
 */
@QuarkusTest
class DispatchViewTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P71 = TestData.parkCode();
    private static final String P72 = TestData.parkCode();
    private static final String P73 = TestData.parkCode();
    private static final String P74 = TestData.parkCode();
    private static final String P75 = TestData.parkCode();
    private static final String P81 = TestData.parkCode();
    private static final String P82 = TestData.parkCode();
    private static final String P83 = TestData.parkCode();

    private static final String CODE = TestData.programmeCode();
    private static final String BINZHOU = "371600";
    private static final String DEZHOU = "371400";
    private static final String LAIWU = "371200";
    /**
     * 莱芜's successor in this test: a fresh code no city has ({@link TestData#cityCode()}), so that no real
     * officer's scope changes for the other tests of the run (济南's officers acting for 莱芜 would change what
     * ProgrammeProgressTest measures for 济南).
     */
    private static final String SUCCESSOR = TestData.cityCode();
    private static final String TITLE = "关于2031年度园区循环化改造逾期未完成情况的通报";
    private static final String TEXT = "各市工业和信息化局：下列园区未按计划完成循环化改造验收备案，现予通报。";
    /** The notices published, in order of publication (N1 on 2033-03-01, N2 and N3 on 03-10, N4 and N5 on 04-01). */
    private static final List<JsonPath> NOTICES = new java.util.ArrayList<>();
    private static final UUID PLAN_V1 = UUID.randomUUID();
    private static final UUID PLAN_V2 = UUID.randomUUID();
    /** Due 2033-03-31, recorded done on 2033-04-05 (done on 04-02). */
    private static final UUID M1 = UUID.randomUUID();
    /** Due 2033-06-30, never done. */
    private static final UUID M2 = UUID.randomUUID();
    /** Due 2033-01-20, done on 2033-01-18 before the plan was acknowledged. */
    private static final UUID M3 = UUID.randomUUID();
    /** P71's filing: a rectification required on 2033-02-10 by 2033-05-31, confirmed on 2033-06-15. */
    private static final UUID RECTIFIED = UUID.randomUUID();
    /** P75's filing (in time, 2031): a rectification required by 2033-04-30, the filing revoked on 2033-05-10. */
    private static final UUID REVOKED = UUID.randomUUID();
    private static final UUID RECORD = UUID.randomUUID();
    /** P83's (莱芜) application of 2033-03-15. */
    private static final UUID APPLICATION = UUID.randomUUID();
    /** Required by the supervision visit of 2033-03-01: by 2033-04-30 (resolved 2033-05-05) and by 2033-08-31. */
    private static final UUID ACTION_1 = UUID.randomUUID();
    private static final UUID ACTION_2 = UUID.randomUUID();
    /** Every event the test sent: the test waits until all are logged, so none arrives during a later test. */
    private static final List<UUID> SENT = new java.util.ArrayList<>();
    private static boolean published;

    @Inject
    EntityManager entityManager;

    @Inject
    ProvinceClock clock;

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    private synchronized void published() {
        if (published) {
            return;
        }
        SENT.add(TestEvents.send(TestEvents.programme(CODE, 2031, 2033, "1.00", "0.50")));
        park(P71, "调度滨州准时园区", BINZHOU, "滨州市", ParkLevel.NATIONAL, 2031);
        park(P72, "调度滨州逾期园区", BINZHOU, "滨州市", ParkLevel.PROVINCIAL, 2031);
        park(P73, "调度滨州补报园区", BINZHOU, "滨州市", ParkLevel.PROVINCIAL, 2031);
        park(P74, "调度滨州2033园区", BINZHOU, "滨州市", ParkLevel.PROVINCIAL, 2033);
        park(P75, "调度滨州撤销园区", BINZHOU, "滨州市", ParkLevel.PROVINCIAL, 2031);
        park(P81, "调度德州逾期园区", DEZHOU, "德州市", ParkLevel.NATIONAL, 2032);
        park(P82, "调度德州2033园区", DEZHOU, "德州市", ParkLevel.PROVINCIAL, 2033);
        park(P83, "调度莱芜园区", LAIWU, "莱芜市", ParkLevel.PROVINCIAL, 2033);
        // 莱芜's park applied for acceptance under the programme on 15 March 2033 (nothing filed).
        SENT.add(TestEvents.send(UUID.randomUUID(), Instant.parse("2033-03-15T02:00:00Z"), new AcceptanceApplied(APPLICATION,
                P83, LAIWU, ParkLevel.PROVINCIAL, "验收申请", CODE, List.of()), "city.officer"));
        // 莱芜's abolition from 2019-01-09 as parks-service announces it, into a successor of the test's own.
        SENT.add(TestEvents.send(new CityAbolished(LAIWU, "莱芜市", SUCCESSOR, "调度测试市", LocalDate.of(2019, 1, 9))));
        file(RECTIFIED, P71, BINZHOU, ParkLevel.NATIONAL, "2031-06-01T02:00:00Z");
        file(UUID.randomUUID(), P73, BINZHOU, ParkLevel.PROVINCIAL, "2032-02-01T02:00:00Z");
        file(REVOKED, P75, BINZHOU, ParkLevel.PROVINCIAL, "2031-05-01T02:00:00Z");

        // 滨州's plan for 2033: version 1 submitted, returned, submitted again and acknowledged; version 2 submitted.
        // The milestone's done event is sent first: the projection must not depend on the order of arrival.
        at("2033-04-05T02:00:00Z", new PromotionMilestoneDone(PLAN_V1, BINZHOU, 2033, 1, P74, M1,
                LocalDate.parse("2033-03-31"), "完成实施方案编制", LocalDate.parse("2033-04-02")));
        at("2033-01-10T02:00:00Z", new PromotionPlanSubmitted(PLAN_V1, BINZHOU, 2033, 1));
        at("2033-01-15T02:00:00Z", new PromotionPlanReturned(PLAN_V1, BINZHOU, 2033, 1, "请补充时间节点"));
        at("2033-01-20T02:00:00Z", new PromotionPlanSubmitted(PLAN_V1, BINZHOU, 2033, 1));
        at("2033-01-25T02:00:00Z", new PromotionPlanAcknowledged(PLAN_V1, BINZHOU, 2033, 1, List.of(
                new PromotionParkEntry(P74, "园区循环化改造：固废综合利用、中水回用", List.of(
                        new PromotionMilestoneEntry(M1, LocalDate.parse("2033-03-31"), "完成实施方案编制", null),
                        new PromotionMilestoneEntry(M2, LocalDate.parse("2033-06-30"), "开工建设中水回用项目", null),
                        new PromotionMilestoneEntry(M3, LocalDate.parse("2033-01-20"), "成立工作专班",
                                LocalDate.parse("2033-01-18"))))), null));
        at("2033-06-01T02:00:00Z", new PromotionPlanSubmitted(PLAN_V2, BINZHOU, 2033, 2));

        // A spot check of 2033: two rectifications in 滨州 (the confirmation sent before its finding), one finding
        // that confirmed a filing outright (no rectification).
        at("2033-06-15T02:00:00Z", new RectificationConfirmed(RECTIFIED, P71, BINZHOU, "2033-01",
                List.of("整改到位")));
        at("2033-02-10T02:00:00Z", new SpotCheckFindingRecorded(RECTIFIED, P71, BINZHOU, "2033-01",
                SpotCheckOutcome.RECTIFICATION_REQUIRED, List.of("固体废物资源化利用率未达到实施方案目标"),
                LocalDate.parse("2033-05-31")));
        at("2033-02-10T03:00:00Z", new SpotCheckFindingRecorded(REVOKED, P75, BINZHOU, "2033-01",
                SpotCheckOutcome.RECTIFICATION_REQUIRED, List.of("水循环利用率数据不实"), LocalDate.parse("2033-04-30")));
        at("2033-02-10T04:00:00Z", new SpotCheckFindingRecorded(UUID.randomUUID(), P73, BINZHOU, "2033-01",
                SpotCheckOutcome.CONFIRMED, List.of("材料齐全"), null));
        SENT.add(TestEvents.send(UUID.randomUUID(), Instant.parse("2033-05-10T02:00:00Z"), new AcceptanceRevoked(REVOKED, P75,
                BINZHOU, ParkLevel.PROVINCIAL, Instant.parse("2033-05-10T02:00:00Z"), List.of("整改期满仍未达标"), "2033-01"),
                "province.admin"));

        // 德州's supervision visit of 2033-03-01, recorded the next day, with two actions.
        at("2033-03-02T02:00:00Z", new SupervisionRecorded(RECORD, P81, DEZHOU, LocalDate.parse("2033-03-01"), 2,
                List.of(new RequiredAction(ACTION_1, "补齐固废台账", LocalDate.parse("2033-04-30")),
                        new RequiredAction(ACTION_2, "完成中水回用管网改造", LocalDate.parse("2033-08-31")))));
        at("2033-05-05T02:00:00Z", new SupervisionActionResolved(RECORD, ACTION_1, P81, DEZHOU,
                LocalDate.parse("2033-04-30"), LocalDate.parse("2033-05-05"), "台账已补齐", 1));
        try {
            reportsAndNotices();
        } finally {
            clock.release();
        }
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
            assertThat(july.getMap(city(LAIWU))).containsEntry("annualReport", null);
        });
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                                "select count(*) from event_log where cast(event_id as varchar) in (:ids)")
                        .setParameter("ids", SENT.stream().map(UUID::toString).toList()).getSingleResult()).intValue())
                        == SENT.size());
        // The service's own events (the report's submissions and return, the notices) read back into its log.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                                select count(*) from event_log
                                where (event_type in ('reporting.annual-report-submitted', 'reporting.annual-report-returned')
                                       and subject = '371600' and (data ->> 'year')::int = 2032)
                                   or (event_type = 'reporting.notice-published' and data ->> 'number' in (:numbers))""")
                        .setParameter("numbers", NOTICES.stream().map(n -> n.getString("number")).toList())
                        .getSingleResult()).intValue()) == 3 + NOTICES.size());
    }

    /**
     * 滨州's report for 2032: drafted 2033-01-05, first submitted 2033-02-03 (3 days late), returned 2033-02-10,
     * submitted again 2033-02-20. Notices of the programme, drafted and published on their days; one draft never
     * published.
     */
    private void reportsAndNotices() {
        String officer = TestTokens.cityOfficer(BINZHOU);
        clock.pin(Instant.parse("2033-01-05T02:00:00Z"));
        report(officer, "", "*").statusCode(200);
        clock.pin(Instant.parse("2033-02-03T02:00:00Z"));
        report(officer, "/submit", "\"0\"").statusCode(200);
        clock.pin(Instant.parse("2033-02-10T02:00:00Z"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("reasons", List.of("请补充逾期园区的整改措施。")))
                .post("/api/v1/annual-reports/" + BINZHOU + "/2032/return").then().statusCode(200);
        clock.pin(Instant.parse("2033-02-15T02:00:00Z"));
        report(officer, "", "\"2\"").statusCode(200);
        clock.pin(Instant.parse("2033-02-20T02:00:00Z"));
        report(officer, "/submit", "\"3\"").statusCode(200);

        notice("2033-03-01T02:00:00Z", 2031, List.of(P72, P73), true);
        notice("2033-03-10T02:00:00Z", 2031, List.of(P72), true);
        notice("2033-03-10T03:00:00Z", 2032, List.of(P81), true);
        notice("2033-03-20T02:00:00Z", 2031, List.of(P72), false);
        notice("2033-04-01T02:00:00Z", 2031, List.of(P73), true);
        notice("2033-04-01T03:00:00Z", 2031, List.of(P72), true);
    }

    private static io.restassured.response.ValidatableResponse report(String officer, String action, String ifMatch) {
        var request = given().auth().oauth2(officer).header("If-Match", ifMatch);
        String path = "/api/v1/annual-reports/" + BINZHOU + "/2032" + action;
        return action.isEmpty()
                ? request.contentType(ContentType.JSON).body(Map.of("progress", "2032年滨州市园区循环化改造进展", "problems", "资金不足",
                        "suggestions", "加大支持")).put(path).then()
                : request.post(path).then();
    }

    private void notice(String at, int year, List<String> parks, boolean publish) {
        clock.pin(Instant.parse(at));
        String id = given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("programmeCode", CODE, "year", year, "title", TITLE, "text", TEXT, "parkCodes", parks))
                .post("/api/v1/notices").then().statusCode(201).extract().jsonPath().getString("id");
        if (publish) {
            NOTICES.add(given().auth().oauth2(TestTokens.provinceAdmin()).header("If-Match", "\"0\"")
                    .post("/api/v1/notices/" + id + "/publication").then().statusCode(200).extract().jsonPath());
        }
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
        assertThat(view.getList("cities.cityCode", String.class)).containsExactly(LAIWU, DEZHOU, BINZHOU);
        assertThat(view.getString(city(BINZHOU) + ".cityName")).isEqualTo("滨州市");
        // 9871 and 9873 (late) stand; 9875's filing was revoked; 9872 was never filed; 9874 is due in 2033.
        assertThat(view.getMap(city(BINZHOU) + ".programme"))
                .isEqualTo(Map.of("planned", 5, "applied", 3, "filed", 2, "overdue", 2, "filedLate", 1));
        assertThat(view.getMap(city(DEZHOU) + ".programme"))
                .isEqualTo(Map.of("planned", 2, "applied", 0, "filed", 0, "overdue", 1, "filedLate", 0));
        // Before the revocation 9875 still counted as filed in time.
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-04-01").getMap(city(BINZHOU) + ".programme"))
                .isEqualTo(Map.of("planned", 5, "applied", 3, "filed", 3, "overdue", 1, "filedLate", 1));
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
    void appliedCountsTheParksWithAnApplicationByTheDayAsTheProgrammePipelineDoes() {
        published();
        // 滨州: P75 filed 2031-05-01 (revoked later: it applied all the same), P71 2031-06-01, P73 2032-02-01.
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("2031-04-30", 0);
        expected.put("2031-05-01", 1);
        expected.put("2031-05-31", 1);
        expected.put("2031-06-01", 2);
        expected.put("2032-01-31", 2);
        expected.put("2032-02-01", 3);
        expected.put("2033-07-01", 3);
        expected.forEach((day, applied) -> {
            assertThat(view(TestTokens.provinceAdmin(), "&asOf=" + day).getInt(city(BINZHOU) + ".programme.applied"))
                    .as("applied in 滨州 as of %s", day).isEqualTo(applied);
            // The same count as the programme's pipeline (GET /api/v1/programme-progress/{code}).
            assertThat(given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/programme-progress/" + CODE + "?asOf=" + day)
                    .then().statusCode(200).extract().jsonPath()
                    .getInt("rows.find { it.cityCode == '" + BINZHOU + "' }.cumulative.total.applied"))
                    .as("the pipeline's applied in 滨州 as of %s", day).isEqualTo(applied);
        });
        // 莱芜's application of 15 March 2033, not filed.
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-03-14").getInt(city(LAIWU) + ".programme.applied")).isEqualTo(0);
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-03-15").getMap(city(LAIWU) + ".programme"))
                .isEqualTo(Map.of("planned", 1, "applied", 1, "filed", 0, "overdue", 0, "filedLate", 0));
        // The successor's officers act for 莱芜; 滨州's see their own count only.
        assertThat(view(TestTokens.cityOfficer(SUCCESSOR), "&asOf=2033-07-01").getInt(city(LAIWU) + ".programme.applied"))
                .isEqualTo(1);
        JsonPath binzhou = view(TestTokens.cityOfficer(BINZHOU), "&asOf=2033-07-01");
        assertThat(binzhou.getList("cities.programme.applied")).containsExactly(3);
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
                "parkCode", P74, "milestoneId", M1.toString(), "dueOn", "2033-03-31",
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
                Map.of("source", "SPOT_CHECK", "parkCode", P75, "parkName", "调度滨州撤销园区", "reference", "2033-01",
                        "itemId", REVOKED.toString(), "description", "水循环利用率数据不实", "openedOn", "2033-02-10",
                        "deadline", "2033-04-30", "overdue", false),
                Map.of("source", "SPOT_CHECK", "parkCode", P71, "parkName", "调度滨州准时园区", "reference", "2033-01",
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
                Map.of("source", "SUPERVISION", "parkCode", P81, "parkName", "调度德州逾期园区", "reference",
                        RECORD.toString(), "itemId", ACTION_1.toString(), "description", "补齐固废台账",
                        "openedOn", "2033-03-02", "deadline", "2033-04-30", "overdue", true),
                Map.of("source", "SUPERVISION", "parkCode", P81, "parkName", "调度德州逾期园区", "reference",
                        RECORD.toString(), "itemId", ACTION_2.toString(), "description", "完成中水回用管网改造",
                        "openedOn", "2033-03-02", "deadline", "2033-08-31", "overdue", false));
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-05-05")
                .getList(city(DEZHOU) + ".rectifications.items.itemId")).containsExactly(ACTION_2.toString());
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-03-01").getInt(city(DEZHOU) + ".rectifications.open"))
                .isEqualTo(0);
    }

    @Test
    void theAnnualReportDueBy31JanuaryOfAsOfsYearIsShownAsItStoodThatDay() {
        published();
        // Nothing saved by 4 January; DEZHOU never saves one.
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-01-04").getMap(city(BINZHOU) + ".annualReport"))
                .isEqualTo(report(2032, "MISSING", "2033-01-31", false, null, null));
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-01-05").getMap(city(BINZHOU) + ".annualReport"))
                .isEqualTo(report(2032, "DRAFT", "2033-01-31", false, null, null));
        // Due by the end of 31 January: a draft is overdue from 1 February, a missing report too.
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-01-31").getMap(city(BINZHOU) + ".annualReport"))
                .isEqualTo(report(2032, "DRAFT", "2033-01-31", false, null, null));
        JsonPath february = view(TestTokens.provinceAdmin(), "&asOf=2033-02-01");
        assertThat(february.getMap(city(BINZHOU) + ".annualReport"))
                .isEqualTo(report(2032, "DRAFT", "2033-01-31", true, null, null));
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-01-31").getMap(city(DEZHOU) + ".annualReport"))
                .isEqualTo(report(2032, "MISSING", "2033-01-31", false, null, null));
        assertThat(february.getMap(city(DEZHOU) + ".annualReport"))
                .isEqualTo(report(2032, "MISSING", "2033-01-31", true, null, null));
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-02-02").getString(city(BINZHOU) + ".annualReport.status"))
                .isEqualTo("DRAFT");
        // First submitted on 3 February: 3 days late, and it stays so after the return and the second submission.
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-02-03").getMap(city(BINZHOU) + ".annualReport"))
                .isEqualTo(report(2032, "SUBMITTED", "2033-01-31", false, false, 3));
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-02-09").getString(city(BINZHOU) + ".annualReport.status"))
                .isEqualTo("SUBMITTED");
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-02-10").getMap(city(BINZHOU) + ".annualReport"))
                .isEqualTo(report(2032, "RETURNED", "2033-01-31", false, false, 3));
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-02-19").getString(city(BINZHOU) + ".annualReport.status"))
                .isEqualTo("RETURNED");
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-02-20").getMap(city(BINZHOU) + ".annualReport"))
                .isEqualTo(report(2032, "SUBMITTED", "2033-01-31", false, false, 3));
        // The province's own list (today) agrees on the lateness.
        JsonPath list = given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/annual-reports?year=2032")
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getInt("items.find { it.cityCode == '" + BINZHOU + "' }.daysLate")).isEqualTo(3);
        // In 2034 the report due is 2033's, which nobody wrote.
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2034-02-01").getMap(city(BINZHOU) + ".annualReport"))
                .isEqualTo(report(2033, "MISSING", "2034-01-31", true, null, null));
        // 莱芜 was abolished in 2019: it owes no report for 2032.
        JsonPath july = view(TestTokens.provinceAdmin(), "&asOf=2033-07-01");
        assertThat(july.getMap(city(LAIWU))).containsEntry("annualReport", null);
        assertThat(july.getInt(city(LAIWU) + ".programme.planned")).isEqualTo(1);
    }

    private static Map<String, Object> report(int year, String status, String dueOn, boolean overdue, Boolean onTime,
                                              Integer daysLate) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("year", year);
        report.put("status", status);
        report.put("dueOn", dueOn);
        report.put("overdue", overdue);
        report.put("submittedOnTime", onTime);
        report.put("daysLate", daysLate);
        return report;
    }

    @Test
    void theLatestNoticesAreTheProgrammesNewestThreePublishedByTheDayThatNameAParkOfTheCity() {
        published();
        JsonPath n1 = NOTICES.get(0);
        JsonPath n2 = NOTICES.get(1);
        JsonPath n3 = NOTICES.get(2);
        JsonPath n4 = NOTICES.get(3);
        JsonPath n5 = NOTICES.get(4);
        // Numbered in the order published (no other test publishes in 2033; the draft takes no number).
        assertThat(NOTICES.stream().map(n -> n.getString("number")).toList()).containsExactly("鲁园循通〔2033〕第1号",
                "鲁园循通〔2033〕第2号", "鲁园循通〔2033〕第3号", "鲁园循通〔2033〕第4号", "鲁园循通〔2033〕第5号");
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-02-28").getList(city(BINZHOU) + ".latestNotices")).isEmpty();
        // N1 names two of 滨州's parks.
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-03-01").getList(city(BINZHOU) + ".latestNotices", Map.class))
                .containsExactly(Map.of("id", n1.getString("id"), "number", n1.getString("number"),
                        "publishedOn", "2033-03-01", "title", TITLE, "parks", 2));
        JsonPath ninth = view(TestTokens.provinceAdmin(), "&asOf=2033-03-09");
        assertThat(ninth.getList(city(BINZHOU) + ".latestNotices.id")).containsExactly(n1.getString("id"));
        assertThat(ninth.getList(city(DEZHOU) + ".latestNotices")).isEmpty();
        // N2 (滨州) and N3 (德州 only) on 10 March; the draft of 20 March is never shown.
        JsonPath tenth = view(TestTokens.provinceAdmin(), "&asOf=2033-03-10");
        assertThat(tenth.getList(city(BINZHOU) + ".latestNotices.id")).containsExactly(n2.getString("id"), n1.getString("id"));
        assertThat(tenth.getList(city(BINZHOU) + ".latestNotices.parks")).containsExactly(1, 2);
        assertThat(tenth.getList(city(DEZHOU) + ".latestNotices", Map.class))
                .containsExactly(Map.of("id", n3.getString("id"), "number", n3.getString("number"),
                        "publishedOn", "2033-03-10", "title", TITLE, "parks", 1));
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-03-31").getList(city(BINZHOU) + ".latestNotices.id"))
                .containsExactly(n2.getString("id"), n1.getString("id"));
        // N4 and N5 on 1 April, N5 published later: at most three, the newest first.
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-04-01").getList(city(BINZHOU) + ".latestNotices.id"))
                .containsExactly(n5.getString("id"), n4.getString("id"), n2.getString("id"));
        assertThat(view(TestTokens.provinceAdmin(), "&asOf=2033-07-01").getList(city(LAIWU) + ".latestNotices")).isEmpty();
    }

    @Test
    void aCityOfficerSeesTheReportAndTheNoticesOfTheirCitiesOnly() {
        published();
        String own = given().auth().oauth2(TestTokens.cityOfficer(BINZHOU)).get("/api/v1/dispatch?programme=" + CODE
                + "&asOf=2033-04-01").then().statusCode(200).extract().asString();
        assertThat(own).contains(NOTICES.get(4).getString("id")).doesNotContain(NOTICES.get(2).getString("id"), LAIWU);
        JsonPath dezhou = view(TestTokens.cityOfficer(DEZHOU), "&asOf=2033-04-01");
        assertThat(dezhou.getList("cities.cityCode", String.class)).containsExactly(DEZHOU);
        assertThat(dezhou.getList(city(DEZHOU) + ".latestNotices.id")).containsExactly(NOTICES.get(2).getString("id"));
        assertThat(dezhou.getString(city(DEZHOU) + ".annualReport.status")).isEqualTo("MISSING");
        // The successor's officers act for 莱芜: they see its row, without a report owed.
        JsonPath jinan = view(TestTokens.cityOfficer(SUCCESSOR), "&asOf=2033-07-01");
        assertThat(jinan.getList("cities.cityCode", String.class)).containsExactly(LAIWU);
        assertThat(jinan.getMap(city(LAIWU))).containsEntry("annualReport", null);
    }

    @Test
    void theJointMeetingAndTheProvinceSeeEveryCityACityOfficerTheirCityOnlyAndParkManagersNothing() {
        published();
        JsonPath own = view(TestTokens.cityOfficer(BINZHOU), "&asOf=2033-07-01");
        assertThat(own.getList("cities.cityCode", String.class)).containsExactly(BINZHOU);
        assertThat(own.prettify()).doesNotContain(DEZHOU, "德州", P81);
        assertThat(view(TestTokens.cityOfficer(BINZHOU), "&asOf=2033-07-01&cityCode=" + BINZHOU).getList("cities.cityCode"))
                .containsExactly(BINZHOU);
        given().auth().oauth2(TestTokens.cityOfficer(BINZHOU))
                .get("/api/v1/dispatch?programme=" + CODE + "&asOf=2033-07-01&cityCode=" + DEZHOU)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:out-of-scope"));
        given().auth().oauth2(TestTokens.parkManager(P71)).get("/api/v1/dispatch?programme=" + CODE)
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/dispatch?programme=" + CODE).then().statusCode(401);
        for (String token : List.of(TestTokens.jointMeeting(), TestTokens.auditor(), TestTokens.expert(), TestTokens.integration())) {
            assertThat(view(token, "&asOf=2033-07-01").getList("cities.cityCode", String.class))
                    .containsExactly(LAIWU, DEZHOU, BINZHOU);
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
