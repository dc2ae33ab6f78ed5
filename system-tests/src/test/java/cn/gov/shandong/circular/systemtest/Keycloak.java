package cn.gov.shandong.circular.systemtest;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Real access tokens from the realm's demo accounts (password grant, as in the README). */
final class Keycloak {

    static final String TOKEN_URL = "http://127.0.0.1:8180/realms/circular-parks/protocol/openid-connect/token";
    static final String PASSWORD = "demo123";
    /** Fetch a new token this long before the old one expires. */
    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final Map<String, Issued> TOKENS = new HashMap<>();

    private record Issued(String accessToken, Instant expires) {
    }

    private Keycloak() {
    }

    /** A token for a demo user that is valid for at least another minute (tokens live 5 minutes). */
    static synchronized String token(String username) {
        Issued issued = TOKENS.get(username);
        if (issued == null || Instant.now().plus(MARGIN).isAfter(issued.expires())) {
            JsonPath response = given()
                    .formParam("grant_type", "password")
                    .formParam("client_id", "local-demo-password-grant")
                    .formParam("username", username)
                    .formParam("password", PASSWORD)
                    .when().post(TOKEN_URL)
                    .then().statusCode(200)
                    .extract().jsonPath();
            issued = new Issued(response.getString("access_token"),
                    Instant.now().plusSeconds(response.getLong("expires_in")));
            TOKENS.put(username, issued);
        }
        return issued.accessToken();
    }
}
