package cn.gov.shandong.circular.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7: a park's implementation plan, approved by its city in plans-service, reaches acceptance-service
 * and reporting-service from plans.events alone. To show that neither asks plans-service, plans-service is
 * stopped once the approval is on the topic, before either of them is read.
 *
 * <p>The park is 济南高新区 (SDP002), whose manager the test creates in Keycloak: {@link FilingFlowIT} takes
 * 明水经济技术开发区 (SDP001) through acceptance with a plan of its own, and a park has one plan per programme.
 */
@ExtendWith(LocalPlatform.Running.class)
@Order(4)
class PlanTargetsFlowIT {

    private static final String PLANS = "http://127.0.0.1:8082";
    private static final String ACCEPTANCE = "http://127.0.0.1:8083";
    private static final String REPORTING = "http://127.0.0.1:8084";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** 济南高新区 (Jinan, national level, scheduled for 2020) and the demo officer of its city. */
    private static final String PARK = "SDP002";
    private static final String OFFICER = "jinan.officer";

    @Test
    void anApprovedPlansTargetsReachAcceptanceAndReportingFromEventsOnly() throws Exception {
        String managerName = "plan-targets-" + Long.toString(System.currentTimeMillis(), 36) + "-manager";
        new Keycloak.Admin().createUser(managerName, "park-manager", Map.of("park_code", PARK), "济南高新区管委会");
        String manager = Keycloak.token(managerName);
        String officer = Keycloak.token(OFFICER);
        // The park's manager drafts and submits the plan; the city's officer approves it.
        String planId = given().auth().oauth2(manager).contentType(ContentType.JSON)
                .header("Idempotency-Key", "system-test-plan-" + UUID.randomUUID())
                .body(PlansClient.draft(PARK, "2018-2020", 2017, 2020, List.of("园区中水回用工程")))
                .when().post(PLANS + "/api/v1/implementation-plans")
                .then().statusCode(201).body("status", is("DRAFT"))
                .extract().path("id");
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .when().post(PLANS + "/api/v1/implementation-plans/" + planId + "/submission")
                .then().statusCode(200).body("status", is("SUBMITTED"));
        // Another city's officer cannot approve it.
        given().auth().oauth2(Keycloak.token("qingdao.officer")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "APPROVED"))
                .when().post(PLANS + "/api/v1/implementation-plans/" + planId + "/decision")
                .then().statusCode(404);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("outcome", "APPROVED"))
                .when().post(PLANS + "/api/v1/implementation-plans/" + planId + "/decision")
                .then().statusCode(200).body("status", is("APPROVED"));
        JsonNode approvedInPlans = JSON.readTree(given().auth().oauth2(officer)
                .when().get(PLANS + "/api/v1/implementation-plans/" + planId)
                .then().statusCode(200).extract().asString());

        // The approval is on plans.events, as any other system reads it; then plans-service goes away.
        ConsumerRecord<String, String> approval = awaitApproval(planId);
        assertThat(approval.key()).isEqualTo(PARK);
        LocalPlatform.stopComponent("plans");
        try {
            JsonNode inAcceptance = await(() -> get(ACCEPTANCE + "/api/v1/parks/" + PARK + "/plan-targets", manager),
                    body -> body.path("plans").size() == 1 && planId.equals(body.at("/plans/0/planId").asText()));
            JsonNode acceptancePlan = inAcceptance.at("/plans/0");
            assertThat(acceptancePlan.get("programmeCode").asText()).isEqualTo("2018-2020");
            assertThat(acceptancePlan.get("cityCode").asText()).isEqualTo("370100");
            assertThat(acceptancePlan.get("revision").asInt()).isEqualTo(1);
            assertSameTargets(acceptancePlan.get("targets"), approvedInPlans.get("indicators"));
            // The projects, whose completion the park reports when it applies for acceptance.
            assertThat(acceptancePlan.get("projects")).hasSize(approvedInPlans.get("projects").size());
            for (int i = 0; i < approvedInPlans.get("projects").size(); i++) {
                JsonNode project = approvedInPlans.get("projects").get(i);
                assertThat(acceptancePlan.at("/projects/" + i + "/projectId").asText()).isEqualTo(project.get("id").asText());
                assertThat(acceptancePlan.at("/projects/" + i + "/name").asText()).isEqualTo(project.get("name").asText());
            }
            // The city officer sees it, another city's officer does not.
            given().auth().oauth2(officer).when().get(ACCEPTANCE + "/api/v1/parks/" + PARK + "/plan-targets")
                    .then().statusCode(200);
            given().auth().oauth2(Keycloak.token("qingdao.officer"))
                    .when().get(ACCEPTANCE + "/api/v1/parks/" + PARK + "/plan-targets")
                    .then().statusCode(404);

            JsonNode inReporting = await(() -> get(REPORTING + "/api/v1/plan-targets?programme=2018-2020&parkCode=" + PARK,
                    officer), body -> body.path("total").asInt() == 1 && planId.equals(body.at("/items/0/planId").asText()));
            JsonNode reportingPlan = inReporting.at("/items/0");
            assertThat(reportingPlan.get("cityCode").asText()).isEqualTo("370100");
            assertThat(reportingPlan.get("parkName").asText()).isEqualTo("济南高新区");
            assertThat(reportingPlan.get("approvedAt").asText()).isEqualTo(acceptancePlan.get("approvedAt").asText());
            assertSameTargets(reportingPlan.get("targets"), approvedInPlans.get("indicators"));
            given().auth().oauth2(Keycloak.token("qingdao.officer"))
                    .when().get(REPORTING + "/api/v1/plan-targets?cityCode=370100")
                    .then().statusCode(403);
        } finally {
            LocalPlatform.startComponent("plans");
        }
    }

    /** Acceptance's and reporting's targets are plans-service's: indicator, unit, years and values. */
    private static void assertSameTargets(JsonNode targets, JsonNode indicators) {
        assertThat(targets).hasSize(indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            JsonNode expected = indicators.get(i);
            JsonNode actual = targets.get(i);
            assertThat(actual.get("indicator").asText()).isEqualTo(expected.get("code").asText());
            assertThat(actual.get("unit").asText()).isEqualTo(expected.get("unit").asText());
            for (String end : List.of("baseline", "target")) {
                assertThat(actual.at("/" + end + "/year").asInt()).as(end + " year").isEqualTo(expected.at("/" + end + "/year").asInt());
                assertThat(actual.at("/" + end + "/value").decimalValue())
                        .as(expected.get("code").asText() + " " + end).isEqualByComparingTo(expected.at("/" + end + "/value").decimalValue());
            }
        }
    }

    private interface Read {
        String body() throws Exception;
    }

    private static String get(String url, String token) {
        return given().auth().oauth2(token).when().get(url).then().extract().asString();
    }

    private static JsonNode await(Read read, java.util.function.Predicate<JsonNode> done) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            last[0] = JSON.readTree(read.body());
            return done.test(last[0]);
        });
        return last[0];
    }

    /** Reads plans.events as another system would until the plan's approval is there. */
    private static ConsumerRecord<String, String> awaitApproval(String planId) throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.KAFKA_BOOTSTRAP);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("plans.events"));
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(record);
                    if ("plan.implementation-approved".equals(header(record, "ce_type"))
                            && planId.equals(JSON.readTree(record.value()).path("planId").asText())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no plan.implementation-approved for " + planId + " among " + seen.size()
                + " records of plans.events");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
