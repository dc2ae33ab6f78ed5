package cn.gov.shandong.circular.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.systemtest.JsonHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * A park's implementation plan (实施方案) taken to approval in plans-service as its users do it: the park's
 * manager drafts and submits it, an officer of the park's city approves it; and acceptance-service's copy
 * of the approved plan (from {@code plan.implementation-approved}), which an acceptance application
 * answers with its achieved values and project completions.
 */
final class PlansClient {

    static final String PLANS = "http://127.0.0.1:8082";
    static final String ACCEPTANCE = "http://127.0.0.1:8083";

    private final JsonHttp http = new JsonHttp();

    /**
     * A plan's content: the four core indicators and COD emissions (baselines in {@code baselineYear},
     * targets in {@code targetYear}) and one project per name, fully funded by its sources.
     */
    static Map<String, Object> draft(String parkCode, String programmeCode, int baselineYear, int targetYear,
                                     List<String> projectNames) {
        List<Object> indicators = List.of(
                indicator("RESOURCE_PRODUCTIVITY", baselineYear, 4200, targetYear, 5100),
                indicator("LAND_PRODUCTIVITY", baselineYear, 18.6, targetYear, 22.5),
                indicator("SOLID_WASTE_UTILISATION", baselineYear, 82.5, targetYear, 95),
                indicator("WATER_REUSE", baselineYear, 88, targetYear, 92),
                indicator("COD_EMISSIONS", baselineYear, 1250, targetYear, 980));
        List<Object> projects = new ArrayList<>();
        for (String name : projectNames) {
            projects.add(Map.of("name", name, "kind", "WATER_RECYCLING", "totalInvestment", 8600,
                    "funding", Map.of("enterprise", 6000, "centralBudget", 1000, "provincialSpecialFunds", 600,
                            "bankCredit", 1000),
                    "startDate", (baselineYear + 1) + "-03-01", "endDate", targetYear + "-12-31",
                    "status", "PLANNED"));
        }
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("parkCode", parkCode);
        draft.put("programmeCode", programmeCode);
        draft.put("indicators", indicators);
        draft.put("projects", projects);
        return draft;
    }

    private static Map<String, Object> indicator(String code, int baselineYear, Number baseline, int targetYear,
                                                 Number target) {
        return Map.of("code", code, "baseline", Map.of("year", baselineYear, "value", baseline),
                "target", Map.of("year", targetYear, "value", target));
    }

    /**
     * The manager drafts ({@code Idempotency-Key}) and submits the plan, the officer approves it; returns the
     * approved version as plans-service reads it (its {@code id} is the plan id the approval event carries).
     */
    JsonNode approve(Map<String, Object> draft, String manager, String officer, String idempotencyKey)
            throws IOException, InterruptedException {
        String park = String.valueOf(draft.get("parkCode"));
        Reply created = http.post(PLANS + "/api/v1/implementation-plans", Keycloak.token(manager), draft,
                Map.of("Idempotency-Key", idempotencyKey));
        assertThat(created.status()).as(park + " plan draft: " + created).isIn(200, 201);
        String id = created.body().path("id").asText();
        Reply submitted = http.post(PLANS + "/api/v1/implementation-plans/" + id + "/submission",
                Keycloak.token(manager), null, Map.of());
        assertThat(submitted.status()).as(park + " plan submission: " + submitted).isEqualTo(200);
        Reply approved = http.post(PLANS + "/api/v1/implementation-plans/" + id + "/decision",
                Keycloak.token(officer), Map.of("outcome", "APPROVED"), Map.of());
        assertThat(approved.status()).as(park + " plan approval: " + approved).isEqualTo(200);
        assertThat(approved.body().path("status").asText()).as(park + " plan status").isEqualTo("APPROVED");
        return approved.body();
    }

    /**
     * Waits until acceptance-service holds the approved plan (it arrives on plans.events) and returns it as
     * {@code GET /api/v1/parks/{parkCode}/plan-targets} shows it: programme, targets with units, projects.
     */
    JsonNode awaitInAcceptance(String parkCode, String planId, String user, Duration atMost) {
        JsonNode[] found = new JsonNode[1];
        Awaitility.await(parkCode + "'s approved plan in acceptance-service").atMost(atMost)
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    Reply reply = http.get(ACCEPTANCE + "/api/v1/parks/" + parkCode + "/plan-targets",
                            Keycloak.token(user));
                    for (JsonNode plan : reply.body().path("plans")) {
                        if (planId.equals(plan.path("planId").asText())) {
                            found[0] = plan;
                            return true;
                        }
                    }
                    return false;
                });
        return found[0];
    }
}
