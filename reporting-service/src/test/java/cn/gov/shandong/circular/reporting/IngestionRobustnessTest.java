package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Events of different topics in any order, poison, and late events that are older than what they meet. */
@QuarkusTest
class IngestionRobustnessTest {

    // Its programmes and parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code
    // list them in the order of their names here.
    private static final String FIRST = TestData.programmeCode();
    private static final String SECOND = TestData.programmeCode();
    private static final String THIRD = TestData.programmeCode();
    private static final String P01 = TestData.parkCode();
    private static final String P02 = TestData.parkCode();
    private static final String P03 = TestData.parkCode();

    @Test
    void aFilingAndAScheduleBeforeTheParksRegistrationAreCountedAndPlacedOnceItArrives() {
        TestEvents.send(TestEvents.filed(UUID.randomUUID(), P01, "370300", ParkLevel.PROVINCIAL,
                "2021-05-01T02:00:00Z"));
        TestEvents.send(TestEvents.parkScheduled(FIRST, P01, 2021));
        TestEvents.send(TestEvents.programme(FIRST, 2021, 2021, "1.00", "0.50"));

        // Not registered yet: counted in the unknown row (total only, the level is unknown), never dropped.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(progressLines(FIRST, "completed"))
                        .containsExactly("province,全省合计,1,0,0,1,0,0", "null,unknown,1,0,0,1,0,0"));
        assertThat(progressLines(FIRST, "planned"))
                .containsExactly("province,全省合计,1,0,0,1,0,0", "null,unknown,1,0,0,1,0,0");
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/goals?programme=" + FIRST)
                .then().statusCode(200)
                .body("unclassifiedParks", equalTo(1))
                .body("provincial.parks", equalTo(0));
        // A city officer does not see parks that cannot be placed in a city.
        given().auth().oauth2(TestTokens.cityOfficer("370300"))
                .when().get("/api/v1/progress?programme=" + FIRST)
                .then().statusCode(200).body("rows", hasSize(0)).body("province", nullValue());

        TestEvents.send(TestEvents.parkRegistered(P01, "顺序试验园区", "370300", "淄博市", ParkLevel.PROVINCIAL));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(progressLines(FIRST, "completed"))
                        .containsExactly("province,全省合计,1,0,1,1,0,1", "370300,淄博市,1,0,1,1,0,1"));
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/goals?programme=" + FIRST)
                .then().statusCode(200)
                .body("unclassifiedParks", equalTo(0))
                .body("provincial.parks", equalTo(1))
                .body("provincial.completed", equalTo(1))
                .body("provincial.required", equalTo(1))
                .body("provincial.met", equalTo(true));
        given().auth().oauth2(TestTokens.cityOfficer("370300"))
                .when().get("/api/v1/progress?programme=" + FIRST)
                .then().statusCode(200).body("rows", hasSize(1)).body("rows[0].cityCode", equalTo("370300"));
    }

    @Test
    void anOlderEventArrivingLateDoesNotOverwriteANewerOneLiveOrOnRebuild() {
        Instant now = Instant.now();
        TestEvents.send(TestEvents.parkScheduled(SECOND, P02, 2022));
        TestEvents.send(UUID.randomUUID(), now,
                TestEvents.parkRegistered(P02, "迟到试验园区", "370500", "东营市", ParkLevel.NATIONAL));
        // Published earlier (an older description of the park), delivered after the newer one.
        UUID older = TestEvents.send(UUID.randomUUID(), now.minusSeconds(3600),
                TestEvents.parkRegistered(P02, "迟到试验园区", "370600", "烟台市", ParkLevel.PROVINCIAL));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.auditor()).queryParam("subject", P02)
                        .queryParam("type", "park.registered")
                        .when().get("/api/v1/events")
                        .then().statusCode(200).body("total", equalTo(2)).body("items[1].eventId", equalTo(older.toString())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(progressLines(SECOND, "planned"))
                        .containsExactly("province,全省合计,1,1,0,1,1,0", "370500,东营市,1,1,0,1,1,0"));

        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().post("/api/v1/projections/rebuild")
                .then().statusCode(200);
        assertThat(progressLines(SECOND, "planned"))
                .containsExactly("province,全省合计,1,1,0,1,1,0", "370500,东营市,1,1,0,1,1,0");
    }

    @Test
    void poisonGoesToTheDeadLetterTopicLeavesNothingBehindAndLaterEventsStillApply() {
        // Not a CloudEvent at all, on the plans topic.
        KafkaTestClient.send(TestEvents.PLANS, P03, Map.of("ce_type", "plan.park-scheduled"), "not json at all");
        // A well-formed envelope whose data cannot be projected (no such level), on the parks topic.
        UUID badLevel = TestEvents.sendData(ParkRegistered.TYPE, P03, EventFixtures.data(
                TestEvents.parkRegistered(P03, "毒丸园区", "370700", "潍坊市", ParkLevel.PROVINCIAL))
                .put("level", "COUNTY"));
        // Later events on the same partitions.
        TestEvents.send(TestEvents.parkScheduled(THIRD, P03, 2023));
        TestEvents.send(TestEvents.parkRegistered(P03, "毒丸园区", "370700", "潍坊市", ParkLevel.PROVINCIAL));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(progressLines(THIRD, "planned"))
                        .containsExactly("province,全省合计,1,0,1,1,0,1", "370700,潍坊市,1,0,1,1,0,1"));

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.readAll("reporting-service.dlq",
                Duration.ofSeconds(30), all -> all.stream().anyMatch(r -> "not json at all".equals(r.value()))
                        && all.stream().anyMatch(r -> badLevel.toString().equals(KafkaTestClient.header(r, "ce_id"))));
        assertThat(dead).extracting(ConsumerRecord::value).contains("not json at all");
        ConsumerRecord<String, String> badLevelDead = dead.stream()
                .filter(r -> badLevel.toString().equals(KafkaTestClient.header(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(KafkaTestClient.header(badLevelDead, "dead-letter-reason")).contains("COUNTY");
        assertThat(KafkaTestClient.header(badLevelDead, "dead-letter-topic")).isEqualTo(TestEvents.PARKS);

        // The bad event is in the dead-letter topic only: not logged, not projected.
        given().auth().oauth2(TestTokens.auditor()).queryParam("subject", P03)
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.eventId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(badLevel.toString())));
    }

    private static List<String> progressLines(String programme, String counts) {
        JsonPath progress = given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/progress?programme=" + programme)
                .then().statusCode(200).extract().jsonPath();
        return ProgressTables.lines(progress, counts);
    }
}
