package cn.gov.shandong.circular.parks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry as seeded from Attachment 2, read by each kind of user. */
@QuarkusTest
class ParkRegistryTest {

    @Test
    void seventeenCitiesWithGbCodesAndLaiwuMergedIntoJinan() {
        given().auth().oauth2(TestTokens.expert())
                .when().get("/api/v1/cities?size=50")
                .then().statusCode(200)
                .body("total", is(17))
                .body("items[0].code", is("370100"))
                .body("items[0].name", is("济南市"))
                .body("items.find { it.code == '371200' }.name", is("莱芜市"))
                .body("items.find { it.code == '371200' }.active", is(false))
                .body("items.find { it.code == '371200' }.successorCode", is("370100"));
    }

    @Test
    void parksOfAttachmentTwoFilteredByCityAndLevel() {
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/parks?cityCode=370100&size=50")
                .then().statusCode(200)
                .body("total", is(5))
                .body("items.code", contains("SDP001", "SDP002", "SDP003", "SDP004", "SDP005"))
                .body("items[0].name", is("明水经济技术开发区"))
                .body("items[0].level", is("NATIONAL"))
                .body("items[0].cityName", is("济南市"));

        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/parks?level=NATIONAL&size=200")
                .then().statusCode(200)
                .body("total", is(25))
                .body("items.level", everyItem(is("NATIONAL")));

        given().auth().oauth2(TestTokens.auditor())
                .when().get("/api/v1/parks?cityCode=371200&level=PROVINCIAL")
                .then().statusCode(200)
                .body("items.name", contains("莱芜钢城经济开发区", "莱城工业园区"));
    }

    @Test
    void oneParkWithItsVersionAsETag() {
        given().auth().oauth2(TestTokens.integration())
                .when().get("/api/v1/parks/SDP029")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", is("潍坊滨海经济技术开发区"))
                .body("cityCode", is("370700"))
                .body("zoneKind", is("ECONOMIC_AND_TECHNOLOGICAL_DEVELOPMENT_ZONE"));
    }

    @Test
    void pagingWalksTheWholeRegistryWithoutGapsOrRepeats() {
        List<String> first = given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/parks?level=NATIONAL&page=0&size=10")
                .then().statusCode(200).extract().jsonPath().getList("items.code");
        List<String> third = given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/parks?level=NATIONAL&page=2&size=10")
                .then().statusCode(200).body("page", is(2)).extract().jsonPath().getList("items.code");
        assertThat(first).hasSize(10);
        assertThat(third).hasSize(5).doesNotContainAnyElementsOf(first);
    }

    @Test
    void cityOfficerSeesOnlyTheirCity() {
        String qingdao = TestTokens.cityOfficer("370200");
        given().auth().oauth2(qingdao)
                .when().get("/api/v1/parks?size=200")
                .then().statusCode(200)
                .body("total", is(4))
                .body("items.cityCode", everyItem(is("370200")));
        given().auth().oauth2(qingdao)
                .when().get("/api/v1/parks/SDP001")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(qingdao)
                .when().get("/api/v1/parks?cityCode=370100")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", is("urn:circular-parks:problem:out-of-scope"));
    }

    @Test
    void parkManagerSeesOnlyTheirPark() {
        String mingshui = TestTokens.parkManager("SDP001");
        given().auth().oauth2(mingshui)
                .when().get("/api/v1/parks?size=200")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items.code", contains("SDP001"));
        given().auth().oauth2(mingshui)
                .when().get("/api/v1/parks/SDP006")
                .then().statusCode(404);
    }

    @Test
    void noTokenIsRefusedAndBadFiltersAreProblems() {
        given().when().get("/api/v1/parks").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/parks").then().statusCode(401)
                .contentType("application/problem+json");

        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/parks?level=MUNICIPAL")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:circular-parks:problem:bad-request"))
                .body("field", is("level"));
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/parks?cityCode=jinan")
                .then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/parks?size=100000")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(equalTo("size")));
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/parks/SDP999999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("urn:circular-parks:problem:not-found"));
    }

    @Test
    void healthAndOpenApiArePublic() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/parks'", notNullValue());
    }
}
