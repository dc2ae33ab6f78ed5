package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.NoticePublished;
import cn.gov.shandong.circular.events.NoticedPark;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventLogTest {

    // Its programme and parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code
    // list them in the order of their names here.
    private static final String PROGRAMME = TestData.programmeCode();
    private static final String P04 = TestData.parkCode();
    private static final String P05 = TestData.parkCode();
    private static final String P06 = TestData.parkCode();

    @Inject
    EntityManager entityManager;

    @Test
    void everyEventIsLoggedWithItsEnvelopeAndUnknownTypesChangeNothingElse() {
        // A type the reports do not know, carrying what looks like a registration, and a schedule for that park.
        UUID unknown = TestEvents.sendUnknownType(TestEvents.PARKS, "park.registration-proposed", P04,
                EventFixtures.data(TestEvents.parkRegistered(P04, "试验园区", "370300", "淄博市",
                        ParkLevel.PROVINCIAL)));
        TestEvents.send(TestEvents.parkScheduled(PROGRAMME, P04, 2022));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(TestTokens.auditor()).queryParam("subject", P04)
                    .when().get("/api/v1/events")
                    .then().statusCode(200).body("total", equalTo(2));
        });
        // Where a consumer of the topic finds it is where the log says it was read.
        ConsumerRecord<String, String> onTopic = KafkaTestClient.readAll(TestEvents.PARKS, Duration.ofSeconds(20),
                        all -> all.stream().anyMatch(r -> unknown.toString().equals(KafkaTestClient.header(r, "ce_id"))))
                .stream().filter(r -> unknown.toString().equals(KafkaTestClient.header(r, "ce_id")))
                .findFirst().orElseThrow();
        given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam("type", "park.registration-proposed").queryParam("subject", P04)
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].eventId", equalTo(unknown.toString()))
                .body("items[0].topic", equalTo("parks.events"))
                .body("items[0].source", equalTo("/parks-service"))
                .body("items[0].subject", equalTo(P04))
                .body("items[0].actor", equalTo("system"))
                .body("items[0].correlationId", equalTo("test:" + unknown))
                .body("items[0].data.name", equalTo("试验园区"))
                .body("items[0].partition", equalTo(onTopic.partition()))
                .body("items[0].offset", equalTo((int) onTopic.offset()))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
        // The unknown type did not register the park: its schedule cannot be placed in a city.
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/progress?programme=" + PROGRAMME)
                .then().statusCode(200)
                .body("rows", hasSize(1))
                .body("rows[0].cityCode", nullValue())
                .body("rows[0].cityName", equalTo("unknown"))
                .body("province.cumulative.planned.total", equalTo(1));
    }

    @Test
    void reportingsOwnEventsAreLoggedLikeEveryOtherTopics() {
        UUID noticeId = UUID.randomUUID();
        UUID eventId = TestEvents.send(new NoticePublished(noticeId, "鲁园循通〔2021〕第1号", "2018-2020", 2020,
                LocalDate.parse("2021-02-20"), "关于2020年度未按期完成循环化改造园区情况的通报",
                List.of(new NoticedPark(P04, "370300", ParkLevel.PROVINCIAL, 2020))));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.auditor()).queryParam("subject", noticeId.toString())
                        .when().get("/api/v1/events")
                        .then().statusCode(200)
                        .body("total", equalTo(1))
                        .body("items[0].eventId", equalTo(eventId.toString()))
                        .body("items[0].topic", equalTo("reporting.events"))
                        .body("items[0].source", equalTo("/reporting-service"))
                        .body("items[0].type", equalTo("reporting.notice-published"))
                        .body("items[0].data.parks[0].parkCode", equalTo(P04)));
    }

    @Test
    void theEventLogIsNewestFirstAndPaged() {
        Instant base = Instant.parse("2030-01-01T00:00:00Z");
        UUID older = TestEvents.send(UUID.randomUUID(), base, TestEvents.applied(UUID.randomUUID(), P05));
        UUID newer = TestEvents.send(UUID.randomUUID(), base.plusSeconds(60),
                TestEvents.applied(UUID.randomUUID(), P05));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.auditor()).queryParam("subject", P05)
                        .when().get("/api/v1/events")
                        .then().statusCode(200).body("total", equalTo(2)));

        given().auth().oauth2(TestTokens.auditor())
                .queryParam("subject", P05).queryParam("size", 1).queryParam("page", 0)
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo(2))
                .body("items[0].eventId", equalTo(newer.toString()))
                .body("items[0].occurredAt", equalTo("2030-01-01T00:01:00Z"));
        given().auth().oauth2(TestTokens.auditor())
                .queryParam("subject", P05).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("items[0].eventId", equalTo(older.toString()));
        given().auth().oauth2(TestTokens.auditor())
                .queryParam("topic", "acceptance.events").queryParam("type", "acceptance.applied")
                .queryParam("subject", P05)
                .when().get("/api/v1/events")
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void onlyTheProvinceAndAuditorsReadTheEventLog() {
        given().auth().oauth2(TestTokens.cityOfficer("370100")).when().get("/api/v1/events")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.integration()).when().get("/api/v1/events")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/events").then().statusCode(401);
        given().auth().oauth2(TestTokens.auditor()).queryParam("size", 500)
                .when().get("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.auditor()).queryParam("page", -1)
                .when().get("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theEventLogRefusesUpdateDeleteAndTruncate() {
        UUID id = TestEvents.sendAs("manager." + P06, TestEvents.applied(UUID.randomUUID(), P06));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> loggedActor(id) != null);

        assertRefused("update event_log set actor = 'mallory' where event_id = '" + id + "'", "UPDATE");
        assertRefused("delete from event_log where event_id = '" + id + "'", "DELETE");
        // Refused even when no row matches: the trigger is per statement.
        assertRefused("delete from event_log where false", "DELETE");
        assertRefused("truncate event_log", "TRUNCATE");

        assertThat(loggedActor(id)).isEqualTo("manager." + P06);
    }

    private void assertRefused(String sql, String operation) {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery(sql).executeUpdate()))
                .satisfies(e -> {
                    SQLException sqlError = sqlException(e);
                    assertThat(sqlError.getSQLState()).isEqualTo("23001");   // restrict_violation
                    assertThat(sqlError.getMessage()).contains("event_log is append-only: " + operation + " refused");
                });
    }

    private static SQLException sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        throw new AssertionError("no SQL error in " + e, e);
    }

    private String loggedActor(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select actor from event_log where event_id = :id")
                .setParameter("id", id)
                .getResultStream().findFirst().orElse(null));
    }
}
