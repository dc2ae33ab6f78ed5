package cn.gov.shandong.circular.acceptance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import cn.gov.shandong.circular.common.testing.ApiContractCheck;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The front end and other systems build on the published OpenAPI document; health is public. */
@QuarkusTest
class ApiDocumentationTest {

    @Test
    void openApiDocumentsEveryEndpointWithoutAToken() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/applications"))
                .body("paths", hasKey("/api/v1/applications/{id}"))
                .body("paths", hasKey("/api/v1/applications/{id}/review"))
                .body("paths", hasKey("/api/v1/applications/{id}/resubmission"))
                .body("paths", hasKey("/api/v1/applications/{id}/filing"))
                .body("paths", hasKey("/api/v1/spot-checks"))
                .body("paths", hasKey("/api/v1/spot-checks/{code}/verification"))
                .body("paths", hasKey("/api/v1/spot-checks/{code}/findings/{parkCode}/resolution"))
                .body("paths", hasKey("/api/v1/spot-check-findings"))
                .body("components.schemas.SpotCheckVerification.properties", hasKey("recomputedSample"))
                .body("paths.'/api/v1/applications'.post.summary", notNullValue())
                .body("paths", hasKey("/api/v1/applications/{id}/decision"))
                .body("paths", hasKey("/api/v1/applications/{id}/review/panel"))
                .body("paths", hasKey("/api/v1/applications/{id}/review/scores/{expert}"))
                .body("paths", hasKey("/api/v1/score-sheets"))
                .body("paths", hasKey("/api/v1/experts/{username}"))
                .body("components.schemas.DecisionRequest.properties", hasKey("reasons"))
                .body("components.schemas.ApplicationView.properties", hasKey("review"))
                .body("components.schemas.ApplicationView.properties", hasKey("filing"));
    }

    @Test
    void everyOperationHasAnIdASummaryAndExamplesThatFitTheirSchemas() {
        ApiContractCheck.assertServedDocumentHolds();
    }

    @Test
    void healthIsPublic() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
