package cn.gov.shandong.circular.plans;

import static cn.gov.shandong.circular.common.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkScheduled;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The 2018-2020 programme's schedule as seeded from Attachment 2, and its announcement on plans.events. */
@QuarkusTest
class SeededScheduleTest {

    private static final String SCHEDULE = "/api/v1/programmes/2018-2020/schedule";

    @Inject
    EntityManager entityManager;

    @Inject
    RegistryFeed feed;

    @Test
    void scheduleListsThe106ParksOfAttachment2ByParkCode() {
        JsonPath page = given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam("size", 200)
                .when().get(SCHEDULE)
                .then().statusCode(200)
                .body("total", equalTo(106))
                .body("page", equalTo(0))
                .body("size", equalTo(200))
                .body("items", hasSize(106))
                .extract().jsonPath();

        List<String> codes = page.getList("items.parkCode", String.class);
        assertThat(codes).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 106).mapToObj(n -> String.format("SDP%03d", n)).toList());
        Map<String, Integer> yearByPark = IntStream.range(0, 106).boxed().collect(Collectors.toMap(
                i -> page.getString("items[" + i + "].parkCode"), i -> page.getInt("items[" + i + "].year")));
        assertThat(yearByPark).containsEntry("SDP001", 2018).containsEntry("SDP002", 2020)
                .containsEntry("SDP010", 2019).containsEntry("SDP106", 2020);
        // No test registers SDP100: a park the registry has not announced still lists, without its details.
        assertThat(page.getMap("items.find { it.parkCode == 'SDP100' }"))
                .containsEntry("year", 2020)
                .containsEntry("parkName", null)
                .containsEntry("cityCode", null)
                .containsEntry("cityName", null)
                .containsEntry("level", null);
    }

    @Test
    void parksPerYearAreThoseOfAttachment2() {
        assertThat(totalFor(2018)).isEqualTo(16);
        assertThat(totalFor(2019)).isEqualTo(17);
        assertThat(totalFor(2020)).isEqualTo(73);
    }

    @Test
    void pagesFollowTheParkCodes() {
        given().auth().oauth2(TestTokens.auditor())
                .queryParam("year", 2018).queryParam("page", 1).queryParam("size", 5)
                .when().get(SCHEDULE)
                .then().statusCode(200)
                .body("total", equalTo(16))
                .body("page", equalTo(1))
                .body("items.parkCode", contains("SDP030", "SDP031", "SDP032", "SDP033", "SDP034"));
    }

    @Test
    void eachParkShowsItsScheduledYear() {
        given().auth().oauth2(TestTokens.integration())
                .when().get("/api/v1/parks/SDP001/schedule")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].programmeCode", equalTo("2018-2020"))
                .body("items[0].year", equalTo(2018));
        given().auth().oauth2(TestTokens.expert())
                .when().get("/api/v1/parks/SDP002/schedule")
                .then().statusCode(200)
                .body("items.year", contains(2020));
    }

    @Test
    void theSeededSchedulesArePublishedAsPlanParkScheduledEvents() throws Exception {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select cast(id as varchar), event_key from outbox_event "
                        + "where event_type = 'plan.park-scheduled' and correlation_id = 'seed:attachment-2'")
                .getResultList());
        Map<String, String> parkByEventId = rows.stream().map(row -> (Object[]) row)
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
        assertThat(parkByEventId).hasSize(106);

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll("plans.events",
                Duration.ofSeconds(60), all -> seen(all).containsAll(parkByEventId.keySet()));
        Map<String, ConsumerRecord<String, String>> byId = records.stream()
                .filter(r -> parkByEventId.containsKey(header(r, "ce_id")))
                .collect(Collectors.toMap(r -> header(r, "ce_id"), Function.identity(), (first, again) -> first));
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(parkByEventId.keySet());

        ObjectMapper json = new ObjectMapper();
        Set<String> parks = new HashSet<>();
        for (ConsumerRecord<String, String> record : byId.values()) {
            String park = parkByEventId.get(header(record, "ce_id"));
            parks.add(park);
            assertThat(record.key()).isEqualTo(park);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_type")).isEqualTo("plan.park-scheduled");
            assertThat(header(record, "ce_source")).isEqualTo("/plans-service");
            assertThat(header(record, "ce_subject")).isEqualTo(park);
            assertThat(header(record, "ce_time")).isNotBlank();
            assertThat(header(record, "ce_actor")).isEqualTo("system");
            assertThat(header(record, "ce_correlationid")).isEqualTo("seed:attachment-2");
            // The seed writes its rows in SQL: each must still decode into the contract's record.
            ParkScheduled scheduled = IncomingEvent.from(record).dataAs(ParkScheduled.class);
            assertThat(scheduled.programmeCode()).isEqualTo("2018-2020");
            assertThat(scheduled.parkCode()).isEqualTo(park);
            JsonNode data = json.readTree(record.value());
            assertThat(data.get("actor").asText()).isEqualTo("system");
            assertThat(data.get("correlationId").asText()).isEqualTo("seed:attachment-2");
        }
        assertThat(parks).hasSize(106);
        Map<String, Integer> yearOf = byId.values().stream().collect(Collectors.toMap(
                ConsumerRecord::key, r -> readYear(json, r.value())));
        assertThat(yearOf).containsEntry("SDP001", 2018).containsEntry("SDP002", 2020);
        assertThat(yearOf.values().stream().collect(Collectors.groupingBy(y -> y, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(2018, 16L, 2019, 17L, 2020, 73L));
    }

    @Test
    void aYearOutsideTheProgrammeCannotBeScheduled() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into scheduled_completion (programme_code, park_code, year) "
                                + "values ('2018-2020', 'SDP107', 2021)")
                .executeUpdate()))
                .hasStackTraceContaining("outside programme 2018-2020");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update programme set end_year = 2019 where code = '2018-2020'")
                .executeUpdate()))
                .hasStackTraceContaining("would leave scheduled parks outside its years");

        assertThat(feed.count("select count(*) from scheduled_completion where programme_code = :p", "2018-2020"))
                .isEqualTo(106);
        assertThat(feed.count("select count(*) from programme where end_year = 2020 and code = :p", "2018-2020"))
                .isEqualTo(1);
    }

    private static int totalFor(int year) {
        return given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam("year", year)
                .when().get(SCHEDULE)
                .then().statusCode(200)
                .body("items.year", org.hamcrest.Matchers.everyItem(equalTo(year)))
                .extract().path("total");
    }

    private static Set<String> seen(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> header(r, "ce_id")).collect(Collectors.toSet());
    }

    private static int readYear(ObjectMapper json, String value) {
        try {
            return json.readTree(value).get("year").asInt();
        } catch (Exception e) {
            throw new AssertionError("unreadable event data " + value, e);
        }
    }
}
