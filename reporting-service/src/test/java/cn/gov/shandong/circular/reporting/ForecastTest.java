package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
 * The forecast of a programme's goals (issue 9, item 8; docs/decisions.md 49) on a programme of its own, 2091-2093
 * (every national-level park, half the provincial ones), with parks SDP9891-SDP9898 in 泰安市 (370900) and 威海市
 * (371000), each event dated when it happened, judged as of several days.
 */
@QuarkusTest
class ForecastTest {

    private static final String CODE = "2091-2093";
    private static final String TA = "370900";
    private static final String WH = "371000";
    private static boolean published;

    private static synchronized void published() {
        if (published) {
            return;
        }
        String registered = "2090-12-01T10:00+08:00";
        register("SDP9891", "预测测试国家级一园", TA, "泰安市", ParkLevel.NATIONAL, registered);
        register("SDP9892", "预测测试国家级二园", TA, "泰安市", ParkLevel.NATIONAL, registered);
        register("SDP9893", "预测测试国家级三园", TA, "泰安市", ParkLevel.NATIONAL, registered);
        register("SDP9894", "预测测试省级四园", TA, "泰安市", ParkLevel.PROVINCIAL, registered);
        register("SDP9895", "预测测试省级五园", TA, "泰安市", ParkLevel.PROVINCIAL, registered);
        register("SDP9896", "预测测试省级六园", TA, "泰安市", ParkLevel.PROVINCIAL, registered);
        register("SDP9897", "预测测试省级七园", WH, "威海市", ParkLevel.PROVINCIAL, registered);
        // SDP9898 is scheduled but never registered: its level is unknown.
        send(registered, TestEvents.programme(CODE, 2091, 2093, "1.00", "0.50"));
        for (String park : List.of("SDP9891", "SDP9892", "SDP9893", "SDP9894", "SDP9895", "SDP9896", "SDP9897", "SDP9898")) {
            send(registered, TestEvents.parkScheduled(CODE, park, 2092));
        }
        // National: SDP9891 filed in March 2092, SDP9892 under review from April, SDP9893 only an approved plan.
        UUID n1 = UUID.randomUUID();
        send("2092-01-10T10:00+08:00", applied(n1, "SDP9891", TA, ParkLevel.NATIONAL));
        send("2092-02-01T10:00+08:00", TestEvents.passed(n1, "SDP9891", TA, 90));
        filed(n1, "SDP9891", TA, ParkLevel.NATIONAL, "2092-03-01T10:00+08:00");
        UUID n2 = UUID.randomUUID();
        send("2092-04-01T10:00+08:00", applied(n2, "SDP9892", TA, ParkLevel.NATIONAL));
        send("2092-05-01T10:00+08:00", new ReviewOpened(n2, "SDP9892", TA, UUID.randomUUID(), 1, 1));
        send("2091-05-01T10:00+08:00", TestEvents.approved(UUID.randomUUID(), CODE, "SDP9893", TA, 1, 0));
        // Provincial: SDP9894 filed in 2091, SDP9895 passed in April 2092 and filed in May 2093, SDP9896 a plan
        // approved in 2092, SDP9897 nothing.
        UUID p1 = UUID.randomUUID();
        send("2091-10-01T10:00+08:00", applied(p1, "SDP9894", TA, ParkLevel.PROVINCIAL));
        send("2091-11-01T10:00+08:00", TestEvents.passed(p1, "SDP9894", TA, 80));
        filed(p1, "SDP9894", TA, ParkLevel.PROVINCIAL, "2091-12-01T10:00+08:00");
        UUID p2 = UUID.randomUUID();
        send("2092-02-01T10:00+08:00", applied(p2, "SDP9895", TA, ParkLevel.PROVINCIAL));
        send("2092-04-01T10:00+08:00", TestEvents.passed(p2, "SDP9895", TA, 82));
        filed(p2, "SDP9895", TA, ParkLevel.PROVINCIAL, "2093-05-01T10:00+08:00");
        send("2092-01-01T10:00+08:00", TestEvents.approved(UUID.randomUUID(), CODE, "SDP9896", TA, 1, 0));
        published = true;
        // Everything is in once the last filing counts.
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(forecast(TestTokens.provinceAdmin(), "2094-01-01").getLong("provincial.completed")).isEqualTo(2));
    }

    @Test
    void midwayTheNationalGoalIsAtRiskAndTheProvincialOnTrack() {
        published();
        JsonPath forecast = forecast(TestTokens.jointMeeting(), "2092-06-30");
        assertThat(forecast.getString("endsOn")).isEqualTo("2093-12-31");
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
        JsonPath early = forecast(TestTokens.provinceAdmin(), "2091-06-30");
        assertThat(goal(early, "national")).isEqualTo("3 0 0 1 2 3 0 1 OFF_TRACK");
        assertThat(goal(early, "provincial")).isEqualTo("4 0 0 0 4 2 0 0 OFF_TRACK");

        JsonPath ended = forecast(TestTokens.auditor(), "2094-01-01");
        assertThat(ended.getBoolean("ended")).isTrue();
        assertThat(goal(ended, "national")).isEqualTo("3 1 1 1 0 3 2 3 MISSED");
        assertThat(goal(ended, "provincial")).isEqualTo("4 2 0 1 1 2 2 3 MET");
        // The last day of the programme is still within it.
        assertThat(forecast(TestTokens.integration(), "2093-12-31").getString("national.outlook")).isEqualTo("AT_RISK");
    }

    @Test
    void aCityOfficerGetsTheForecastForTheirCitysParks() {
        published();
        JsonPath weihai = forecast(TestTokens.cityOfficer(WH), "2092-06-30");
        assertThat(weihai.getString("cityCode")).isEqualTo(WH);
        assertThat(goal(weihai, "national")).isEqualTo("0 0 0 0 0 0 0 0 MET");
        assertThat(goal(weihai, "provincial")).isEqualTo("1 0 0 0 1 1 0 0 OFF_TRACK");
        assertThat(weihai.getLong("unclassifiedParks")).isZero();

        given().auth().oauth2(TestTokens.parkManager("SDP9891")).queryParam("programme", CODE)
                .when().get("/api/v1/forecast").then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("programme", "2990-2991")
                .when().get("/api/v1/forecast").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("programme", CODE).queryParam("asOf", "2092-02-30")
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
