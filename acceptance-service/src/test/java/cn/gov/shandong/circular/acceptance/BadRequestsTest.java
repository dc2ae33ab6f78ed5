package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;

import cn.gov.shandong.circular.common.testing.BadRequestSuite;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every documented operation, sent bad requests generated from the OpenAPI document (see
 * BadRequestSuite). Its own parks: SDP020 applies (the create's body), SDP021 has an application
 * that the review, resubmission and filing paths name, SDP029 (in Zibo here) a filed one, drawn in the
 * spot-check round 2093-01 whose paths the suite names.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class BadRequestsTest {

    private static final Fixtures.Park APPLYING = new Fixtures.Park("SDP020", "坏请求申请园区", Fixtures.ZIBO, "淄博市", ParkLevel.PROVINCIAL);
    private static final Fixtures.Park REVIEWED = new Fixtures.Park("SDP021", "坏请求评审园区", Fixtures.ZIBO, "淄博市", ParkLevel.NATIONAL);
    private static final Fixtures.Park FILED = new Fixtures.Park("SDP029", "坏请求抽查园区", Fixtures.ZIBO, "淄博市", ParkLevel.NATIONAL);

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Test
    void noBadRequestIsAServerErrorOrLeavesARowOrEventBehind() {
        Fixtures.publishParkRegistered(APPLYING);
        Fixtures.publishParkRegistered(REVIEWED);
        Fixtures.publishParkRegistered(FILED);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.count(entityManager,
                "select count(*) from park_directory where park_code in ('SDP020', 'SDP021', 'SDP029')") == 3);
        String applicationId = as(TestTokens.parkManager(REVIEWED.code()))
                .body(applyBody(REVIEWED.code(), "评审路径的申请"))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        // A second application, filed, is the population of a spot-check round whose paths the suite names.
        String filedId = as(TestTokens.parkManager(FILED.code()))
                .body(applyBody(FILED.code(), "抽查路径的申请"))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        as(TestTokens.cityOfficer(Fixtures.ZIBO)).body(Fixtures.reviewBody("PASSED", 90, "通过"))
                .post("/api/v1/applications/{id}/review", filedId).then().statusCode(200);
        as(TestTokens.provinceAdmin()).post("/api/v1/applications/{id}/filing", filedId).then().statusCode(200);
        as(TestTokens.provinceAdmin())
                .body(SpotCheckTest.drawBody("2093-01", List.of(), List.of(Fixtures.ZIBO), List.of(), null, "1", "bad",
                        List.of("expert.wang")))
                .post("/api/v1/spot-checks").then().statusCode(201);
        as(TestTokens.provinceAdmin())
                .body(SpotCheckTest.findingBody(FILED.code(), "RECTIFICATION_REQUIRED", "2099-12-31", "限期整改"))
                .post("/api/v1/spot-checks/2093-01/findings").then().statusCode(201);

        BadRequestSuite.forService("acceptance-service")
                .caller("park-manager", () -> TestTokens.parkManager(APPLYING.code()))
                .caller("city-officer", () -> TestTokens.cityOfficer(Fixtures.ZIBO))
                .pathValue("id", () -> applicationId)
                .pathValue("code", () -> "2093-01")
                .pathValue("/api/v1/spot-checks/{code}/findings/{parkCode}/resolution", "parkCode", FILED::code)
                .body("POST /api/v1/applications", applyBody(APPLYING.code(), "验收申请"))
                .body("POST /api/v1/applications/{id}/review", "{\"outcome\":\"RETURNED\",\"score\":80,\"comments\":\"请补充\"}")
                .body("POST /api/v1/applications/{id}/resubmission", "{\"summary\":\"修改后的申请\"}")
                .body("POST /api/v1/applications/{id}/filing", "{\"remarks\":\"备案\"}")
                .body("POST /api/v1/spot-checks", SpotCheckTest.drawBody("2093-02", List.of("NATIONAL"),
                        List.of(Fixtures.ZIBO), List.of(2026), 1, null, "seed-1", List.of("expert.wang")))
                .body("POST /api/v1/spot-checks/{code}/findings",
                        SpotCheckTest.findingBody(FILED.code(), "CONFIRMED", null, "属实"))
                .body("POST /api/v1/spot-checks/{code}/findings/{parkCode}/resolution",
                        SpotCheckTest.resolutionBody("CONFIRMED", "已整改"))
                .run(dataSource);
    }
}
