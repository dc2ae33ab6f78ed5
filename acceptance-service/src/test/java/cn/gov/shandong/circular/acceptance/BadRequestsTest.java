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
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every documented operation, sent bad requests generated from the OpenAPI document (see
 * BadRequestSuite). Its own parks: SDP020 applies (the create's body), SDP021 has an application
 * that the review, resubmission and filing paths name.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class BadRequestsTest {

    private static final Fixtures.Park APPLYING = new Fixtures.Park("SDP020", "坏请求申请园区", Fixtures.ZIBO, "淄博市", ParkLevel.PROVINCIAL);
    private static final Fixtures.Park REVIEWED = new Fixtures.Park("SDP021", "坏请求评审园区", Fixtures.ZIBO, "淄博市", ParkLevel.NATIONAL);

    /** Shaped like the default sheet: should a variant publish it, reviews opened later still score as before. */
    static final String SCORE_SHEET = AuthorisationMatrixTest.DEFAULT_SHAPED_SHEET;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Test
    void noBadRequestIsAServerErrorOrLeavesARowOrEventBehind() {
        Fixtures.publishParkRegistered(APPLYING);
        Fixtures.publishParkRegistered(REVIEWED);
        for (Fixtures.Park park : java.util.List.of(APPLYING, REVIEWED)) {
            cn.gov.shandong.circular.common.testing.EventFixtures.publish(Fixtures.approved(Fixtures.planOf(park.code()),
                    park.code(), park.cityCode(), 1, 0, java.util.List.of(Fixtures.project(park.code()))));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.count(entityManager,
                "select count(*) from park_directory where park_code in ('SDP020', 'SDP021')") == 2
                && Fixtures.count(entityManager,
                "select count(*) from approved_plan_project where park_code in ('SDP020', 'SDP021')") == 2);
        String applicationId = as(TestTokens.parkManager(REVIEWED.code()))
                .body(applyBody(REVIEWED.code(), "评审路径的申请"))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");

        BadRequestSuite.forService("acceptance-service")
                .caller("park-manager", () -> TestTokens.parkManager(APPLYING.code()))
                .caller("city-officer", () -> TestTokens.cityOfficer(Fixtures.ZIBO))
                .caller("expert", () -> Fixtures.expert("expert.wang"))
                .pathValue("id", () -> applicationId)
                .body("POST /api/v1/applications", applyBody(APPLYING.code(), "验收申请"))
                .pathValue("expert", () -> "expert.wang")
                .pathValue("version", () -> "1")
                .pathValue("username", () -> "expert.wang")
                .body("POST /api/v1/applications/{id}/decision", "{\"outcome\":\"RETURNED\",\"reasons\":\"请补充\"}")
                .body("POST /api/v1/applications/{id}/filing-return", "{\"reasons\":\"请补正\"}")
                .body("PUT /api/v1/applications/{id}/review/panel", "{\"experts\":[\"expert.wang\",\"expert.zhang\",\"expert.liu\"]}")
                .body("PUT /api/v1/applications/{id}/review/scores/{expert}", Fixtures.scoringBody(80))
                .body("POST /api/v1/score-sheets", SCORE_SHEET)
                .body("PUT /api/v1/experts/{username}", "{\"name\":\"王建国\",\"organisation\":\"山东省节能技术服务中心\",\"active\":true}")
                .body("POST /api/v1/applications/{id}/resubmission", "{\"summary\":\"修改后的申请\"}")
                .body("POST /api/v1/applications/{id}/filing", "{\"remarks\":\"备案\"}")
                .run(dataSource);
    }
}
