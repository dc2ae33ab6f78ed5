package cn.gov.shandong.circular.common.cities;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.shandong.circular.common.fixture.ParkEvents;
import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.CityAbolished;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link CitySuccessions} fed from park.city-abolished as the services feed it, and {@link
 * cn.gov.shandong.circular.common.security.Caller}'s scope following it (through fixture.ScopeProbe). Uses
 * made-up cities 379700 (the successor) and 379800 (abolished) so the module's other tests keep their scope.
 */
@QuarkusTest
class CitySuccessionsTest {

    private static final String PROBE = "/api/scope-probe";
    private static final String SUCCESSOR = "379700";
    private static final String ABOLISHED = "379800";
    private static final LocalDate DAY = LocalDate.parse("2019-01-09");

    @Inject
    CitySuccessions successions;

    @Inject
    ParkDirectory directory;

    @Inject
    ProvinceClock clock;

    @BeforeEach
    void theAbolishedCityHasAParkAndTheSuccessorOne() {
        QuarkusTransaction.requiringNew().run(() -> {
            directory.apply(ParkEvents.registered("SDP971", "继承市工业园区", SUCCESSOR, "继承市", ParkLevel.PROVINCIAL));
            directory.apply(ParkEvents.registered("SDP981", "撤销市工业园区", ABOLISHED, "撤销市", ParkLevel.NATIONAL));
            successions.apply(abolished(UUID.randomUUID(), OffsetDateTime.parse("2025-01-06T08:00:00Z"), DAY));
        });
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void fromTheDayTheSuccessorsOfficerSeesTheAbolishedCitysParksAndTheAbolishedCitysOfficerNone() {
        clock.pin(DAY);
        assertThat(successions.heldBy(SUCCESSOR)).containsExactly(SUCCESSOR, ABOLISHED);
        given().auth().oauth2(TestTokens.cityOfficer(SUCCESSOR)).when().get(PROBE).then().statusCode(200)
                .body("condition", equalTo("p.cityCode in (:scopeCities)"))
                .body("parameters", equalTo(Map.of("scopeCities", List.of(SUCCESSOR, ABOLISHED))))
                .body("parks", contains("SDP971", "SDP981"));
        given().auth().oauth2(TestTokens.cityOfficer(ABOLISHED)).when().get(PROBE).then().statusCode(200)
                .body("condition", equalTo("1 = 0"))
                .body("parks", empty());
    }

    @Test
    void theDayBeforeEachCitysOfficerSeesTheirOwnParksOnly() {
        clock.pin(DAY.minusDays(1));
        given().auth().oauth2(TestTokens.cityOfficer(SUCCESSOR)).when().get(PROBE).then().statusCode(200)
                .body("parks", contains("SDP971"));
        given().auth().oauth2(TestTokens.cityOfficer(ABOLISHED)).when().get(PROBE).then().statusCode(200)
                .body("parks", contains("SDP981"));
    }

    @Test
    void aLaterCorrectionReplacesTheDayAndAnOlderOneArrivingLateChangesNothing() {
        clock.pin(DAY);
        OffsetDateTime later = OffsetDateTime.parse("2025-02-01T00:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> successions.apply(abolished(UUID.randomUUID(), later, DAY.plusDays(1))));
        assertThat(successions.heldBy(SUCCESSOR)).containsExactly(SUCCESSOR);
        QuarkusTransaction.requiringNew().run(() -> successions.apply(
                abolished(UUID.randomUUID(), later.minusDays(10), DAY)));
        assertThat(successions.heldBy(SUCCESSOR)).containsExactly(SUCCESSOR);
        clock.pin(DAY.plusDays(1));
        assertThat(successions.heldBy(SUCCESSOR)).containsExactly(SUCCESSOR, ABOLISHED);
    }

    @Test
    void otherParkEventsAreIgnoredAndBadDataIsPoison() {
        QuarkusTransaction.requiringNew().run(() -> successions.apply(
                ParkEvents.registered("SDP972", "继承市第二园区", SUCCESSOR, "继承市", ParkLevel.PROVINCIAL)));
        var bad = EventFixtures.data(new CityAbolished(ABOLISHED, "撤销市", SUCCESSOR, "继承市", DAY)).put("successorCode", "3797");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> successions.apply(
                EventFixtures.incoming(CityAbolished.TYPE, ABOLISHED, bad))))
                .isInstanceOf(MalformedEventException.class);
    }

    private static IncomingEvent abolished(UUID id, OffsetDateTime at, LocalDate effectiveOn) {
        IncomingEvent event = EventFixtures.incoming(new CityAbolished(ABOLISHED, "撤销市", SUCCESSOR, "继承市", effectiveOn));
        return new IncomingEvent(id, event.type(), event.source(), event.subject(), at, event.actor(),
                event.correlationId(), event.data(), event.topic());
    }
}
