package cn.gov.shandong.circular.systemtest;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

/** Real access tokens from the realm's demo accounts (password grant, as in the README). */
final class Keycloak {

    static final String TOKEN_URL = "http://127.0.0.1:8180/realms/circular-parks/protocol/openid-connect/token";
    static final String PASSWORD = "demo123";
    private static final Map<String, String> TOKENS = new HashMap<>();

    private Keycloak() {
    }

    /** A fresh-enough token for a demo user (tokens live 15 minutes; the scenario takes a few). */
    static synchronized String token(String username) {
        return TOKENS.computeIfAbsent(username, user -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "local-demo-password-grant")
                .formParam("username", user)
                .formParam("password", PASSWORD)
                .when().post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token"));
    }
}
