package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The province's registry as parks-service's seed announces it on parks.events: the 106 parks of Attachment 2, in
 * the 17 cities of 2018. Reporting knows the province's cities from these events (issue 20, item 4), so a test that
 * reads every city (the annual reports' list) publishes them first.
 */
final class ProvinceRegistry {

    private static boolean published;

    private ProvinceRegistry() {
    }

    /** Publishes the registrations once per test run and waits until reporting knows every city of them. */
    static synchronized void published() {
        if (published) {
            return;
        }
        List<Attachments.ScheduledPark> parks = Attachments.attachment2();
        assertThat(parks).hasSize(106);
        for (Attachments.ScheduledPark park : parks) {
            TestEvents.send(TestEvents.parkRegistered(park.code(), park.name(), park.cityCode(), park.cityName(),
                    ParkLevel.named(park.level()).orElseThrow()));
        }
        published = true;
        // 2018: the year every one of the 17 cities owes a report (莱芜市 was abolished in 2019).
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/annual-reports?year=2018")
                        .then().statusCode(200).extract().jsonPath().getList("items.cityCode", String.class))
                        .containsAll(Attachments.CITY_CODES.values()));
    }
}
