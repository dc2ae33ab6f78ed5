package cn.gov.shandong.circular.plans;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeResourceTest {

    @Test
    void listsTheSeededProgrammeWithItsGoals() {
        given().auth().oauth2(TestTokens.parkManager("SDP001"))
                .when().get("/api/v1/programmes")
                .then().statusCode(200)
                // Other tests create later programmes; the seeded one starts earliest, so it lists first.
                .body("total", greaterThanOrEqualTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items[0].code", equalTo("2018-2020"))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].name", equalTo("山东省园区循环化改造推进方案（2018-2020年）"))
                .body("items[0].document", equalTo("鲁经信循〔2018〕336号"))
                .body("items[0].startYear", equalTo(2018))
                .body("items[0].endYear", equalTo(2020))
                .body("items[0].goals.nationalShare", equalTo(1.0f))
                .body("items[0].goals.provincialShare", equalTo(0.5f));
    }

    @Test
    void readsOneProgramme() {
        given().auth().oauth2(TestTokens.cityOfficer("370200"))
                .when().get("/api/v1/programmes/2018-2020")
                .then().statusCode(200)
                .contentType("application/json")
                .body("code", equalTo("2018-2020"))
                .body("document", equalTo("鲁经信循〔2018〕336号"))
                .body("goals.provincialShare", equalTo(0.5f));
    }

    @Test
    void unknownProgrammeIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.auditor())
                .when().get("/api/v1/programmes/1990-1995")
                .then().statusCode(404)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo("urn:circular-parks:problem:not-found"))
                .body("status", equalTo(404));
        given().auth().oauth2(TestTokens.auditor())
                .when().get("/api/v1/programmes/1990-1995/schedule")
                .then().statusCode(404)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo("urn:circular-parks:problem:not-found"));
    }

    @Test
    void readingNeedsAToken() {
        given().when().get("/api/v1/programmes").then().statusCode(401);
        given().when().get("/api/v1/programmes/2018-2020").then().statusCode(401);
        given().when().get("/api/v1/programmes/2018-2020/schedule").then().statusCode(401);
        given().when().get("/api/v1/parks/SDP001/schedule").then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get("/api/v1/programmes").then().statusCode(401);
    }

    @Test
    void aTokenWithoutAPlatformRoleIsRefused() {
        String stranger = TestTokens.token("stranger", "some-other-role", Map.of());
        given().auth().oauth2(stranger).when().get("/api/v1/programmes").then().statusCode(403);
        given().auth().oauth2(stranger).when().get("/api/v1/programmes/2018-2020/schedule").then().statusCode(403);
    }

    @Test
    void pagingOutOfRangeIsABadRequestProblem() {
        given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam("size", 0)
                .when().get("/api/v1/programmes")
                .then().statusCode(400)
                .header("Content-Type", startsWith("application/problem+json"));
    }

    @Test
    void theApiIsDocumented() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/programmes/{code}/schedule'.get.summary", startsWith("List a programme"))
                .body("paths.'/api/v1/parks/{parkCode}/schedule'.get", org.hamcrest.Matchers.notNullValue());
    }
}
