package cn.gov.shandong.circular.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;

/**
 * Signed access tokens shaped like the realm's (realm roles, {@code city_code}, {@code park_code},
 * audience {@code circular-parks-api}), for services tested without a running Keycloak.
 * The system test uses real Keycloak tokens instead.
 */
public final class TestTokens {

    /** The public browser client whose users share one client id ({@code azp}). */
    public static final String WEB_CLIENT = "circular-parks-web";
    /** The other government systems' service account (client credentials). */
    public static final String INTEGRATION_CLIENT = "gov-data-exchange";

    private static final String PRIVATE_KEY = PlatformTestResource.resource("testing/test-signing-key.pem");
    private static final String PUBLIC_KEY = PlatformTestResource.resource("testing/test-verification-key.pem");

    private TestTokens() {
    }

    public static String provinceAdmin() {
        return token("province.admin", "province-admin", Map.of());
    }

    public static String auditor() {
        return token("auditor.li", "auditor", Map.of());
    }

    public static String expert() {
        return token("expert.wang", "expert", Map.of());
    }

    public static String integration() {
        return token("service-account-" + INTEGRATION_CLIENT, "integration", Map.of("azp", INTEGRATION_CLIENT));
    }

    /** A member department of the joint meeting (联席会议), e.g. the provincial development and reform commission. */
    public static String jointMeeting() {
        return token("joint.meeting", "joint-meeting", Map.of());
    }

    public static String cityOfficer(String cityCode) {
        return token("officer." + cityCode, "city-officer", Map.of("city_code", cityCode));
    }

    public static String parkManager(String parkCode) {
        return token("manager." + parkCode, "park-manager", Map.of("park_code", parkCode));
    }

    /** A token for any user, role and extra claims; issued to {@link #WEB_CLIENT} unless {@code azp} says otherwise. */
    public static String token(String username, String role, Map<String, String> claims) {
        JwtClaimsBuilder builder = Jwt.issuer(PlatformTestResource.ISSUER)
                .subject("test-" + username)
                .claim("preferred_username", username)
                .audience("circular-parks-api")
                .claim("azp", WEB_CLIENT)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(900);
        claims.forEach(builder::claim);
        return builder.jws().sign(privateKey());
    }

    /** The verification key as Quarkus OIDC takes it in {@code quarkus.oidc.public-key}. */
    static String publicKeyBase64() {
        return PUBLIC_KEY.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    /** The verification key as a PEM file holds it (what an attacker can download from the realm). */
    static String publicKeyPem() {
        return PUBLIC_KEY;
    }

    static PrivateKey privateKey() {
        try {
            return KeyUtils.decodePrivateKey(PRIVATE_KEY);
        } catch (Exception e) {
            throw new IllegalStateException("bad test signing key", e);
        }
    }
}
