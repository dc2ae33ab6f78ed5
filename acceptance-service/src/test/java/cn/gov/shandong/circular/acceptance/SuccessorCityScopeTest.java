package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.CityAbolished;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import cn.gov.shandong.circular.common.cities.CitySuccessions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Successor cities (decision 38): 莱芜市 371200 was abolished in favour of 济南市 370100 from 2019-01-09, as
 * parks-service announces it (park.city-abolished). From that day Jinan's officers review Laiwu's parks'
 * applications, which keep Laiwu's city code; the day before they could not. Uses SDP068 and SDP069 only,
 * and forgets the succession afterwards, so other classes' Jinan officers see Jinan's parks only.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuccessorCityScopeTest {

    private static final String LAIWU = "371200";
    private static final LocalDate MERGER = LocalDate.parse("2019-01-09");
    private static final Fixtures.Park GAOXIN = new Fixtures.Park("SDP068", "莱芜高新区", LAIWU, "莱芜市", ParkLevel.NATIONAL);
    private static final Fixtures.Park GANGCHENG =
            new Fixtures.Park("SDP069", "莱芜钢城经济开发区", LAIWU, "莱芜市", ParkLevel.PROVINCIAL);
    private boolean published;

    @Inject
    EntityManager entityManager;

    @Inject
    ProvinceClock clock;

    @BeforeEach
    void laiwuHasItsParksAndJinanSucceedsIt() {
        if (!published) {
            Fixtures.publishParkRegistered(GAOXIN);
            Fixtures.publishParkRegistered(GANGCHENG);
            EventFixtures.publish(new CityAbolished(LAIWU, "莱芜市", Fixtures.JINAN, "济南市", MERGER));
            for (Fixtures.Park park : java.util.List.of(GAOXIN, GANGCHENG)) {
                EventFixtures.publish(Fixtures.approved(Fixtures.planOf(park.code()), park.code(), LAIWU, 1, 0,
                        java.util.List.of(Fixtures.project(park.code()))));
            }
            published = true;
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.count(entityManager,
                "select count(*) from park_directory where park_code in ('SDP068', 'SDP069')") == 2
                && Fixtures.count(entityManager,
                "select count(*) from approved_plan_project where park_code in ('SDP068', 'SDP069')") == 2
                && Fixtures.count(entityManager,
                "select count(*) from city_succession where city_code = '371200' and successor_code = '370100'") == 1);
    }

    @Inject
    CitySuccessions citySuccessions;

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
    void aJinanOfficerReviewsAnApplicationOfALaiwuParkWhichKeepsLaiwusCity() {
        String id = as(TestTokens.parkManager("SDP068")).body(applyBody("SDP068", "莱芜高新区循环化改造项目已全部完成。"))
                .post("/api/v1/applications").then().statusCode(201)
                .body("cityCode", equalTo(LAIWU))
                .extract().path("id");

        // Qingdao's officer does not see it, nor does an officer of abolished Laiwu: its parks are handed over.
        as(TestTokens.cityOfficer(Fixtures.QINGDAO)).get("/api/v1/applications/{id}", id).then().statusCode(404);
        as(TestTokens.cityOfficer(Fixtures.QINGDAO)).header("If-Match", "\"0\"")
                .post("/api/v1/applications/{id}/review", id)
                .then().statusCode(404);
        as(TestTokens.cityOfficer(LAIWU)).get("/api/v1/applications/{id}", id).then().statusCode(404);

        // Jinan's officer lists it (their own city's list, and Laiwu's by name) and reviews it.
        as(TestTokens.cityOfficer(Fixtures.JINAN)).get("/api/v1/applications?parkCode=SDP068").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(TestTokens.cityOfficer(Fixtures.JINAN)).get("/api/v1/applications?cityCode=371200").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(TestTokens.cityOfficer(Fixtures.QINGDAO)).get("/api/v1/applications?cityCode=371200").then().statusCode(403);
        Fixtures.passed(id, Fixtures.JINAN);
        as(TestTokens.cityOfficer(Fixtures.JINAN)).get("/api/v1/applications/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("PASSED"))
                .body("cityCode", equalTo(LAIWU))
                .body("review.reviewedBy", equalTo("officer.370100"));
    }

    @Test
    void theDayBeforeTheMergerLaiwusParksAreLaiwusOwn() {
        clock.pin(MERGER.minusDays(1));
        String id = as(TestTokens.parkManager("SDP069")).body(applyBody("SDP069", "钢城经济开发区循环化改造完成。"))
                .post("/api/v1/applications").then().statusCode(201)
                .extract().path("id");

        as(TestTokens.cityOfficer(Fixtures.JINAN)).get("/api/v1/applications/{id}", id).then().statusCode(404);
        as(TestTokens.cityOfficer(Fixtures.JINAN)).get("/api/v1/applications?parkCode=SDP069").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(TestTokens.cityOfficer(Fixtures.JINAN)).header("If-Match", "\"0\"")
                .post("/api/v1/applications/{id}/review", id)
                .then().statusCode(404);
        as(TestTokens.cityOfficer(LAIWU)).get("/api/v1/applications/{id}", id).then().statusCode(200)
                .body("cityCode", equalTo(LAIWU));

        // From the merger day on, Jinan's officer reviews it.
        clock.pin(MERGER);
        as(TestTokens.cityOfficer(Fixtures.JINAN)).header("If-Match", "\"0\"")
                .body(Fixtures.decisionBody("RETURNED", "请补充钢城区固废综合利用数据。"))
                .post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        as(TestTokens.cityOfficer(LAIWU)).get("/api/v1/applications/{id}", id).then().statusCode(404);
    }
}
