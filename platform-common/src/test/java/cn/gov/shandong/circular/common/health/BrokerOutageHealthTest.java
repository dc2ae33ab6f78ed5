package cn.gov.shandong.circular.common.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import cn.gov.shandong.circular.common.fixture.Ledger;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With no broker to be had, the service is still ready (it takes writes; the outbox keeps their events)
 * and started; the messaging group shows the broker DOWN and the backlog growing.
 */
@QuarkusTest
@TestProfile(BrokerOutageHealthTest.NoBroker.class)
class BrokerOutageHealthTest {

    /** kafka.bootstrap.servers points at a port where nothing listens. */
    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PlatformTestResource.class,
                    Map.of("kafka.bootstrap.servers", "127.0.0.1:1")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    Ledger ledger;

    @Test
    void readinessAndStartupStayUpWhileTheMessagingGroupShowsTheBrokerDownAndTheBacklog() {
        ledger.credit("acct-outage-" + UUID.randomUUID(), 1);
        ledger.credit("acct-outage-" + UUID.randomUUID(), 2);

        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/group/messaging").then().statusCode(503)
                .body("checks.find { it.name == 'kafka-broker' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'outbox' }.data.unsent", greaterThanOrEqualTo(2));
        // The backlog ages, visible in the metrics too.
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            return metrics.contains("outbox_events_unsent 2.0") && !metrics.contains("outbox_oldest_unsent_age_seconds 0.0");
        });
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
