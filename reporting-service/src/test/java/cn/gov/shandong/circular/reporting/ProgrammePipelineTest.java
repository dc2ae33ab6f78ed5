package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.AcceptanceApplied;
import cn.gov.shandong.circular.events.AcceptanceRevoked;
import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkLevelChanged;
import cn.gov.shandong.circular.events.ParkMerged;
import cn.gov.shandong.circular.events.ParkRetired;
import cn.gov.shandong.circular.events.ReviewOpened;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 9 items 1 and 2 (docs/decisions.md 44) on a programme of its own (a fresh code from {@link TestData}) running
 * 2011-2013, dated years before any other test's events (which start in 2018), so that the registry "as of" 2011-2013
 * holds only this test's parks P01-P12 (fresh codes) in 聊城市 (371500) and 滨州市 (371600). Every event carries the
 * time it happened.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammePipelineTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P01 = TestData.parkCode();
    private static final String P02 = TestData.parkCode();
    private static final String P03 = TestData.parkCode();
    private static final String P04 = TestData.parkCode();
    private static final String P05 = TestData.parkCode();
    private static final String P06 = TestData.parkCode();
    private static final String P07 = TestData.parkCode();
    private static final String P08 = TestData.parkCode();
    private static final String P09 = TestData.parkCode();
    private static final String P10 = TestData.parkCode();
    private static final String P11 = TestData.parkCode();
    private static final String P12 = TestData.parkCode();

    private static final String CODE = TestData.programmeCode();
    private static final String NEXT = TestData.programmeCode();
    private static final String LC = "371500";
    private static final String BZ = "371600";
    private static final UUID A1 = UUID.randomUUID();
    private static final UUID A2 = UUID.randomUUID();
    private static final UUID A3 = UUID.randomUUID();
    private static final UUID A4 = UUID.randomUUID();
    private static final UUID A5 = UUID.randomUUID();
    private static final UUID A6 = UUID.randomUUID();
    private static boolean published;

    private static synchronized void published() {
        if (published) {
            return;
        }
        String registered = "2010-01-05T10:00+08:00";
        register(P01, "进度测试国家级一园", LC, "聊城市", ParkLevel.NATIONAL, registered);
        register(P02, "进度测试省级二园", LC, "聊城市", ParkLevel.PROVINCIAL, registered);
        register(P03, "进度测试省级三园", LC, "聊城市", ParkLevel.PROVINCIAL, registered);
        register(P04, "进度测试国家级四园", BZ, "滨州市", ParkLevel.NATIONAL, registered);
        register(P05, "进度测试省级五园", BZ, "滨州市", ParkLevel.PROVINCIAL, registered);
        // In the registry, not in the programme.
        register(P06, "进度测试省级六园", BZ, "滨州市", ParkLevel.PROVINCIAL, registered);
        register(P07, "进度测试国家级七园", LC, "聊城市", ParkLevel.NATIONAL, registered);
        send("2012-07-02T10:00+08:00", new ParkRetired(P07, LC, LocalDate.parse("2012-07-01"), "测试撤销", null));
        register(P08, "进度测试省级八园", BZ, "滨州市", ParkLevel.PROVINCIAL, "2012-05-01T10:00+08:00");
        register(P09, "进度测试省级九园", LC, "聊城市", ParkLevel.PROVINCIAL, registered);
        send("2013-03-02T10:00+08:00", new ParkMerged(P09, LC, P06, LocalDate.parse("2013-03-01"), null));
        // Scheduled in the programme, but this system learnt of it only in 2014: it existed for the programme.
        register(P10, "进度测试省级十园", BZ, "滨州市", ParkLevel.PROVINCIAL, "2014-01-02T10:00+08:00");
        register(P11, "进度测试国家级十一园", LC, "聊城市", ParkLevel.NATIONAL, registered);
        // Upgraded to national level from 1 June 2013: provincial in the registry before that day.
        register(P12, "进度测试升级十二园", LC, "聊城市", ParkLevel.PROVINCIAL, registered);
        send("2013-06-02T10:00+08:00", new ParkLevelChanged(P12, LC, ParkLevel.PROVINCIAL, ParkLevel.NATIONAL,
                LocalDate.parse("2013-06-01"), "国函〔2013〕1号"));

        send("2010-12-01T10:00+08:00", TestEvents.programme(CODE, 2011, 2013, "1.00", "0.50"));
        send("2013-12-01T10:00+08:00", TestEvents.programme(NEXT, 2014, 2016, "1.00", "0.50"));
        for (Map.Entry<String, Integer> s : Map.of(P01, 2012, P02, 2012, P03, 2012, P04, 2013,
                P05, 2011, P10, 2013, P11, 2013).entrySet()) {
            send("2010-12-01T10:00+08:00", TestEvents.parkScheduled(CODE, s.getKey(), s.getValue()));
        }
        send("2013-12-01T10:00+08:00", TestEvents.parkScheduled(NEXT, P11, 2015));

        // P01: named the programme, filed at 23:30 on the last day of its year in Shanghai: on time.
        send("2012-03-01T10:00+08:00", applied(A1, P01, LC, ParkLevel.NATIONAL, CODE));
        send("2012-04-01T10:00+08:00", new ReviewOpened(A1, P01, LC, UUID.randomUUID(), 1, 1));
        send("2012-06-01T10:00+08:00", TestEvents.passed(A1, P01, LC, 90));
        filed(A1, P01, LC, ParkLevel.NATIONAL, "2012-12-31T23:30+08:00");
        // P02: named no programme (its schedule's then), filed ten minutes into 2013: late.
        send("2012-05-01T10:00+08:00", applied(A2, P02, LC, ParkLevel.PROVINCIAL, null));
        send("2012-06-01T10:00+08:00", TestEvents.passed(A2, P02, LC, 85));
        filed(A2, P02, LC, ParkLevel.PROVINCIAL, "2013-01-01T00:10+08:00");
        // P03: under review for good.
        send("2012-05-01T10:00+08:00", applied(A3, P03, LC, ParkLevel.PROVINCIAL, CODE));
        send("2012-06-01T10:00+08:00", new ReviewOpened(A3, P03, LC, UUID.randomUUID(), 1, 1));
        // P04: passed by the city in 2013, never filed.
        send("2013-02-01T10:00+08:00", applied(A4, P04, BZ, ParkLevel.NATIONAL, CODE));
        send("2013-05-01T10:00+08:00", TestEvents.passed(A4, P04, BZ, 88));
        // P05: filed in its year, revoked by a spot check in 2012.
        send("2011-03-01T10:00+08:00", applied(A5, P05, BZ, ParkLevel.PROVINCIAL, null));
        send("2011-05-01T10:00+08:00", TestEvents.passed(A5, P05, BZ, 80));
        filed(A5, P05, BZ, ParkLevel.PROVINCIAL, "2011-06-01T10:00+08:00");
        send("2012-09-01T10:00+08:00", new AcceptanceRevoked(A5, P05, BZ, ParkLevel.PROVINCIAL,
                at("2012-09-01T10:00+08:00"), List.of("抽查不合格"), "2012-01"));
        // P11: its application answers the next programme; filed in 2015, it counts there only.
        send("2015-01-10T10:00+08:00", applied(A6, P11, LC, ParkLevel.NATIONAL, NEXT));
        send("2015-02-01T10:00+08:00", TestEvents.passed(A6, P11, LC, 92));
        filed(A6, P11, LC, ParkLevel.NATIONAL, "2015-03-01T10:00+08:00");
        published = true;
    }

    @Test
    @Order(1)
    void asOfTheLastDayOf2012EachParkStandsWhereItsEventsPutIt() {
        published();
        // Waits for the last events of every topic (the registry's merger, the latest filing and the next schedule).
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            assertThat(cells(pipeline(TestTokens.provinceAdmin(), CODE, "2015-12-31"))).contains(
                    "371500 2013 T1,0,0,0,0,0,0,1 N1,0,0,0,0,0,0,1 P0,0,0,0,0,0,0,0");
            assertThat(cells(pipeline(TestTokens.provinceAdmin(), NEXT, "2015-12-31"))).containsExactly(
                    "371500 2015 T1,1,0,0,1,0,0,0 N1,1,0,0,1,0,0,0 P0,0,0,0,0,0,0,0",
                    "371500 all T1,1,0,0,1,0,0,0 N1,1,0,0,1,0,0,0 P0,0,0,0,0,0,0,0",
                    "province 2015 T1,1,0,0,1,0,0,0 N1,1,0,0,1,0,0,0 P0,0,0,0,0,0,0,0",
                    "province all T1,1,0,0,1,0,0,0 N1,1,0,0,1,0,0,0 P0,0,0,0,0,0,0,0");
            assertThat(goals(TestTokens.provinceAdmin(), "2013-12-31").getLong("registry.retiredParks")).isEqualTo(2);
            assertThat(goals(TestTokens.provinceAdmin(), "2013-12-31").getLong("registry.national.parks")).isEqualTo(4);
        });

        // planned applied underReview passed filedOnTime filedLate revoked overdue; total, national, provincial.
        JsonPath asOf2012 = pipeline(TestTokens.provinceAdmin(), CODE, "2012-12-31");
        assertThat(asOf2012.getList("years", Integer.class)).containsExactly(2011, 2012, 2013);
        assertThat(cells(asOf2012)).containsExactly(
                "371500 2012 T3,3,1,1,1,0,0,0 N1,1,0,0,1,0,0,0 P2,2,1,1,0,0,0,0",
                "371500 2013 T1,0,0,0,0,0,0,0 N1,0,0,0,0,0,0,0 P0,0,0,0,0,0,0,0",
                "371500 all T4,3,1,1,1,0,0,0 N2,1,0,0,1,0,0,0 P2,2,1,1,0,0,0,0",
                "371600 2011 T1,1,0,0,0,0,1,1 N0,0,0,0,0,0,0,0 P1,1,0,0,0,0,1,1",
                "371600 2013 T2,0,0,0,0,0,0,0 N1,0,0,0,0,0,0,0 P1,0,0,0,0,0,0,0",
                "371600 all T3,1,0,0,0,0,1,1 N1,0,0,0,0,0,0,0 P2,1,0,0,0,0,1,1",
                "province 2011 T1,1,0,0,0,0,1,1 N0,0,0,0,0,0,0,0 P1,1,0,0,0,0,1,1",
                "province 2012 T3,3,1,1,1,0,0,0 N1,1,0,0,1,0,0,0 P2,2,1,1,0,0,0,0",
                "province 2013 T3,0,0,0,0,0,0,0 N2,0,0,0,0,0,0,0 P1,0,0,0,0,0,0,0",
                "province all T7,4,1,1,1,0,1,1 N3,1,0,0,1,0,0,0 P4,3,1,1,0,0,1,1");
    }

    @Test
    @Order(2)
    void aYearLaterTheLateFilingIsLateAndTheUnfiledParksOfOverYearsAreOverdue() {
        published();
        assertThat(cells(pipeline(TestTokens.provinceAdmin(), CODE, "2013-12-31"))).containsExactly(
                "371500 2012 T3,3,1,0,1,1,0,1 N1,1,0,0,1,0,0,0 P2,2,1,0,0,1,0,1",
                "371500 2013 T1,0,0,0,0,0,0,0 N1,0,0,0,0,0,0,0 P0,0,0,0,0,0,0,0",
                "371500 all T4,3,1,0,1,1,0,1 N2,1,0,0,1,0,0,0 P2,2,1,0,0,1,0,1",
                "371600 2011 T1,1,0,0,0,0,1,1 N0,0,0,0,0,0,0,0 P1,1,0,0,0,0,1,1",
                "371600 2013 T2,1,0,1,0,0,0,0 N1,1,0,1,0,0,0,0 P1,0,0,0,0,0,0,0",
                "371600 all T3,2,0,1,0,0,1,1 N1,1,0,1,0,0,0,0 P2,1,0,0,0,0,1,1",
                "province 2011 T1,1,0,0,0,0,1,1 N0,0,0,0,0,0,0,0 P1,1,0,0,0,0,1,1",
                "province 2012 T3,3,1,0,1,1,0,1 N1,1,0,0,1,0,0,0 P2,2,1,0,0,1,0,1",
                "province 2013 T3,1,0,1,0,0,0,0 N2,1,0,1,0,0,0,0 P1,0,0,0,0,0,0,0",
                "province all T7,5,1,1,1,1,1,2 N3,2,0,1,1,0,0,0 P4,3,1,0,0,1,1,2");
        // As of the day before the revocation, P05's filing of 2011 stood: filed on time, not overdue.
        assertThat(cells(pipeline(TestTokens.provinceAdmin(), CODE, "2012-08-31"))).contains(
                "371600 2011 T1,1,0,0,1,0,0,0 N0,0,0,0,0,0,0,0 P1,1,0,0,1,0,0,0");
        // P11 filed in 2015 for the next programme: in this one it is overdue, not filed.
        assertThat(cells(pipeline(TestTokens.provinceAdmin(), CODE, "2015-12-31"))).contains(
                "province all T7,5,1,1,1,1,1,5 N3,2,0,1,1,0,0,2 P4,3,1,0,0,1,1,3");
    }

    @Test
    @Order(3)
    void goalsUseTheRegistrysActiveParksAtTheDateBesideTheProgrammesOwn() {
        published();
        JsonPath in2012 = goals(TestTokens.provinceAdmin(), "2012-12-31");
        // The programme's parks, as before.
        assertThat(goal(in2012, "national")).isEqualTo("1.0 3 1 3 false");
        assertThat(goal(in2012, "provincial")).isEqualTo("0.5 4 0 2 false");
        // The registry: P07 retired on 1 July 2012; P08 registered in May 2012; P09 merged only in 2013;
        // P10 scheduled by the programme though registered in 2014; P12 still provincial.
        assertThat(goal(in2012, "registry.national")).isEqualTo("1.0 3 1 3 false");
        assertThat(goal(in2012, "registry.provincial")).isEqualTo("0.5 8 0 4 false");
        assertThat(in2012.getLong("registry.retiredParks")).isEqualTo(1);

        JsonPath in2011 = goals(TestTokens.provinceAdmin(), "2011-12-31");
        assertThat(goal(in2011, "registry.national")).isEqualTo("1.0 4 0 4 false");
        assertThat(goal(in2011, "registry.provincial")).isEqualTo("0.5 7 1 4 false");
        assertThat(in2011.getLong("registry.retiredParks")).isZero();

        JsonPath in2013 = goals(TestTokens.provinceAdmin(), "2013-12-31");
        // P12 national from 1 June 2013; P09 merged on 1 March 2013.
        assertThat(goal(in2013, "registry.national")).isEqualTo("1.0 4 1 4 false");
        assertThat(goal(in2013, "registry.provincial")).isEqualTo("0.5 6 1 3 false");
        assertThat(in2013.getLong("registry.retiredParks")).isEqualTo(2);

        // The same inside /programme-progress, with the programme's pipeline summed over the years.
        JsonPath all = given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("asOf", "2013-12-31")
                .when().get("/api/v1/programme-progress").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> programmes = all.getList("programmes");
        int index = programmes.stream().map(p -> p.get("code")).toList().indexOf(CODE);
        assertThat(goal(all, "programmes[" + index + "].goals.registry.provincial")).isEqualTo("0.5 6 1 3 false");
        assertThat(counts(all.getMap("programmes[" + index + "].pipeline.total"))).isEqualTo("7,5,1,1,1,1,1,2");
    }

    @Test
    @Order(4)
    void aCityOfficerGetsTheirCityOnly() {
        published();
        String officer = TestTokens.cityOfficer(LC);
        JsonPath report = pipeline(officer, CODE, "2012-12-31");
        assertThat(report.getString("province")).isNull();
        assertThat(cells(report)).containsExactly(
                "371500 2012 T3,3,1,1,1,0,0,0 N1,1,0,0,1,0,0,0 P2,2,1,1,0,0,0,0",
                "371500 2013 T1,0,0,0,0,0,0,0 N1,0,0,0,0,0,0,0 P0,0,0,0,0,0,0,0",
                "371500 all T4,3,1,1,1,0,0,0 N2,1,0,0,1,0,0,0 P2,2,1,1,0,0,0,0");
        JsonPath goals = goals(officer, "2012-12-31");
        // 聊城市's registry: P01 and P11 (P07 retired); P02, P03, P09 and P12.
        assertThat(goal(goals, "registry.national")).isEqualTo("1.0 2 1 2 false");
        assertThat(goal(goals, "registry.provincial")).isEqualTo("0.5 4 0 2 false");
        assertThat(goals.getLong("registry.retiredParks")).isEqualTo(1);
        given().auth().oauth2(TestTokens.parkManager(P01)).when().get("/api/v1/programme-progress/" + CODE)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/programme-progress/" + TestData.programmeCode())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @Order(5)
    void aRebuildFromTheEventLogGivesExactlyTheLiveAnswers() {
        published();
        List<String> queries = List.of(
                "/api/v1/programme-progress/" + CODE, "/api/v1/programme-progress/" + CODE + "?asOf=2012-12-31",
                "/api/v1/programme-progress/" + CODE + "?asOf=2013-12-31", "/api/v1/programme-progress/" + NEXT,
                "/api/v1/goals?programme=" + CODE, "/api/v1/goals?programme=" + CODE + "&asOf=2011-12-31",
                "/api/v1/goals?programme=" + CODE + "&asOf=2012-12-31", "/api/v1/progress?programme=" + CODE,
                "/api/v1/programme-progress?asOf=2013-12-31");
        List<String> live = answers(queries);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().post("/api/v1/projections/rebuild")
                .then().statusCode(200);
        assertThat(answers(queries)).isEqualTo(live);
    }

    private static List<String> answers(List<String> queries) {
        List<String> answers = new ArrayList<>();
        for (String query : queries) {
            answers.add(given().auth().oauth2(TestTokens.provinceAdmin()).when().get(query)
                    .then().statusCode(200).extract().asString());
            answers.add(given().auth().oauth2(TestTokens.cityOfficer(LC)).when().get(query)
                    .then().statusCode(200).extract().asString());
        }
        return answers;
    }

    private static JsonPath pipeline(String token, String programme, String asOf) {
        return given().auth().oauth2(token).queryParam("asOf", asOf)
                .when().get("/api/v1/programme-progress/" + programme)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath goals(String token, String asOf) {
        return given().auth().oauth2(token).queryParam("programme", CODE).queryParam("asOf", asOf)
                .when().get("/api/v1/goals").then().statusCode(200).extract().jsonPath();
    }

    /** "share parks completed required met" */
    private static String goal(JsonPath json, String path) {
        return json.getDouble(path + ".share") + " " + json.getLong(path + ".parks") + " " + json.getLong(path + ".completed")
                + " " + json.getLong(path + ".required") + " " + json.getBoolean(path + ".met");
    }

    /** The year cells with parks planned, then each row's cumulative, then the province's: as text. */
    private static List<String> cells(JsonPath report) {
        List<String> lines = new ArrayList<>();
        List<Map<String, Object>> rows = report.getList("rows");
        for (int i = 0; i < rows.size(); i++) {
            lines.addAll(cells(report, "rows[" + i + "]", report.getString("rows[" + i + "].cityCode")));
        }
        if (report.get("province") != null) {
            lines.addAll(cells(report, "province", "province"));
        }
        return lines;
    }

    private static List<String> cells(JsonPath report, String path, String name) {
        List<String> lines = new ArrayList<>();
        List<Map<String, Object>> years = report.getList(path + ".years");
        for (Map<String, Object> year : years) {
            if (((Number) ((Map<?, ?>) year.get("total")).get("planned")).longValue() > 0) {
                lines.add(name + " " + year.get("year") + " " + levels(year));
            }
        }
        lines.add(name + " all " + levels(report.getMap(path + ".cumulative")));
        return lines;
    }

    private static String levels(Map<?, ?> levels) {
        return "T" + counts((Map<?, ?>) levels.get("total")) + " N" + counts((Map<?, ?>) levels.get("national"))
                + " P" + counts((Map<?, ?>) levels.get("provincial"));
    }

    private static String counts(Map<?, ?> c) {
        return String.join(",", List.of("planned", "applied", "underReview", "passed", "filedOnTime", "filedLate",
                "revoked", "overdue").stream().map(k -> String.valueOf(c.get(k))).toList());
    }

    private static void register(String code, String name, String city, String cityName, ParkLevel level, String at) {
        send(at, TestEvents.parkRegistered(code, name, city, cityName, level));
    }

    private static AcceptanceApplied applied(UUID application, String park, String city, ParkLevel level, String programme) {
        return new AcceptanceApplied(application, park, city, level, "验收申请", programme, List.of());
    }

    private static void filed(UUID application, String park, String city, ParkLevel level, String at) {
        send(at, TestEvents.filed(application, park, city, level, at(at).toString()));
    }

    private static void send(String at, DomainEvent event) {
        TestEvents.send(UUID.randomUUID(), at(at), event, "province.admin");
    }

    private static Instant at(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }
}
