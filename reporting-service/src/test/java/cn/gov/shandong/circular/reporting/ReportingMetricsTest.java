package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /q/metrics shows how fresh the projections are and what was consumed, per type. */
@QuarkusTest
class ReportingMetricsTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P01 = TestData.parkCode();

    private static final Pattern CONSUMED = Pattern.compile(
            "(?m)^events_consumed_total\\{consumer=\"reporting.parks\",outcome=\"applied\",type=\"park.registered\"} ([0-9.E+]+)$");
    private static final Pattern FRESHNESS = Pattern.compile("(?m)^reporting_projection_freshness_seconds ([0-9.E+-]+|NaN)$");

    @Test
    void projectionFreshnessAndConsumedEventsAppearAfterAnEventIsApplied() {
        TestEvents.send(TestEvents.parkRegistered(P01, "指标园区", "370300", "淄博市", ParkLevel.PROVINCIAL));

        String[] text = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            text[0] = given().get("/q/metrics").then().statusCode(200).extract().asString();
            return CONSUMED.matcher(text[0]).find();
        });
        Matcher consumed = CONSUMED.matcher(text[0]);
        assertThat(consumed.find()).isTrue();
        assertThat(Double.parseDouble(consumed.group(1))).isGreaterThanOrEqualTo(1);
        Matcher freshness = FRESHNESS.matcher(text[0]);
        assertThat(freshness.find()).as("freshness gauge in%n%s", text[0]).isTrue();
        // Just applied: seconds, not minutes (events of other tests may be dated in the future: then 0).
        assertThat(Double.parseDouble(freshness.group(1))).isBetween(0.0, 60.0);
    }
}
