package cn.gov.shandong.circular.plans;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.shandong.circular.common.cities.CitySuccessions;
import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.CityAbolished;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ZoneKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Successor cities (decision 38) in plans-service: from 2019-01-09 a Jinan officer reads SDP068's schedule
 * (莱芜市's park, seeded for 2018-2020), and the 2018-2020 schedule lists it with Laiwu's city; not the day
 * before. Forgets the succession afterwards, so other classes' Jinan officers see Jinan's parks only.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuccessorCityScopeTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ProvinceClock clock;

    @Inject
    CitySuccessions citySuccessions;

    @BeforeAll
    void laiwusParkIsKnownAndJinanSucceedsLaiwu() {
        EventFixtures.publish(new ParkRegistered("SDP068", "莱芜高新区", "371200", "莱芜市", ParkLevel.NATIONAL,
                ZoneKind.HIGH_TECH_INDUSTRIAL_DEVELOPMENT_ZONE));
        EventFixtures.publish(new CityAbolished("371200", "莱芜市", "370100", "济南市", LocalDate.parse("2019-01-09")));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select (select count(*) from park_directory where park_code = 'SDP068')"
                        + " + (select count(*) from city_succession where city_code = '371200')").getSingleResult())
                        .intValue() == 2));
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @AfterAll
    void forgetTheSuccession() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from city_succession where city_code = '371200'").executeUpdate());
        citySuccessions.refresh();
    }

    @Test
    void fromTheMergerAJinanOfficerReadsLaiwusParkAndAQingdaoOfficerDoesNot() {
        clock.pin(LocalDate.parse("2019-01-09"));
        given().auth().oauth2(TestTokens.cityOfficer("370100")).when().get("/api/v1/parks/SDP068/schedule")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.cityOfficer("370100")).queryParam("cityCode", "371200")
                .when().get("/api/v1/programmes/2018-2020/schedule")
                .then().statusCode(200).body("items.parkCode", hasItem("SDP068"))
                .body("items[0].cityCode", equalTo("371200"));
        given().auth().oauth2(TestTokens.cityOfficer("370200")).when().get("/api/v1/parks/SDP068/schedule")
                .then().statusCode(404);
    }

    @Test
    void theDayBeforeItIsNotJinans() {
        clock.pin(LocalDate.parse("2019-01-08"));
        given().auth().oauth2(TestTokens.cityOfficer("370100")).when().get("/api/v1/parks/SDP068/schedule")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.cityOfficer("370100")).when().get("/api/v1/programmes/2018-2020/schedule")
                .then().statusCode(200).body("items.parkCode", not(hasItem("SDP068")));
    }
}
