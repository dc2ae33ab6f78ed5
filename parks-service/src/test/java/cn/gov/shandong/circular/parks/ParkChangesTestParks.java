package cn.gov.shandong.circular.parks;

import static io.restassured.RestAssured.given;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.restassured.http.ContentType;
import java.util.Map;

/** Fresh provincial parks of Zibo (370300), which no test counts, for tests that change a park. */
final class ParkChangesTestParks {

    private ParkChangesTestParks() {
    }

    /** Registers a park named {@code name} (once per JVM: a second call with the same name returns the first code). */
    static synchronized String fresh(String name) {
        var existing = given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam("cityCode", "370300").queryParam("status", "ALL").queryParam("size", 200)
                .when().get("/api/v1/parks").then().statusCode(200).extract().jsonPath()
                .<String>getList("items.findAll { it.name == '" + name + "' }.code");
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        return given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "cityCode", "370300", "level", "PROVINCIAL", "zoneKind", "INDUSTRIAL_PARK"))
                .when().post("/api/v1/parks").then().statusCode(201).extract().path("code");
    }
}
