package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.shandong.circular.acceptance.Fixtures.Park;
import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkMerged;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A park the registry merged into another (or retired) takes no new acceptance application (docs/decisions.md 50):
 * its plan was approved while it was active, but it is no longer one of the province's parks.
 */
@QuarkusTest
class RetiredParkTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aMergedParkCannotApplyAndNothingIsRecorded() {
        Fixtures.publishParkRegistered(new Park("SDP091", "退出测试园区", "370100", "济南市", ParkLevel.PROVINCIAL));
        EventFixtures.publish(Fixtures.approved(Fixtures.planOf("SDP091"), "SDP091", "370100", 1, 0,
                List.of(Fixtures.project("SDP091"))));
        EventFixtures.publish(new ParkMerged("SDP091", "370100", "SDP001", LocalDate.parse("2024-07-01"), "鲁政字〔2024〕1号"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                count(entityManager, "select count(*) from park_directory where park_code = 'SDP091' and status = 'RETIRED'") == 1
                && count(entityManager, "select count(*) from approved_plan_project where park_code = 'SDP091'") == 1);
        long outbox = count(entityManager, "select count(*) from outbox_event");

        Fixtures.as(TestTokens.parkManager("SDP091"))
                .body(Fixtures.applyBody("SDP091", "退出测试园区验收申请"))
                .post("/api/v1/applications")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:park-retired"))
                .body("detail", containsString("on 2024-07-01 (merged into SDP001)"));

        assertThat(Fixtures.applicationsOf(entityManager, "SDP091")).isZero();
        assertThat(count(entityManager, "select count(*) from outbox_event")).isEqualTo(outbox);
    }
}
