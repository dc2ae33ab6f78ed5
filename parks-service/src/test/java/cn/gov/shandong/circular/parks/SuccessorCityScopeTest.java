package cn.gov.shandong.circular.parks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Successor cities (decision 38) as parks-service answers them, from its own city table (the city_succession
 * view): 莱芜市's parks SDP068-070 are Jinan's officers' from 2019-01-09, not the day before.
 */
@QuarkusTest
class SuccessorCityScopeTest {

    @Inject
    ProvinceClock clock;

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void fromTheMergerAJinanOfficerSeesLaiwusParksWhichKeepLaiwusCity() {
        clock.pin(LocalDate.parse("2019-01-09"));
        given().auth().oauth2(TestTokens.cityOfficer("370100")).when().get("/api/v1/parks/SDP068").then().statusCode(200)
                .body("cityCode", equalTo("371200"));
        given().auth().oauth2(TestTokens.cityOfficer("370100")).when().get("/api/v1/parks?cityCode=371200").then()
                .statusCode(200).body("items.code", hasItems("SDP068", "SDP069", "SDP070")).body("total", equalTo(3));
        given().auth().oauth2(TestTokens.cityOfficer("370100")).when().get("/api/v1/parks?size=100").then()
                .statusCode(200).body("items.code", hasItems("SDP001", "SDP068"));
        given().auth().oauth2(TestTokens.cityOfficer("370200")).when().get("/api/v1/parks/SDP068").then().statusCode(404);
        given().auth().oauth2(TestTokens.cityOfficer("371200")).when().get("/api/v1/parks/SDP068").then().statusCode(404);
    }

    @Test
    void theDayBeforeLaiwusParksAreLaiwusOfficersOnly() {
        clock.pin(LocalDate.parse("2019-01-08"));
        given().auth().oauth2(TestTokens.cityOfficer("370100")).when().get("/api/v1/parks/SDP068").then().statusCode(404);
        given().auth().oauth2(TestTokens.cityOfficer("370100")).when().get("/api/v1/parks?cityCode=371200").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.cityOfficer("371200")).when().get("/api/v1/parks/SDP068").then().statusCode(200);
    }
}
