package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input answers 4xx problem+json and leaves nothing behind: no row, no event. */
@QuarkusTest
class BadInputTest {

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void parksAreKnown() {
        Fixtures.ensureParksKnown(entityManager);
    }

    @Test
    void badApplicationsLeaveNothingBehind() {
        String manager = TestTokens.parkManager("SDP004");

        problem(as(manager).body("{\"parkCode\":\"SDP004\",\"summary\":").post("/api/v1/applications"), 400);
        problem(as(manager).body("{\"parkCode\":\"SDP004\"}").post("/api/v1/applications"), 400)
                .body("violations.field", hasItem(containsString("summary")));
        problem(as(manager).body(applyBody("SDP004", "   ")).post("/api/v1/applications"), 400)
                .body("violations.field", hasItem(containsString("summary")));
        problem(as(manager).body(applyBody("SDP004", "长".repeat(4001))).post("/api/v1/applications"), 400)
                .body("violations.field", hasItem(containsString("summary")));
        problem(as(manager).body("{\"parkCode\":{\"code\":\"SDP004\"},\"summary\":\"类型错误\"}")
                .post("/api/v1/applications"), 400)
                .body("field", equalTo("parkCode"));
        problem(as(manager).body("[]").post("/api/v1/applications"), 400);
        problem(as(manager).post("/api/v1/applications"), 400);
        problem(as(manager).contentType("text/plain").body("parkCode=SDP004").post("/api/v1/applications"), 415);
        problem(as(manager).header("Idempotency-Key", "空格 不行").body(applyBody("SDP004", "键不合法"))
                .post("/api/v1/applications"), 400)
                .body("field", equalTo("Idempotency-Key"));

        assertThat(Fixtures.applicationsOf(entityManager, "SDP004")).isZero();
        assertThat(Fixtures.eventsOf(entityManager, "SDP004")).isZero();
        assertThat(Fixtures.count(entityManager, "select count(*) from idempotency_key")).isEqualTo(
                Fixtures.count(entityManager, "select count(*) from idempotency_key where resource_id is not null"));
    }

    @Test
    void unknownParkIsAnUnknownReference() {
        problem(as(TestTokens.parkManager("SDP999")).body(applyBody("SDP999", "目录里没有的园区"))
                .post("/api/v1/applications"), 422)
                .body("type", equalTo("urn:circular-parks:problem:unknown-reference"))
                .body("field", equalTo("parkCode"));

        assertThat(Fixtures.applicationsOf(entityManager, "SDP999")).isZero();
        assertThat(Fixtures.eventsOf(entityManager, "SDP999")).isZero();
    }

    @Test
    void badReviewsChangeNothing() {
        String id = as(TestTokens.parkManager("SDP010"))
                .body(applyBody("SDP010", "高青经济开发区验收申请"))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        String officer = TestTokens.cityOfficer("370300");
        String decision = "/api/v1/applications/{id}/decision";

        problem(as(officer).body("{\"outcome\":\"PASSED\",\"reasons\":").post(decision, id), 400);
        problem(as(officer).body("{\"outcome\":\"PASSED\",\"reasons\":[1]}").post(decision, id), 400);
        problem(as(officer).body("{\"outcome\":\"MAYBE\"}").post(decision, id), 400);
        problem(as(officer).body("{\"reasons\":\"无结论\"}").post(decision, id), 400)
                .body("violations.field", hasItem(containsString("outcome")));
        problem(as(officer).body(Fixtures.decisionBody("FAILED", null)).post(decision, id), 400)
                .body("field", equalTo("reasons"));
        problem(as(officer).body(Fixtures.decisionBody("RETURNED", " ")).post(decision, id), 400)
                .body("field", equalTo("reasons"));
        problem(as(officer).body(Fixtures.decisionBody("RETURNED", "意".repeat(4001))).post(decision, id), 400)
                .body("violations.field", hasItem(containsString("reasons")));
        problem(as(officer).header("If-Match", "\"7\"").body(Fixtures.decisionBody("RETURNED", "请补充")).post(decision, id), 412)
                .body("type", equalTo("urn:circular-parks:problem:stale-version"));
        // Passing without a review opened and scored by a panel is not a move the application can make.
        problem(as(officer).body(Fixtures.decisionBody("PASSED", null)).post(decision, id), 409)
                .body("type", equalTo("urn:circular-parks:problem:illegal-transition"));

        as(TestTokens.provinceAdmin()).get("/api/v1/applications/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("review", equalTo(null))
                .body("version", equalTo(0));
        assertThat(Fixtures.eventsOf(entityManager, "SDP010")).isEqualTo(1);

        // The same review, well-formed and current, goes through.
        as(officer).header("If-Match", "\"0\"").body(Fixtures.decisionBody("RETURNED", "请补充材料")).post(decision, id)
                .then().statusCode(200).body("status", equalTo("RETURNED"));
        problem(as(TestTokens.parkManager("SDP010")).body("{\"summary\":\"\"}")
                .post("/api/v1/applications/{id}/resubmission", id), 400)
                .body("violations.field", not(hasItem("parkCode")));
        as(TestTokens.provinceAdmin()).get("/api/v1/applications/{id}", id)
                .then().body("status", equalTo("RETURNED")).body("summary", equalTo("高青经济开发区验收申请"));
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status));
    }
}
