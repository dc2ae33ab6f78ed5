package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;
import static cn.gov.shandong.circular.acceptance.Fixtures.count;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Roles and data-level scope: a city sees its parks, a park itself, the province everything. */
@QuarkusTest
class ApplicationScopeTest {

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void parksAreKnown() {
        Fixtures.ensureParksKnown(entityManager);
    }

    @Test
    void managerCannotApplyForAnotherPark() {
        long applicationsBefore = Fixtures.applicationsOf(entityManager, "SDP001");
        long eventsBefore = Fixtures.eventsOf(entityManager, "SDP001");

        as(TestTokens.parkManager("SDP006"))
                .body(applyBody("SDP001", "替别的园区申请"))
                .post("/api/v1/applications")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:out-of-scope"));

        assertThat(Fixtures.applicationsOf(entityManager, "SDP001")).isEqualTo(applicationsBefore);
        assertThat(Fixtures.eventsOf(entityManager, "SDP001")).isEqualTo(eventsBefore);
        assertThat(count(entityManager, "select count(*) from acceptance_application"
                + " where park_code = 'SDP001' and submitted_by = 'manager.SDP006'")).isZero();
        assertThat(count(entityManager, "select count(*) from outbox_event"
                + " where event_key = 'SDP001' and actor = 'manager.SDP006'")).isZero();
    }

    @Test
    void otherRolesCannotApplyAndAnonymousCallersAreUnauthenticated() {
        as(TestTokens.cityOfficer("370100"))
                .body(applyBody("SDP002", "市里代为申请"))
                .post("/api/v1/applications")
                .then().statusCode(403);
        as(TestTokens.auditor())
                .body(applyBody("SDP002", "审计员申请"))
                .post("/api/v1/applications")
                .then().statusCode(403);
        given().contentType("application/json").body(applyBody("SDP002", "匿名申请"))
                .post("/api/v1/applications")
                .then().statusCode(401);
        given().get("/api/v1/applications").then().statusCode(401);

        assertThat(count(entityManager, "select count(*) from acceptance_application"
                + " where park_code = 'SDP002' and submitted_by <> 'manager.SDP002'")).isZero();
        assertThat(count(entityManager, "select count(*) from outbox_event"
                + " where event_key = 'SDP002' and actor in ('officer.370100', 'auditor.li')")).isZero();
    }

    @Test
    void applicationOfAnotherCityIsInvisibleToItsOfficerAndOnlyTheProvinceFiles() {
        String id = as(TestTokens.parkManager("SDP002"))
                .body(applyBody("SDP002", "济南高新区验收申请"))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");

        // Qingdao's officer cannot review a Jinan application, nor learn that it exists.
        as(TestTokens.cityOfficer("370200"))
                .body(Fixtures.decisionBody("RETURNED", "越权评审"))
                .post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:not-found"));
        as(TestTokens.cityOfficer("370200")).post("/api/v1/applications/{id}/review", id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:not-found"));
        as(TestTokens.cityOfficer("370200")).get("/api/v1/applications/{id}", id)
                .then().statusCode(404);
        as(TestTokens.parkManager("SDP006")).get("/api/v1/applications/{id}", id)
                .then().statusCode(404);
        // Another park's manager cannot resubmit it either.
        as(TestTokens.parkManager("SDP001"))
                .body("{\"summary\":\"越权\"}")
                .post("/api/v1/applications/{id}/resubmission", id)
                .then().statusCode(404);

        // Filing is the province's: a city officer (even of the right city) is refused by role.
        as(TestTokens.cityOfficer("370100"))
                .post("/api/v1/applications/{id}/filing", id)
                .then().statusCode(403)
                .contentType("application/problem+json");

        as(TestTokens.cityOfficer("370100")).get("/api/v1/applications/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("review", equalTo(null))
                .body("version", equalTo(0));
        as(TestTokens.auditor()).get("/api/v1/applications/{id}", id).then().statusCode(200);
        // An expert sees only the applications whose review has them on its panel.
        as(TestTokens.expert()).get("/api/v1/applications/{id}", id).then().statusCode(404);
        as(TestTokens.expert()).get("/api/v1/applications?parkCode=SDP002").then().statusCode(200)
                .body("total", equalTo(0));
        assertThat(count(entityManager, "select count(*) from outbox_event where event_key = 'SDP002'"
                + " and event_type <> 'acceptance.applied'")).isZero();
    }

    @Test
    void listsAreScopedToTheCallersCityOrPark() {
        as(TestTokens.parkManager("SDP006"))
                .body(applyBody("SDP006", "青岛经济技术开发区验收申请"))
                .post("/api/v1/applications")
                .then().statusCode(201);

        as(TestTokens.provinceAdmin()).get("/api/v1/applications?size=200")
                .then().statusCode(200)
                .body("items.parkCode", hasItem("SDP006"))
                .body("total", greaterThanOrEqualTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(200));
        as(TestTokens.cityOfficer("370200")).get("/api/v1/applications?size=200")
                .then().statusCode(200)
                .body("items.cityCode", everyItem(equalTo("370200")))
                .body("items.parkCode", hasItem("SDP006"));
        as(TestTokens.cityOfficer("370100")).get("/api/v1/applications?size=200")
                .then().statusCode(200)
                .body("items.cityCode", everyItem(equalTo("370100")))
                .body("items.parkCode", not(hasItem("SDP006")));
        // Another city named as a filter is refused, as in parks-service and plans-service.
        as(TestTokens.cityOfficer("370200")).get("/api/v1/applications?cityCode=370100")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:out-of-scope"));
        as(TestTokens.parkManager("SDP006")).get("/api/v1/applications")
                .then().statusCode(200)
                .body("items.parkCode", everyItem(equalTo("SDP006")))
                .body("items.parkName", everyItem(equalTo("青岛经济技术开发区")))
                .body("total", equalTo(1));
        as(TestTokens.provinceAdmin()).get("/api/v1/applications?cityCode=370200&status=SUBMITTED&level=NATIONAL")
                .then().statusCode(200)
                .body("items.cityCode", everyItem(equalTo("370200")))
                .body("items.status", everyItem(equalTo("SUBMITTED")))
                .body("items.level", everyItem(equalTo("NATIONAL")))
                .body("items.parkCode", hasItem("SDP006"));
    }

    @Test
    void listFiltersAreValidated() {
        as(TestTokens.provinceAdmin()).get("/api/v1/applications?status=APPROVED")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("status"));
        as(TestTokens.provinceAdmin()).get("/api/v1/applications?size=1000")
                .then().statusCode(400)
                .contentType("application/problem+json");
        as(TestTokens.provinceAdmin()).get("/api/v1/applications/not-a-uuid")
                .then().statusCode(404);
    }
}
