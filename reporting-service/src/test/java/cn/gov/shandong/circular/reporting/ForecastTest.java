package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.AcceptanceApplied;
import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ReviewOpened;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The forecast of a programme's goals (issue 9, item 8; docs/decisions.md 49) on a programme of its own (a fresh
 * code from {@link TestData}), 2019-2021 (every national-level park, half the provincial ones), with fresh parks
 * P91-P98 in 泰安市 (370900) and 威海市 (371000), each event dated when it happened, judged as of several days. The
 * programme's code keeps it apart from the other tests' data, so its years are realistic ones.
 */
@QuarkusTest
class ForecastTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P91 = TestData.parkCode();
    private static final String P92 = TestData.parkCode();
    private static final String P93 = TestData.parkCode();
    private static final String P94 = TestData.parkCode();
    private static final String P95 = TestData.parkCode();
    private static final String P96 = TestData.parkCode();
    private static final String P97 = TestData.parkCode();
    private static final String P98 = TestData.parkCode();

    private static final String CODE = TestData.programmeCode();
    private static final String TA = "370900";
    private static final String WH = "371000";
    private static boolean published;

    private static synchronized void published() {
        if (published) {
            return;
        }
        String registered = "2018-12-01T10:00+08:00";
        register(P91, "预测测试国家级一园", TA, "泰安市", ParkLevel.NATIONAL, registered);
        register(P92, "预测测试国家级二园", TA, "泰安市", ParkLevel.NATIONAL, registered);
        register(P93, "预测测试国家级三园", TA, "泰安市", ParkLevel.NATIONAL, registered);
        register(P94, "预测测试省级四园", TA, "泰安市", ParkLevel.PROVINCIAL, registered);
        register(P95, "预测测试省级五园", TA, "泰安市", ParkLevel.PROVINCIAL, registered);
        register(P96, "预测测试省级六园", TA, "泰安市", ParkLevel.PROVINCIAL, registered);
        register(P97, "预测测试省级七园", WH, "威海市", ParkLevel.PROVINCIAL, registered);
        // P98 is scheduled but never registered: its level is unknown.
        send(registered, TestEvents.programme(CODE, 2019, 2021, "1.00", "0.50"));
        for (String park : List.of(P91, P92, P93, P94, P95, P96, P97, P98)) {
            send(registered, TestEvents.parkScheduled(CODE, park, 2020));
        }
        // National: P91 filed in March 2020, P92 under review from April, P93 only an approved plan.
        UUID n1 = UUID.randomUUID();
        send("2020-01-10T10:00+08:00", applied(n1, P91, TA, ParkLevel.NATIONAL));
        send("2020-02-01T10:00+08:00", TestEvents.passed(n1, P91, TA, 90));
        filed(n1, P91, TA, ParkLevel.NATIONAL, "2020-03-01T10:00+08:00");
        UUID n2 = UUID.randomUUID();
        send("2020-04-01T10:00+08:00", applied(n2, P92, TA, ParkLevel.NATIONAL));
        send("2020-05-01T10:00+08:00", new ReviewOpened(n2, P92, TA, UUID.randomUUID(), 1, 1));
        send("2019-05-01T10:00+08:00", TestEvents.approved(UUID.randomUUID(), CODE, P93, TA, 1, 0));
        // Provincial: P94 filed in 2019, P95 passed in April 2020 and filed in May 2021, P96 a plan
        // approved in 2020, P97 nothing.
        UUID p1 = UUID.randomUUID();
        send("2019-10-01T10:00+08:00", applied(p1, P94, TA, ParkLevel.PROVINCIAL));
        send("2019-11-01T10:00+08:00", TestEvents.passed(p1, P94, TA, 80));
        filed(p1, P94, TA, ParkLevel.PROVINCIAL, "2019-12-01T10:00+08:00");
        UUID p2 = UUID.randomUUID();
        send("2020-02-01T10:00+08:00", applied(p2, P95, TA, ParkLevel.PROVINCIAL));
        send("2020-04-01T10:00+08:00", TestEvents.passed(p2, P95, TA, 82));
        filed(p2, P95, TA, ParkLevel.PROVINCIAL, "2021-05-01T10:00+08:00");
        send("2020-01-01T10:00+08:00", TestEvents.approved(UUID.randomUUID(), CODE, P96, TA, 1, 0));
        published = true;
        // Everything is in once the last filing counts.
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(forecast(TestTokens.provinceAdmin(), "2022-01-01").getLong("provincial.completed")).isEqualTo(2));
    }

    @Test
    void midwayTheNationalGoalIsAtRiskAndTheProvincialOnTrack() {
        published();
        JsonPath forecast = forecast(TestTokens.jointMeeting(), "2020-06-30");
        assertThat(forecast.getString("endsOn")).isEqualTo("2021-12-31");
        assertThat(forecast.getBoolean("ended")).isFalse();
        assertThat(forecast.getString("cityCode")).isNull();
        assertThat(forecast.getLong("unclassifiedParks")).isEqualTo(1);
        assertThat(goal(forecast, "national")).isEqualTo("3 1 1 1 0 3 2 3 AT_RISK");
        assertThat(forecast.getString("national.explanation")).isEqualTo("国家级园区3个，目标比例100%，需完成3个；已完成1个；"
                + "正在验收1个，合计2个，尚差1个；另有1个实施方案已批复但未申请验收，须全部按期通过验收方能实现目标，存在风险。");
        assertThat(goal(forecast, "provincial")).isEqualTo("4 1 1 1 1 2 2 3 ON_TRACK");
        assertThat(forecast.getString("rule")).contains("AT_RISK");
    }

    @Test
    void earlyOnlyAPlanExistsAndAfterTheEndOnlyFilingsCount() {
        published();
        JsonPath early = forecast(TestTokens.provinceAdmin(), "2019-06-30");
        assertThat(goal(early, "national")).isEqualTo("3 0 0 1 2 3 0 1 OFF_TRACK");
        assertThat(goal(early, "provincial")).isEqualTo("4 0 0 0 4 2 0 0 OFF_TRACK");

        JsonPath ended = forecast(TestTokens.auditor(), "2022-01-01");
        assertThat(ended.getBoolean("ended")).isTrue();
        assertThat(goal(ended, "national")).isEqualTo("3 1 1 1 0 3 2 3 MISSED");
        assertThat(goal(ended, "provincial")).isEqualTo("4 2 0 1 1 2 2 3 MET");
        // The last day of the programme is still within it.
        assertThat(forecast(TestTokens.integration(), "2021-12-31").getString("national.outlook")).isEqualTo("AT_RISK");
    }

    @Test
    void aCityOfficerGetsTheForecastForTheirCitysParks() {
        published();
        JsonPath weihai = forecast(TestTokens.cityOfficer(WH), "2020-06-30");
        assertThat(weihai.getString("cityCode")).isEqualTo(WH);
        assertThat(goal(weihai, "national")).isEqualTo("0 0 0 0 0 0 0 0 MET");
        assertThat(goal(weihai, "provincial")).isEqualTo("1 0 0 0 1 1 0 0 OFF_TRACK");
        assertThat(weihai.getLong("unclassifiedParks")).isZero();

        given().auth().oauth2(TestTokens.parkManager(P91)).queryParam("programme", CODE)
                .when().get("/api/v1/forecast").then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("programme", TestData.programmeCode())
                .when().get("/api/v1/forecast").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("programme", CODE).queryParam("asOf", "2020-02-30")
                .when().get("/api/v1/forecast").then().statusCode(400).body("field", equalTo("asOf"));
    }

    private static JsonPath forecast(String token, String asOf) {
        return given().auth().oauth2(token).queryParam("programme", CODE).queryParam("asOf", asOf)
                .when().get("/api/v1/forecast").then().statusCode(200).extract().jsonPath();
    }

    /** "parks completed inAcceptance planned notStarted required likely possible outlook" */
    private static String goal(JsonPath json, String level) {
        return String.join(" ", List.of("parks", "completed", "inAcceptance", "planned", "notStarted", "required", "likely",
                "possible", "outlook").stream().map(k -> String.valueOf(json.getString(level + "." + k))).toList());
    }

    private static void register(String code, String name, String city, String cityName, ParkLevel level, String at) {
        send(at, TestEvents.parkRegistered(code, name, city, cityName, level));
    }

    private static AcceptanceApplied applied(UUID application, String park, String city, ParkLevel level) {
        return new AcceptanceApplied(application, park, city, level, "验收申请", CODE, List.of());
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
