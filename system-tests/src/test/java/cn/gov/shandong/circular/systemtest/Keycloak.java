package cn.gov.shandong.circular.systemtest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens by password grant (as in the README), for the realm's demo accounts and for
 * users a test creates through Keycloak's admin REST API.
 */
final class Keycloak {

    static final String URL = "http://127.0.0.1:8180";
    static final String REALM = "circular-parks";
    static final String TOKEN_URL = URL + "/realms/" + REALM + "/protocol/openid-connect/token";
    static final String PASSWORD = "demo123";
    /** A token is fetched anew this long before it expires, so a request never carries an expired one. */
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAt) {
    }

    private Keycloak() {
    }

    /** A token for the user (password {@value #PASSWORD}), fetched once and again shortly before it expires. */
    static String token(String username) {
        return TOKENS.compute(username, (user, cached) ->
                cached != null && Instant.now().isBefore(cached.renewAt()) ? cached : passwordGrant(user)).value();
    }

    private static Token passwordGrant(String username) {
        Response response = given()
                .formParam("grant_type", "password")
                .formParam("client_id", "local-demo-password-grant")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .when().post(TOKEN_URL)
                .then().statusCode(200)
                .extract().response();
        int expiresIn = response.path("expires_in");
        return new Token(response.path("access_token"),
                Instant.now().plusSeconds(expiresIn).minus(RENEW_BEFORE_EXPIRY));
    }

    /** Keycloak's admin REST API, as the realm's administrator (the bootstrap admin of the local platform). */
    static final class Admin {

        private final String realmRoleUrl = URL + "/admin/realms/" + REALM + "/roles/";
        private final String usersUrl = URL + "/admin/realms/" + REALM + "/users";
        private final Map<String, Map<String, Object>> roles = new ConcurrentHashMap<>();
        private volatile Token token;

        /**
         * Creates an enabled user with password {@value #PASSWORD}, the realm role and the attributes
         * (e.g. {@code park_code}), complete enough for the password grant.
         */
        void createUser(String username, String role, Map<String, String> attributes, String organization) {
            Map<String, List<String>> userAttributes = new HashMap<>();
            attributes.forEach((name, value) -> userAttributes.put(name, List.of(value)));
            userAttributes.put("organization", List.of(organization));
            String location = given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                    .body(Map.of("username", username, "enabled", true,
                            "email", username + "@circular-parks.example", "emailVerified", true,
                            "firstName", username, "lastName", organization,
                            "attributes", userAttributes,
                            "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                    .when().post(usersUrl)
                    .then().statusCode(201)
                    .extract().header("Location");
            given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                    .body(List.of(role(role)))
                    .when().post(location + "/role-mappings/realm")
                    .then().statusCode(204);
        }

        private Map<String, Object> role(String name) {
            return roles.computeIfAbsent(name, n -> given().auth().oauth2(adminToken())
                    .when().get(realmRoleUrl + n)
                    .then().statusCode(200)
                    .extract().jsonPath().getMap(""));
        }

        private synchronized String adminToken() {
            if (token == null || !Instant.now().isBefore(token.renewAt())) {
                Response response = given()
                        .formParam("grant_type", "password")
                        .formParam("client_id", "admin-cli")
                        .formParam("username", "admin")
                        .formParam("password", "admin")
                        .when().post(URL + "/realms/master/protocol/openid-connect/token")
                        .then().statusCode(200)
                        .extract().response();
                int expiresIn = response.path("expires_in");
                // The admin token lives a minute only: renew it at half-life.
                token = new Token(response.path("access_token"), Instant.now().plusSeconds(expiresIn / 2));
            }
            return token.value();
        }
    }
}
