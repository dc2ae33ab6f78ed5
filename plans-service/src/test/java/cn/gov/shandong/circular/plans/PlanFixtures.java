package cn.gov.shandong.circular.plans;

import static io.restassured.RestAssured.given;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Request bodies and helpers for the implementation plan tests. Each test class uses parks of its own
 * (a park has one plan per programme), in cities no other plans test counts: Weifang 370700 (lifecycle,
 * validation), Jining 370800 (scope), Tai'an 370900 (projects, progress and totals), Rizhao 371100 (bad requests).
 */
public final class PlanFixtures {

    public static final String PLANS = "/api/v1/implementation-plans";
    public static final String WEIFANG = "370700";
    public static final String JINING = "370800";
    public static final String TAIAN = "370900";
    public static final String RIZHAO = "371100";

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanFixtures() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static ObjectNode indicator(String code, int baselineYear, double baseline, int targetYear, double target) {
        ObjectNode node = JSON.createObjectNode().put("code", code);
        node.putObject("baseline").put("year", baselineYear).put("value", baseline);
        node.putObject("target").put("year", targetYear).put("value", target);
        return node;
    }

    /** The four core indicators, 2017 baselines and 2020 targets, all going the right way. */
    public static ArrayNode coreIndicators() {
        return JSON.createArrayNode()
                .add(indicator("RESOURCE_PRODUCTIVITY", 2017, 4200, 2020, 5100))
                .add(indicator("LAND_PRODUCTIVITY", 2017, 18.6, 2020, 22.5))
                .add(indicator("SOLID_WASTE_UTILISATION", 2017, 82.5, 2020, 95))
                .add(indicator("WATER_REUSE", 2017, 88, 2020, 92));
    }

    /** A project funded 6000 + 1000 + 600 + 1000 = 8600 万元. */
    public static ObjectNode project(String name) {
        ObjectNode project = JSON.createObjectNode().put("name", name).put("kind", "WATER_RECYCLING")
                .put("totalInvestment", 8600);
        project.putObject("funding").put("enterprise", 6000).put("centralBudget", 1000)
                .put("provincialSpecialFunds", 600).put("bankCredit", 1000);
        return project.put("startDate", "2018-03-01").put("endDate", "2019-12-31")
                .put("nationalCode", "2018-370781-46-03-012345").put("status", "PLANNED");
    }

    public static ObjectNode draft(String parkCode, ArrayNode indicators, ObjectNode... projects) {
        ObjectNode draft = JSON.createObjectNode().put("parkCode", parkCode).put("programmeCode", "2018-2020");
        draft.set("indicators", indicators);
        ArrayNode list = draft.putArray("projects");
        for (ObjectNode project : projects) {
            list.add(project);
        }
        return draft;
    }

    public static ObjectNode content(ArrayNode indicators, ObjectNode... projects) {
        ObjectNode content = JSON.createObjectNode();
        content.set("indicators", indicators);
        ArrayNode list = content.putArray("projects");
        for (ObjectNode project : projects) {
            list.add(project);
        }
        return content;
    }

    /** Drafts, submits and has the city approve a plan; returns the approved version's id. */
    public static String approvedPlan(String parkCode, String cityCode, ObjectNode... projects) {
        String id = as(TestTokens.parkManager(parkCode)).body(draft(parkCode, coreIndicators(), projects).toString())
                .post(PLANS).then().statusCode(201).extract().path("id");
        as(TestTokens.parkManager(parkCode)).post(PLANS + "/{id}/submission", id).then().statusCode(200);
        as(TestTokens.cityOfficer(cityCode)).body("{\"outcome\":\"APPROVED\"}")
                .post(PLANS + "/{id}/decision", id).then().statusCode(200);
        return id;
    }

    /** The events on plans.events about one of these plans (or projects), as downstream systems read them. */
    public static List<IncomingEvent> eventsAbout(Set<String> ids, int atLeast) {
        return KafkaTestClient.readAll("plans.events", Duration.ofSeconds(30),
                        all -> all.stream().filter(r -> about(r.value(), ids)).count() >= atLeast)
                .stream().filter(r -> about(r.value(), ids)).map(IncomingEvent::from).toList();
    }

    private static boolean about(String value, Set<String> ids) {
        JsonNode data = json(value);
        return ids.contains(data.path("planId").asText()) || ids.contains(data.path("projectId").asText());
    }

    public static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }
}
