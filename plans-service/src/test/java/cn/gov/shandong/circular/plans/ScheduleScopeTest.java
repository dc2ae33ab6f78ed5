package cn.gov.shandong.circular.plans;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who sees which parks of the schedule: the city officer their city, the park manager their park. */
@QuarkusTest
class ScheduleScopeTest {

    private static final String SCHEDULE = "/api/v1/programmes/2018-2020/schedule";

    @Inject
    RegistryFeed feed;

    @BeforeEach
    void registryKnowsJinanAndQingdao() {
        feed.registerAndAwait(RegistryFeed.JINAN);
        feed.registerAndAwait(RegistryFeed.QINGDAO);
    }

    @Test
    void aCityOfficerSeesTheirCityOnly() {
        given().auth().oauth2(TestTokens.cityOfficer("370100"))
                .when().get(SCHEDULE)
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.cityCode", everyItem(equalTo("370100")))
                .body("items.parkCode", contains("SDP001", "SDP002", "SDP003", "SDP004", "SDP005"));
        given().auth().oauth2(TestTokens.cityOfficer("370200"))
                .queryParam("cityCode", "370200")
                .when().get(SCHEDULE)
                .then().statusCode(200)
                .body("items.parkCode", contains("SDP006", "SDP007"));
    }

    @Test
    void aCityOfficerAskingForAnotherCityIsForbidden() {
        given().auth().oauth2(TestTokens.cityOfficer("370200"))
                .queryParam("cityCode", "370100")
                .when().get(SCHEDULE)
                .then().statusCode(403)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo("urn:circular-parks:problem:out-of-scope"))
                .body("status", equalTo(403));
    }

    @Test
    void aParkManagerSeesTheirParkOnly() {
        given().auth().oauth2(TestTokens.parkManager("SDP001"))
                .when().get(SCHEDULE)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.parkCode", contains("SDP001"))
                .body("items[0].parkName", equalTo("明水经济技术开发区"));
        given().auth().oauth2(TestTokens.parkManager("SDP001"))
                .when().get("/api/v1/parks/SDP001/schedule")
                .then().statusCode(200)
                .body("items.year", contains(2018));
    }

    @Test
    void anotherParksScheduleIsNotFoundForAParkManager() {
        given().auth().oauth2(TestTokens.parkManager("SDP001"))
                .when().get("/api/v1/parks/SDP006/schedule")
                .then().statusCode(404)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo("urn:circular-parks:problem:not-found"));
    }

    @Test
    void anotherCitysParkIsNotFoundForACityOfficer() {
        given().auth().oauth2(TestTokens.cityOfficer("370200"))
                .when().get("/api/v1/parks/SDP001/schedule")
                .then().statusCode(404)
                .header("Content-Type", startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.cityOfficer("370200"))
                .when().get("/api/v1/parks/SDP006/schedule")
                .then().statusCode(200)
                .body("items.year", contains(2018));
        // Without the registry's word on its city, a park is not shown to a city officer.
        given().auth().oauth2(TestTokens.cityOfficer("370200"))
                .when().get("/api/v1/parks/SDP100/schedule")
                .then().statusCode(404);
    }

    @Test
    void anUnknownParkIsNotFound() {
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/parks/SDP999/schedule")
                .then().statusCode(404)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo("urn:circular-parks:problem:not-found"));
    }

    @Test
    void aScopedRoleWhoseTokenNamesNoScopeSeesNothing() {
        given().auth().oauth2(TestTokens.token("officer.nowhere", "city-officer", Map.of()))
                .when().get(SCHEDULE)
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(TestTokens.token("manager.nowhere", "park-manager", Map.of()))
                .when().get("/api/v1/parks/SDP001/schedule")
                .then().statusCode(404);
    }
}
