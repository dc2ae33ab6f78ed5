package cn.gov.shandong.circular.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every answer carries {@code X-Content-Type-Options: nosniff} once: a read, a problem, a refusal before routing (no
 * token, a body over the limit) and the /q endpoints, so no browser guesses a type from the bytes of any of them.
 */
@QuarkusTest
class NoSniffTest {

    @Test
    void readsProblemsRefusalsAndTheQuarkusEndpointsAllSayNosniffOnce() {
        String account = "nosniff-" + UUID.randomUUID();
        assertNosniffOnce(given().auth().oauth2(TestTokens.provinceAdmin()).contentType("application/json")
                .body("{\"account\":\"" + account + "\",\"amount\":1}").post("/api/ledger"), 201);
        assertNosniffOnce(given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/ledger/" + account), 200);
        assertNosniffOnce(given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/ledger/nobody-" + account), 404);
        assertNosniffOnce(given().auth().oauth2(TestTokens.auditor()).contentType("application/json")
                .body("{\"account\":\"a\",\"amount\":1}").post("/api/ledger"), 403);
        assertNosniffOnce(given().get("/api/ledger/nosniff-account"), 401);
        assertNosniffOnce(given().auth().oauth2(TestTokens.provinceAdmin()).contentType("application/json")
                .body("{\"account\":\"" + "x".repeat(300 * 1024) + "\",\"amount\":1}").post("/api/ledger"), 413);
        assertNosniffOnce(given().get("/q/health/live"), 200);
    }

    private static void assertNosniffOnce(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.headers().getValues("X-Content-Type-Options")).as("status " + status)
                .containsExactly("nosniff");
    }
}
