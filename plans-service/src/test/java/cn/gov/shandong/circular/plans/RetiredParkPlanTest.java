package cn.gov.shandong.circular.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ParkRetired;
import cn.gov.shandong.circular.events.ZoneKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A park the registry retired takes no new implementation plan (docs/decisions.md 50): it is no longer one of the
 * province's active parks.
 */
@QuarkusTest
class RetiredParkPlanTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aRetiredParkGetsNoNewPlanAndNothingIsRecorded() {
        EventFixtures.publish(new ParkRegistered("SDP302", "撤销测试园区", PlanFixtures.RIZHAO, "日照市",
                ParkLevel.PROVINCIAL, ZoneKind.INDUSTRIAL_PARK));
        EventFixtures.publish(new ParkRetired("SDP302", PlanFixtures.RIZHAO, LocalDate.parse("2023-01-01"),
                "园区规划范围调整后撤销。", null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from park_directory where park_code = 'SDP302' and status = 'RETIRED'") == 1);
        long plans = count("select count(*) from implementation_plan");
        long outbox = count("select count(*) from outbox_event");

        PlanFixtures.as(TestTokens.parkManager("SDP302"))
                .body(PlanFixtures.draft("SDP302", PlanFixtures.coreIndicators(), PlanFixtures.project("园区中水回用工程")))
                .post(PlanFixtures.PLANS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:park-retired"))
                .body("detail", containsString("SDP302 left the registry's active parks on 2023-01-01"));

        assertThat(count("select count(*) from implementation_plan")).isEqualTo(plans);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(outbox);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
