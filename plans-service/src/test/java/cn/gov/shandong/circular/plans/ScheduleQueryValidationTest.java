package cn.gov.shandong.circular.plans;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Filters a client got wrong answer 400 problems that name the parameter. */
@QuarkusTest
class ScheduleQueryValidationTest {

    @ParameterizedTest
    @CsvSource({
            "year, abc",
            "year, 2021",
            "year, 2017",
            "level, FOO",
            "level, national",
            "cityCode, Jinan",
            "cityCode, 37010"})
    void anUnusableFilterIsABadRequestProblem(String parameter, String value) {
        given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam(parameter, value)
                .when().get("/api/v1/programmes/2018-2020/schedule")
                .then().statusCode(400)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo("urn:circular-parks:problem:bad-request"))
                .body("status", equalTo(400))
                .body("field", equalTo(parameter));
    }

    @ParameterizedTest
    @CsvSource({"page, -1", "size, 0", "size, 201"})
    void anUnusablePageIsABadRequestProblem(String parameter, String value) {
        given().auth().oauth2(TestTokens.cityOfficer("370100"))
                .queryParam(parameter, value)
                .when().get("/api/v1/programmes/2018-2020/schedule")
                .then().statusCode(400)
                .header("Content-Type", startsWith("application/problem+json"));
    }
}
