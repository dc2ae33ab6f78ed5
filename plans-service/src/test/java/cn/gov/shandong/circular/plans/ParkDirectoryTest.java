package cn.gov.shandong.circular.plans;

import static cn.gov.shandong.circular.common.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.plans.RegistryFeed.Park;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The local park directory fed from parks.events by the plans.park-directory consumer. */
@QuarkusTest
class ParkDirectoryTest {

    private static final String SCHEDULE = "/api/v1/programmes/2018-2020/schedule";

    @Inject
    RegistryFeed feed;

    @Test
    void registeredParksGiveTheScheduleTheirNamesCitiesAndLevels() {
        feed.registerAndAwait(RegistryFeed.JINAN);
        feed.registerAndAwait(RegistryFeed.QINGDAO);

        given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam("cityCode", "370100")
                .when().get(SCHEDULE)
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.parkCode", contains("SDP001", "SDP002", "SDP003", "SDP004", "SDP005"))
                .body("items.parkName", contains("明水经济技术开发区", "济南高新区", "济南槐荫工业园区", "平阴工业园区",
                        "济南经济开发区"))
                .body("items.cityName", everyItem(equalTo("济南市")))
                .body("items.level", contains("NATIONAL", "NATIONAL", "PROVINCIAL", "PROVINCIAL", "PROVINCIAL"))
                .body("items.year", contains(2018, 2020, 2020, 2020, 2020));

        given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam("cityCode", "370100").queryParam("level", "NATIONAL").queryParam("year", 2020)
                .when().get(SCHEDULE)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.parkCode", contains("SDP002"));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        Park original = new Park("SDP099", "原名园区", "371600", "滨州市", ParkLevel.PROVINCIAL);
        Park renamed = new Park("SDP099", "新名园区", "371600", "滨州市", ParkLevel.NATIONAL);
        UUID first = UUID.randomUUID();
        feed.sendRegistered(first, original);
        await().atMost(Duration.ofSeconds(30)).until(() -> "原名园区".equals(feed.directoryName("SDP099")));
        feed.sendRegistered(UUID.randomUUID(), renamed);
        await().atMost(Duration.ofSeconds(30)).until(() -> "新名园区".equals(feed.directoryName("SDP099")));

        // The first event again, then an event of a type this service ignores, on the same key (same
        // partition, so handled after the duplicate): once that one is recorded, the duplicate was handled.
        feed.sendRegistered(first, original);
        UUID sentinel = UUID.randomUUID();
        feed.send(sentinel, "park.some-future-fact", "SDP099", Map.of("parkCode", "SDP099"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                feed.count("select count(*) from processed_event where event_id = :p", sentinel) == 1);

        assertThat(feed.directoryName("SDP099")).isEqualTo("新名园区");
        assertThat(feed.count("select count(*) from park_directory where park_code = :p", "SDP099")).isEqualTo(1);
        assertThat(feed.count("select count(*) from processed_event where event_id = :p", first)).isEqualTo(1);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam("cityCode", "371600").queryParam("level", "NATIONAL")
                .when().get(SCHEDULE)
                .then().statusCode(200)
                .body("items.parkCode", contains("SDP099"))
                .body("items[0].parkName", equalTo("新名园区"));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicLeavesNothingAndDoesNotStopThePartition() {
        // Not an event at all, and a park.registered whose level no one knows.
        KafkaTestClient.send(RegistryFeed.PARKS_TOPIC, "SDP090", Map.of("ce_type", "park.registered"), "not json");
        UUID badLevel = UUID.randomUUID();
        feed.sendRegisteredData(badLevel, "SDP090", EventFixtures.data(
                new Park("SDP090", "坏级别园区", "371500", "聊城市", ParkLevel.PROVINCIAL).registered()).put("level", "FOO"));
        UUID after = UUID.randomUUID();
        feed.send(after, "park.some-future-fact", "SDP090", Map.of("parkCode", "SDP090"));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                feed.count("select count(*) from processed_event where event_id = :p", after) == 1);
        assertThat(feed.directoryName("SDP090")).isNull();
        assertThat(feed.count("select count(*) from processed_event where event_id = :p", badLevel)).isZero();

        var deadLetters = KafkaTestClient.readAll("plans-service.dlq", Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> badLevel.toString().equals(header(r, "ce_id")))
                        && all.stream().anyMatch(r -> "not json".equals(r.value())));
        assertThat(deadLetters).anyMatch(r -> "not json".equals(r.value()));
        assertThat(deadLetters).anyMatch(r -> badLevel.toString().equals(header(r, "ce_id")));
    }
}
