package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkUnscheduled;
import cn.gov.shandong.circular.events.ProgrammeDefined;
import cn.gov.shandong.circular.events.ProgrammeStatus;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A second programme (2021-2025, every eligible park: shares 1.00 and 1.00) is reported on its own,
 * measured with its own shares; a park taken out stops counting, whatever order the events are read in.
 * Its parks (SDP201-SDP203) are not in Attachment 2, so the 2018-2020 tests do not see them.
 */
@QuarkusTest
class ProgrammesSideBySideTest {

    private static final String CODE = "2021-2025";

    @Test
    void eachProgrammeIsMeasuredWithItsOwnSharesAndAParkTakenOutStopsCounting() {
        TestEvents.send(new ProgrammeDefined(CODE, "山东省园区循环化改造推进方案（2021-2025年）", "鲁工信资〔2021〕12号",
                2021, 2025, new BigDecimal("1.00"), new BigDecimal("1.00"),
                "到2025年底，具备条件的省级以上园区全部实施循环化改造", ProgrammeStatus.ACTIVE));
        TestEvents.send(TestEvents.parkRegistered("SDP201", "济南新材料产业园区", "370100", "济南市", ParkLevel.NATIONAL));
        TestEvents.send(TestEvents.parkRegistered("SDP202", "济南章丘化工产业园", "370100", "济南市", ParkLevel.PROVINCIAL));
        TestEvents.send(TestEvents.parkRegistered("SDP203", "青岛董家口化工产业园", "370200", "青岛市", ParkLevel.PROVINCIAL));
        Instant scheduledAt = Instant.parse("2021-03-01T02:00:00Z");
        UUID sdp203Scheduled = UUID.randomUUID();
        TestEvents.send(UUID.randomUUID(), scheduledAt, TestEvents.parkScheduled(CODE, "SDP201", 2022));
        TestEvents.send(UUID.randomUUID(), scheduledAt, TestEvents.parkScheduled(CODE, "SDP202", 2023));
        TestEvents.send(sdp203Scheduled, scheduledAt, TestEvents.parkScheduled(CODE, "SDP203", 2024));
        TestEvents.send(TestEvents.filed(UUID.randomUUID(), "SDP201", "370100", ParkLevel.NATIONAL, "2022-06-01T02:00:00Z"));

        // Shares of 1.00: every park of each level is required.
        await(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/goals?programme=" + CODE)
                .then().statusCode(200)
                .body("national.share", equalTo(1.00f))
                .body("national.parks", equalTo(1)).body("national.completed", equalTo(1))
                .body("national.required", equalTo(1)).body("national.met", equalTo(true))
                .body("provincial.share", equalTo(1.00f))
                .body("provincial.parks", equalTo(2)).body("provincial.required", equalTo(2))
                .body("provincial.met", equalTo(false)));

        // Taken out; the schedule event read again afterwards (older) does not bring the park back.
        TestEvents.send(UUID.randomUUID(), Instant.parse("2021-04-01T02:00:00Z"),
                new ParkUnscheduled(CODE, "SDP203", 2024, "园区已整合至董家口经济区"));
        await(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/goals?programme=" + CODE)
                .then().statusCode(200)
                .body("provincial.parks", equalTo(1)).body("provincial.required", equalTo(1)));
        TestEvents.send(sdp203Scheduled, scheduledAt, TestEvents.parkScheduled(CODE, "SDP203", 2024));
        TestEvents.send(UUID.randomUUID(), scheduledAt.minusSeconds(60), TestEvents.parkScheduled(CODE, "SDP203", 2025));
        // A later marker event of the same park on the same topic shows the older ones were read first.
        TestEvents.send(TestEvents.parkScheduled("2026-2030", "SDP203", 2027));
        await(() -> given().auth().oauth2(TestTokens.auditor())
                .when().get("/api/v1/goals?programme=2026-2030")
                .then().statusCode(200));
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/goals?programme=" + CODE)
                .then().statusCode(200).body("provincial.parks", equalTo(1));

        // The programmes side by side; a city officer sees their city's parks only.
        given().auth().oauth2(TestTokens.integration())
                .when().get("/api/v1/programme-progress?asOf=2022-12-31")
                .then().statusCode(200)
                .body("programmes.find { it.code == '2021-2025' }.planned", equalTo(2))
                .body("programmes.find { it.code == '2021-2025' }.completed", equalTo(1))
                .body("programmes.find { it.code == '2021-2025' }.document", equalTo("鲁工信资〔2021〕12号"))
                .body("programmes.find { it.code == '2021-2025' }.goals.national.met", equalTo(true));
        given().auth().oauth2(TestTokens.cityOfficer("370200"))
                .when().get("/api/v1/programme-progress")
                .then().statusCode(200)
                .body("programmes.find { it.code == '2021-2025' }.planned", equalTo(0))
                .body("programmes.find { it.code == '2021-2025' }.goals.cityCode", equalTo("370200"));
        given().auth().oauth2(TestTokens.parkManager("SDP201"))
                .when().get("/api/v1/programme-progress")
                .then().statusCode(403);

        // A programme whose definition has not arrived: counted, but not measured against a goal it does not know.
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/goals?programme=2026-2030")
                .then().statusCode(200)
                .body("provincial.parks", equalTo(1))
                .body("provincial.share", nullValue())
                .body("provincial.required", nullValue())
                .body("provincial.met", nullValue());
    }

    private static void await(Runnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(assertion::run);
    }
}
