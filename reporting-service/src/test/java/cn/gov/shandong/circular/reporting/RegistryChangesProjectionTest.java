package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkLevelChanged;
import cn.gov.shandong.circular.events.ParkRenamed;
import cn.gov.shandong.circular.events.ParkRetired;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The registry's changes of a park (docs/decisions.md, 42) in park_view: a rename and a level change keep the name
 * and level current, an older change read late does not undo a newer one, and a retirement is logged and projected
 * (park_view's retired_on, decision 44). Its own park P11 in 临沂市, which no other test uses.
 */
@QuarkusTest
class RegistryChangesProjectionTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P11 = TestData.parkCode();

    @Inject
    EntityManager entityManager;

    @Test
    void renamesAndLevelChangesKeepTheParkViewCurrentAndRetirementsAreLogged() {
        TestEvents.send(UUID.randomUUID(), Instant.parse("2024-01-01T00:00:00Z"),
                TestEvents.parkRegistered(P11, "投影测试园区", "371300", "临沂市", ParkLevel.PROVINCIAL));
        TestEvents.send(UUID.randomUUID(), Instant.parse("2024-03-01T00:00:00Z"), new ParkRenamed(P11, "371300",
                "投影测试园区", "投影测试更名园区", LocalDate.parse("2024-03-01"), null));
        TestEvents.send(UUID.randomUUID(), Instant.parse("2024-06-01T00:00:00Z"), new ParkLevelChanged(P11, "371300",
                ParkLevel.PROVINCIAL, ParkLevel.NATIONAL, LocalDate.parse("2024-06-01"), "国函〔2024〕61号"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "投影测试更名园区 NATIONAL".equals(view()));

        // A rename dated before the level change, read after it: it is older than the row, so it changes nothing.
        TestEvents.send(UUID.randomUUID(), Instant.parse("2024-02-01T00:00:00Z"), new ParkRenamed(P11, "371300",
                "投影测试园区", "投影测试旧名园区", LocalDate.parse("2024-02-01"), null));
        UUID retired = TestEvents.send(UUID.randomUUID(), Instant.parse("2024-12-01T00:00:00Z"), new ParkRetired(P11,
                "371300", LocalDate.parse("2024-12-01"), "测试撤销", null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.auditor()).queryParam("subject", P11).when().get("/api/v1/events")
                        .then().statusCode(200).body("total", equalTo(5)));
        assertThat(view()).isEqualTo("投影测试更名园区 NATIONAL");
        assertThat(retired).isNotNull();
        // The retirement is projected (decision 44): the day it took effect, and the registration's time kept.
        assertThat(status()).isEqualTo("2024-12-01 2024-01-01T00:00:00Z");
    }

    private String status() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery("select cast(retired_on as varchar) || ' ' || to_char(registered_at"
                    + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from park_view where park_code = '" + P11 + "'")
                    .getResultList();
            return rows.isEmpty() ? null : rows.get(0).toString();
        });
    }

    private String view() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery(
                    "select name || ' ' || level from park_view where park_code = '" + P11 + "'").getResultList();
            return rows.isEmpty() ? null : rows.get(0).toString();
        });
    }
}
