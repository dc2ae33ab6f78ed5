package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.approved;
import static cn.gov.shandong.circular.acceptance.Fixtures.count;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.ImplementationPlanReturned;
import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.ParkScheduled;
import cn.gov.shandong.circular.events.PlanTarget;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * An approved implementation plan's targets reach acceptance from plans.events alone: read within scope,
 * the newest approved revision wins whatever the arrival order, other plan types are ignored and poison
 * goes to the dead-letter topic. Parks SDP081 and SDP082 (Dongying 370500) and SDP083-SDP086, none of
 * which is registered here: a plan may arrive before its park.
 */
@QuarkusTest
class PlanTargetsTest {

    private static final String DONGYING = "370500";

    @Inject
    EntityManager entityManager;

    @Test
    void anApprovedPlansTargetsAreReadWithTheirUnitsWithinTheCallersScope() {
        UUID planId = UUID.randomUUID();
        UUID event = EventFixtures.publish(UUID.randomUUID(), Instant.parse("2018-06-15T02:30:00Z"),
                approved(planId, "SDP081", DONGYING, 1, 0), "officer.370500");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(event));

        given().auth().oauth2(TestTokens.parkManager("SDP081"))
                .when().get("/api/v1/parks/SDP081/plan-targets")
                .then().statusCode(200)
                .body("parkCode", equalTo("SDP081"))
                .body("plans", hasSize(1))
                .body("plans[0].programmeCode", equalTo("2018-2020"))
                .body("plans[0].cityCode", equalTo(DONGYING))
                .body("plans[0].planId", equalTo(planId.toString()))
                .body("plans[0].revision", equalTo(1))
                .body("plans[0].approvedAt", equalTo("2018-06-15T02:30:00Z"))
                .body("plans[0].targets.indicator", contains("RESOURCE_PRODUCTIVITY", "LAND_PRODUCTIVITY",
                        "SOLID_WASTE_UTILISATION", "WATER_REUSE"))
                .body("plans[0].targets[1].name", equalTo("土地产出率"))
                .body("plans[0].targets[1].unit", equalTo("亿元/平方公里"))
                .body("plans[0].targets[1].baseline.year", equalTo(2017))
                .body("plans[0].targets[1].baseline.value", equalTo(18.6f))
                .body("plans[0].targets[1].target.year", equalTo(2020))
                .body("plans[0].targets[1].target.value", equalTo(22.5f))
                .body("plans[0].targets[3].unit", equalTo("%"))
                .body("plans[0].targets[3].target.value", equalTo(92));
        for (String token : List.of(TestTokens.provinceAdmin(), TestTokens.cityOfficer(DONGYING), TestTokens.expert(),
                TestTokens.auditor(), TestTokens.integration())) {
            given().auth().oauth2(token).when().get("/api/v1/parks/SDP081/plan-targets?programmeCode=2018-2020")
                    .then().statusCode(200).body("plans[0].planId", equalTo(planId.toString()));
        }
        // Outside the scope it does not exist: another park's manager, another city's officer.
        given().auth().oauth2(TestTokens.parkManager("SDP082")).when().get("/api/v1/parks/SDP081/plan-targets")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.cityOfficer("370600")).when().get("/api/v1/parks/SDP081/plan-targets")
                .then().statusCode(404).contentType("application/problem+json");
        // No plan under that programme, no approved plan at all, a malformed programme, no token.
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/parks/SDP081/plan-targets?programmeCode=2021-2025")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/parks/SDP082/plan-targets")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/parks/SDP081/plan-targets?programmeCode=2018")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/parks/SDP081/plan-targets").then().statusCode(401);
    }

    @Test
    void theNewestApprovedRevisionWinsWhateverOrderTheEventsArriveIn() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID firstEvent = UUID.randomUUID();
        Instant approvedFirst = Instant.parse("2018-06-15T02:30:00Z");
        EventFixtures.publish(firstEvent, approvedFirst, approved(first, "SDP083", DONGYING, 1, 0), "officer.370500");
        // Revision 2 drops nothing but raises every target, and adds an optional indicator.
        List<PlanTarget> revised = new ArrayList<>(approved(second, "SDP083", DONGYING, 2, 1).targets());
        revised.add(new PlanTarget(Indicator.COD_EMISSIONS, "吨/年", 2017, 1250.0, 2020, 980.0));
        EventFixtures.publish(UUID.randomUUID(), approvedFirst.plusSeconds(86_400),
                new ImplementationPlanApproved(second, "SDP083", DONGYING, "2018-2020", 2, revised, List.of()), "officer.370500");
        // Revision 1 again: redelivered as it was (same ce_id), and republished under a new id and a later time.
        EventFixtures.publish(firstEvent, approvedFirst, approved(first, "SDP083", DONGYING, 1, 0), "officer.370500");
        EventFixtures.publish(UUID.randomUUID(), approvedFirst.plusSeconds(2 * 86_400),
                approved(first, "SDP083", DONGYING, 1, 0), "officer.370500");
        // Plan types acceptance does not use, on the same partition: once they are processed, so is all the above.
        EventFixtures.publish(new ParkScheduled("2018-2020", "SDP083", 2019));
        UUID marker = EventFixtures.publish(new ImplementationPlanReturned(UUID.randomUUID(), "SDP083", DONGYING,
                "2018-2020", 3, "请补充项目清单"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(marker));

        given().auth().oauth2(TestTokens.cityOfficer(DONGYING)).when().get("/api/v1/parks/SDP083/plan-targets")
                .then().statusCode(200)
                .body("plans", hasSize(1))
                .body("plans[0].planId", equalTo(second.toString()))
                .body("plans[0].revision", equalTo(2))
                .body("plans[0].approvedAt", equalTo("2018-06-16T02:30:00Z"))
                .body("plans[0].targets", hasSize(5))
                .body("plans[0].targets[0].target.value", equalTo(5101))
                .body("plans[0].targets[4].indicator", equalTo("COD_EMISSIONS"))
                .body("plans[0].targets[4].unit", equalTo("吨/年"))
                .body("plans[0].targets[4].target.value", equalTo(980));
        assertThat(count(entityManager, "select count(*) from processed_event where event_id = '" + firstEvent + "'"))
                .isEqualTo(1);
        assertThat(count(entityManager, "select count(*) from approved_plan where park_code = 'SDP083'")).isEqualTo(1);

        // A third revision that drops the optional indicator replaces all of the second's targets.
        UUID third = UUID.randomUUID();
        UUID thirdEvent = EventFixtures.publish(approved(third, "SDP083", DONGYING, 3, 2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(thirdEvent));
        given().auth().oauth2(TestTokens.cityOfficer(DONGYING)).when().get("/api/v1/parks/SDP083/plan-targets")
                .then().statusCode(200)
                .body("plans[0].planId", equalTo(third.toString()))
                .body("plans[0].revision", equalTo(3))
                .body("plans[0].targets", hasSize(4))
                .body("plans[0].targets[3].target.value", equalTo(94));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndLaterApprovalsStillApply() {
        KafkaTestClient.send(Fixtures.PLANS_TOPIC, "SDP084", Map.of("ce_type", "plan.implementation-approved"),
                "not a cloud event");
        // Well-formed envelopes whose data is not an approval: a core indicator missing, a unit that is not the indicator's.
        ObjectNode lacksCore = EventFixtures.data(approved(UUID.randomUUID(), "SDP084", DONGYING, 1, 0));
        lacksCore.withArray("targets").remove(3);
        UUID withoutWaterReuse = EventFixtures.publishData(UUID.randomUUID(), null, ImplementationPlanApproved.TYPE,
                "SDP084", lacksCore);
        ObjectNode wrongUnit = EventFixtures.data(approved(UUID.randomUUID(), "SDP084", DONGYING, 1, 0));
        ((ObjectNode) wrongUnit.withArray("targets").get(0)).put("unit", "吨");
        UUID inTonnes = EventFixtures.publishData(UUID.randomUUID(), null, ImplementationPlanApproved.TYPE, "SDP084",
                wrongUnit);
        UUID planId = UUID.randomUUID();
        UUID good = EventFixtures.publish(approved(planId, "SDP084", DONGYING, 1, 0));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> processed(good));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/parks/SDP084/plan-targets")
                .then().statusCode(200).body("plans[0].planId", equalTo(planId.toString()));
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.readAll(Fixtures.DLQ, Duration.ofSeconds(30), all ->
                all.stream().anyMatch(r -> "not a cloud event".equals(r.value()))
                        && all.stream().anyMatch(r -> withoutWaterReuse.toString().equals(KafkaTestClient.header(r, "ce_id")))
                        && all.stream().anyMatch(r -> inTonnes.toString().equals(KafkaTestClient.header(r, "ce_id"))));
        ConsumerRecord<String, String> lacking = dead.stream()
                .filter(r -> withoutWaterReuse.toString().equals(KafkaTestClient.header(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(KafkaTestClient.header(lacking, "dead-letter-reason")).contains("core indicator");
        assertThat(KafkaTestClient.header(lacking, "dead-letter-topic")).isEqualTo(Fixtures.PLANS_TOPIC);
        assertThat(processed(withoutWaterReuse)).isFalse();
        assertThat(processed(inTonnes)).isFalse();
    }

    private boolean processed(UUID eventId) {
        return count(entityManager, "select count(*) from processed_event where consumer = 'acceptance.plan-targets'"
                + " and event_id = '" + eventId + "'") == 1;
    }
}
