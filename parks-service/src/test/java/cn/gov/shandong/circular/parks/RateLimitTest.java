package cn.gov.shandong.circular.parks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.shandong.circular.common.ratelimit.RateLimitClock;
import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rate limits per client id: a client over its limit gets 429 problem+json with Retry-After and the
 * RateLimit fields, other clients (and other users of the web client) go on, and the quota comes
 * back after the minute. The minute passes on a clock the test moves; everything else is real.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    private static final String CITIES = "/api/v1/cities/370100";

    /** Two test clients with small limits; every other client keeps the lifted test limits. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "platform.rate-limit.clients.\"burst-client\".requests-per-minute", "3",
                    "platform.rate-limit.clients.\"burst-web\".requests-per-minute", "2",
                    "platform.rate-limit.clients.\"burst-web\".per-user", "true");
        }
    }

    /** A clock that stands still unless the test moves it, so the windows do not depend on how fast this machine is. */
    static class MovableClock extends RateLimitClock {
        private long nanos = System.nanoTime();

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }
    }

    private final MovableClock clock = new MovableClock();

    @BeforeEach
    void installMovableClock() {
        QuarkusMock.installMockForType(clock, RateLimitClock.class);
    }

    @Test
    void aMachineClientOverItsLimitIsRefusedOthersAreNotAndTheLimitResetsAfterTheMinute() {
        String burst = TestTokens.token("service-account-burst-client", "integration", Map.of("azp", "burst-client"));
        for (int left = 2; left >= 0; left--) {
            get(burst).statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"per-client\";q=3;w=60"))
                    .header("RateLimit", equalTo("\"per-client\";r=" + left + ";t=60"));
        }

        clock.advance(Duration.ofSeconds(15));
        get(burst).statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:circular-parks:problem:rate-limited"))
                .body("status", equalTo(429))
                .body("detail", equalTo("Client burst-client may make 3 requests a minute; try again in 45 s"))
                .body("violated-policies", contains("per-client"))
                .header("Retry-After", equalTo("45"))
                .header("RateLimit-Policy", equalTo("\"per-client\";q=3;w=60"))
                .header("RateLimit", equalTo("\"per-client\";r=0;t=45"));

        get(TestTokens.integration()).statusCode(200)
                .header("RateLimit-Policy", matchesPattern("\"per-client\";q=\\d+;w=60"));

        clock.advance(Duration.ofSeconds(44));
        get(burst).statusCode(429).header("Retry-After", equalTo("1"));
        clock.advance(Duration.ofSeconds(1));
        get(burst).statusCode(200)
                .header("RateLimit", equalTo("\"per-client\";r=2;t=60"));
    }

    @Test
    void usersOfThePublicWebClientAreCountedApart() {
        String jinan = TestTokens.token("jinan.officer", "city-officer", Map.of("azp", "burst-web", "city_code", "370100"));
        String qingdao = TestTokens.token("qingdao.officer", "city-officer", Map.of("azp", "burst-web", "city_code", "370200"));
        get(jinan).statusCode(200).header("RateLimit-Policy", equalTo("\"per-user\";q=2;w=60"));
        get(jinan).statusCode(200);
        get(jinan).statusCode(429)
                .body("detail", startsWith("Client burst-web may make 2 requests a minute per user"));
        get(qingdao).statusCode(200).header("RateLimit", matchesPattern("\"per-user\";r=1;t=\\d+"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDocumentsTheRateLimit() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200)
                .body("components.responses.TooManyRequests.headers.keySet()",
                        contains("Retry-After", "RateLimit", "RateLimit-Policy", "Access-Control-Allow-Origin"))
                .body("components.responses.TooManyRequests.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .extract().path("paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses.get("429")).as(method + " " + path)
                    .containsEntry("$ref", "#/components/responses/TooManyRequests");
            responses.entrySet().stream().filter(response -> response.getKey().startsWith("2")).forEach(response ->
                    assertThat((Map<String, Object>) response.getValue().get("headers")).as(method + " " + path)
                            .containsKeys("RateLimit", "RateLimit-Policy"));
            operations.add(method + " " + path);
        }));
        assertThat(operations).contains("get /api/v1/parks", "post /api/v1/parks", "get /api/v1/cities/{code}");
    }

    private static ValidatableResponse get(String token) {
        return given().auth().oauth2(token).when().get(CITIES).then();
    }
}
