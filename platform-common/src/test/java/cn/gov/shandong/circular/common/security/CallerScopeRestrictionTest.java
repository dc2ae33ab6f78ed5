package cn.gov.shandong.circular.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.fixture.ParkEvents;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Caller#scopeRestriction} for each role, with real signed tokens, used as the services use
 * it: as the where clause of a list (here the park directory, through fixture.ScopeProbe).
 */
@QuarkusTest
class CallerScopeRestrictionTest {

    private static final String PROBE = "/api/scope-probe";

    @Inject
    ParkDirectory directory;

    @Inject
    Caller caller;

    @BeforeEach
    void directoryHoldsJinanAndQingdaoParks() {
        QuarkusTransaction.requiringNew().run(() -> {
            directory.apply(ParkEvents.registered("SDP001", "明水经济技术开发区", "370100", "济南市", ParkLevel.NATIONAL));
            directory.apply(ParkEvents.registered("SDP002", "济南高新区", "370100", "济南市", ParkLevel.NATIONAL));
            directory.apply(ParkEvents.registered("SDP006", "青岛经济技术开发区", "370200", "青岛市", ParkLevel.NATIONAL));
        });
    }

    @Test
    void provinceWideRolesAreNotRestricted() {
        for (String token : new String[] {TestTokens.provinceAdmin(), TestTokens.auditor(), TestTokens.expert(),
                TestTokens.integration()}) {
            probe(token)
                    .body("condition", nullValue())
                    .body("parameters", anEmptyMap())
                    .body("parks", hasItems("SDP001", "SDP002", "SDP006"));
        }
    }

    @Test
    void aCityOfficerIsRestrictedToTheTokensCity() {
        probe(TestTokens.cityOfficer("370100"))
                .body("condition", equalTo("p.cityCode in (:scopeCities)"))
                .body("parameters", equalTo(Map.of("scopeCities", List.of("370100"))))
                .body("parks", contains("SDP001", "SDP002"));
        probe(TestTokens.cityOfficer("370200"))
                .body("parks", contains("SDP006"));
    }

    @Test
    void aParkManagerIsRestrictedToTheTokensPark() {
        probe(TestTokens.parkManager("SDP002"))
                .body("condition", equalTo("p.parkCode = :scopePark"))
                .body("parameters", equalTo(Map.of("scopePark", "SDP002")))
                .body("parks", contains("SDP002"));
    }

    @Test
    void aScopedRoleWithoutItsClaimSeesNothing() {
        for (String token : new String[] {
                TestTokens.token("officer.nowhere", Roles.CITY_OFFICER, Map.of()),
                TestTokens.token("officer.blank", Roles.CITY_OFFICER, Map.of("city_code", " ")),
                // The other role's claim does not stand in for the missing one.
                TestTokens.token("officer.parked", Roles.CITY_OFFICER, Map.of("park_code", "SDP001")),
                TestTokens.token("manager.nowhere", Roles.PARK_MANAGER, Map.of()),
                TestTokens.token("manager.citied", Roles.PARK_MANAGER, Map.of("city_code", "370100"))}) {
            probe(token)
                    .body("condition", equalTo("1 = 0"))
                    .body("parameters", anEmptyMap())
                    .body("parks", empty());
        }
    }

    @Test
    void anyOtherRoleSeesNothing() {
        probe(TestTokens.token("visitor", "visitor", Map.of("city_code", "370100", "park_code", "SDP001")))
                .body("condition", equalTo("1 = 0"))
                .body("parks", empty());
    }

    @Test
    void withoutAnAuthenticatedCallerNothingIsVisible() {
        // A consumer or a scheduled job has no caller (no request, or an anonymous one): it must not
        // list everything by accident.
        Caller.ScopeRestriction scope = caller.scopeRestriction("p.cityCode", "p.parkCode");
        assertThat(scope.condition()).contains("1 = 0");
        assertThat(scope.parameters()).isEmpty();
    }

    @Test
    void fieldsMustBeQueryPathsNotArbitraryText() {
        assertThatThrownBy(() -> caller.scopeRestriction("p.cityCode or 1 = 1", "p.parkCode"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> caller.scopeRestriction("p.cityCode", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ValidatableResponse probe(String token) {
        return given().auth().oauth2(token).when().get(PROBE).then().statusCode(200);
    }
}
