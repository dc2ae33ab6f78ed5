package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.AcceptanceRevoked;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A spot check revokes a filing (acceptance.revoked): the park no longer counts as completed, in the
 * progress table and the goals, from the revocation on; a later filing of the park counts again; a rebuild
 * from the event log gives the same answers. Its own programme (a fresh code from {@link TestData}, the year 2023)
 * and fresh parks (P01 national, P02 provincial, in 泰安市), which no other test uses.
 */
@QuarkusTest
class RevokedFilingTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P01 = TestData.parkCode();
    private static final String P02 = TestData.parkCode();

    private static final String CODE = TestData.programmeCode();
    private static final String TAIAN = "370900";

    @Test
    void aRevokedFilingStopsCountingFromTheRevocationAndARefilingCountsAgain() {
        TestEvents.send(TestEvents.programme(CODE, 2023, 2023, "1.00", "0.50"));
        TestEvents.send(TestEvents.parkRegistered(P01, "撤销测试国家级园区", TAIAN, "泰安市", ParkLevel.NATIONAL));
        TestEvents.send(TestEvents.parkRegistered(P02, "撤销测试省级园区", TAIAN, "泰安市", ParkLevel.PROVINCIAL));
        TestEvents.send(TestEvents.parkScheduled(CODE, P01, 2023));
        TestEvents.send(TestEvents.parkScheduled(CODE, P02, 2023));
        UUID first = UUID.randomUUID();
        TestEvents.send(UUID.randomUUID(), Instant.parse("2023-03-01T02:00:00Z"),
                TestEvents.filed(first, P01, TAIAN, ParkLevel.NATIONAL, "2023-03-01T02:00:00Z"), "province.admin");
        TestEvents.send(UUID.randomUUID(), Instant.parse("2023-03-02T02:00:00Z"),
                TestEvents.filed(UUID.randomUUID(), P02, TAIAN, ParkLevel.PROVINCIAL, "2023-03-02T02:00:00Z"),
                "province.admin");
        await(() -> goals("").body("national.completed", equalTo(1)).body("national.met", equalTo(true))
                .body("provincial.completed", equalTo(1)));
        assertThat(completedTotal("")).isEqualTo(2);

        // The spot check revokes the national park's filing on 1 September 2023.
        UUID revocation = UUID.randomUUID();
        AcceptanceRevoked revoked = new AcceptanceRevoked(first, P01, TAIAN, ParkLevel.NATIONAL,
                Instant.parse("2023-09-01T02:00:00Z"), List.of("整改期满仍未达到实施方案目标。"), "2023-01");
        TestEvents.send(revocation, Instant.parse("2023-09-01T02:00:00Z"), revoked, "province.admin");
        await(() -> goals("").body("national.completed", equalTo(0)).body("national.met", equalTo(false)));
        assertThat(completedTotal("")).isEqualTo(1);
        goals("").body("provincial.completed", equalTo(1)).body("provincial.met", equalTo(true));
        // As of a day before the revocation the park still counted; as of the day after it does not.
        goals("&asOf=2023-08-31").body("national.completed", equalTo(1));
        assertThat(completedTotal("&asOf=2023-08-31")).isEqualTo(2);
        goals("&asOf=2023-09-01").body("national.completed", equalTo(0));

        // The same revocation delivered again changes nothing.
        TestEvents.send(revocation, Instant.parse("2023-09-01T02:00:00Z"), revoked, "province.admin");

        // The park applies again and is filed: it counts again, from the new filing.
        TestEvents.send(UUID.randomUUID(), Instant.parse("2023-12-01T02:00:00Z"),
                TestEvents.filed(UUID.randomUUID(), P01, TAIAN, ParkLevel.NATIONAL, "2023-12-01T02:00:00Z"),
                "province.admin");
        await(() -> goals("").body("national.completed", equalTo(1)).body("national.met", equalTo(true)));
        assertThat(completedTotal("")).isEqualTo(2);
        goals("&asOf=2023-10-01").body("national.completed", equalTo(0));

        // The projections rebuilt from the event log answer the same.
        String goalsBefore = goals("").extract().asString();
        String asOfBefore = goals("&asOf=2023-10-01").extract().asString();
        String progressBefore = given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/progress?programme=" + CODE).then().statusCode(200).extract().asString();
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().post("/api/v1/projections/rebuild")
                .then().statusCode(200);
        assertThat(goals("").extract().asString()).isEqualTo(goalsBefore);
        assertThat(goals("&asOf=2023-10-01").extract().asString()).isEqualTo(asOfBefore);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/progress?programme=" + CODE).then().statusCode(200).body(equalTo(progressBefore));
    }

    private static io.restassured.response.ValidatableResponse goals(String query) {
        return given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/goals?programme=" + CODE + query)
                .then().statusCode(200);
    }

    private static int completedTotal(String query) {
        return given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/progress?programme=" + CODE + query)
                .then().statusCode(200).extract().path("province.cumulative.completed.total");
    }

    private static void await(Runnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(assertion::run);
    }
}
