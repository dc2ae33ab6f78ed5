package cn.gov.shandong.circular.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DynamicTest;

/**
 * Forged, stale and malformed bearer tokens that every protected endpoint must refuse with
 * 401 {@code application/problem+json} and a {@code WWW-Authenticate: Bearer} challenge.
 *
 * <p>Each attack differs from a valid province-admin token in one way only (its expiry, its issuer,
 * its algorithm, ...), so a 401 shows that exactly that check holds. A service runs them with
 * <pre>
 * &#64;TestFactory
 * Stream&lt;DynamicTest&gt; tokenAttacksAreRefused() {
 *     return TokenAttacks.against("GET", "/api/v1/parks");
 * }
 * </pre>
 * which first checks that the valid token is <em>not</em> refused, so the attacks test token checks
 * rather than a path nobody may call.
 */
public final class TokenAttacks {

    public static final String UNAUTHENTICATED = "urn:circular-parks:problem:unauthenticated";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private TokenAttacks() {
    }

    /**
     * One attack: what it tries, and the {@code Authorization} header it sends ({@code null}: none).
     */
    public record Attack(String name, String authorization) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every attack, freshly built (time-based claims are relative to now). */
    public static List<Attack> all() {
        long now = System.currentTimeMillis() / 1000;
        String valid = TestTokens.token("province.admin", "province-admin", Map.of());
        String other = TestTokens.token("auditor.li", "auditor", Map.of());
        String validPayload = valid.split("\\.")[1];
        return List.of(
                new Attack("no token", null),
                new Attack("garbage instead of a JWT", "Bearer not-a-jwt"),
                new Attack("expired ten minutes ago", bearer(signed(claims -> claims
                        .issuedAt(now - 1500).expiresAt(now - 600)))),
                new Attack("not valid before ten minutes from now (nbf)", bearer(signed(claims -> claims
                        .claim("nbf", now + 600)))),
                new Attack("issued by another issuer", bearer(signed(claims -> claims
                        .issuer("https://sso.example.org/realms/circular-parks")))),
                new Attack("for another audience", bearer(signed(claims -> claims
                        .audience("account")))),
                new Attack("alg none, no signature", bearer(
                        header("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + validPayload + ".")),
                new Attack("HS256 with the realm's public key (PEM) as HMAC secret", bearer(hmacSigned(validPayload,
                        TestTokens.publicKeyPem().getBytes(StandardCharsets.US_ASCII)))),
                new Attack("HS256 with the realm's public key (DER) as HMAC secret", bearer(hmacSigned(validPayload,
                        Base64.getDecoder().decode(TestTokens.publicKeyBase64())))),
                new Attack("province-admin claims under an auditor token's signature", bearer(
                        valid.split("\\.")[0] + "." + validPayload + "." + other.split("\\.")[2])),
                new Attack("signed with a key the realm does not have", bearer(
                        baseClaims().jws().sign(unknownKey()))));
    }

    /**
     * Dynamic tests for one endpoint: the valid token is not refused, and every attack is refused
     * with 401 problem+json of type {@value #UNAUTHENTICATED} and a Bearer challenge.
     * Writes ({@code POST}, {@code PUT}, {@code PATCH}) send an empty JSON object.
     */
    public static Stream<DynamicTest> against(String method, String path) {
        DynamicTest baseline = DynamicTest.dynamicTest(method + " " + path + " with a valid token is not refused",
                () -> request(method, bearer(TestTokens.provinceAdmin()))
                        .request(method, path)
                        .then().statusCode(not(equalTo(401))));
        return Stream.concat(Stream.of(baseline), all().stream().map(attack -> DynamicTest.dynamicTest(
                method + " " + path + ", " + attack.name() + ": 401 problem+json",
                () -> request(method, attack.authorization())
                        .request(method, path)
                        .then()
                        .statusCode(401)
                        .contentType(startsWith("application/problem+json"))
                        .header("WWW-Authenticate", startsWith("Bearer"))
                        .body("type", equalTo(UNAUTHENTICATED))
                        .body("status", equalTo(401)))));
    }

    private static RequestSpecification request(String method, String authorization) {
        RequestSpecification request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (List.of("POST", "PUT", "PATCH").contains(method)) {
            request.contentType("application/json").body("{}");
        }
        return request;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The valid token's claims (as {@link TestTokens} makes them), changed by {@code change}, signed with the realm key. */
    private static String signed(Function<JwtClaimsBuilder, JwtClaimsBuilder> change) {
        return change.apply(baseClaims()).jws().sign(TestTokens.privateKey());
    }

    private static JwtClaimsBuilder baseClaims() {
        return Jwt.issuer(PlatformTestResource.ISSUER)
                .subject("test-province.admin")
                .claim("preferred_username", "province.admin")
                .audience("circular-parks-api")
                .claim("azp", TestTokens.WEB_CLIENT)
                .claim("realm_access", Map.of("roles", List.of("province-admin")))
                .expiresIn(900);
    }

    private static String header(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The classic key-confusion forgery: the verifier's RSA public key used as an HMAC secret. */
    private static String hmacSigned(String payload, byte[] secret) {
        String signingInput = header("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + payload;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "." + BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey unknownKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
