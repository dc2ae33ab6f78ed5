package cn.gov.shandong.circular.plans;

import static cn.gov.shandong.circular.plans.PlanFixtures.PLANS;
import static cn.gov.shandong.circular.plans.PlanFixtures.RIZHAO;
import static cn.gov.shandong.circular.plans.PlanFixtures.as;

import cn.gov.shandong.circular.common.testing.BadRequestSuite;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every documented operation, sent bad requests generated from the OpenAPI document (see BadRequestSuite).
 * The implementation plan paths name SDP064 (日照, a park no other test uses): its approved version 1 with a
 * project, and a draft revision (version 2) that the {id} paths name; the supervision paths name a record
 * of SDP064 and its action; the promotion plan paths name 日照's 2019 plan (SDP064 is scheduled in 2019).
 */
@QuarkusTest
class BadRequestsTest {

    private static final String PROMOTION = "/api/v1/promotion-plans";

    private static final RegistryFeed.Park PARK = new RegistryFeed.Park("SDP064", "日照经济技术开发区", RIZHAO, "日照市",
            ParkLevel.NATIONAL);

    private static final String RESOLUTION = "/api/v1/supervision-records/{id}/actions/{actionId}/resolution";
    private static final String VISIT = "{\"visitedOn\":\"2019-05-16\",\"inspectors\":[\"张明\"],"
            + "\"findings\":\"重点项目按计划推进。\",\"problems\":[\"固废台账不完整。\"],"
            + "\"actions\":[{\"description\":\"完善固废台账。\",\"deadline\":\"2019-08-31\"}]}";

    @Inject
    DataSource dataSource;

    @Inject
    RegistryFeed feed;

    @Test
    void noBadRequestIsAServerErrorOrLeavesARowOrEventBehind() {
        feed.registerAndAwait(List.of(PARK));
        String approved = PlanFixtures.approvedPlan("SDP064", RIZHAO, PlanFixtures.project("坏请求项目"));
        String projectId = as(TestTokens.parkManager("SDP064")).get(PLANS + "/{id}", approved)
                .then().statusCode(200).extract().path("projects[0].id");
        String draft = as(TestTokens.parkManager("SDP064")).post(PLANS + "/{id}/revisions", approved)
                .then().statusCode(201).extract().path("id");
        // A supervision record of SDP064 with one open action (the probe with the valid body resolves it;
        // the bad cases that follow meet a resolved action, which must answer 4xx all the same).
        var record = as(TestTokens.cityOfficer(RIZHAO)).body(VISIT).post("/api/v1/parks/SDP064/supervision-records")
                .then().statusCode(201).extract();
        String recordId = record.path("id");
        String actionId = record.path("actions[0].id");
        String content = PlanFixtures.content(PlanFixtures.coreIndicators(),
                PlanFixtures.project("坏请求项目").put("id", projectId)).toString();

        // Programme writes aim at a closed programme of their own: whatever gets past validation changes nothing.
        String definition = "{\"name\":\"坏请求推进方案\",\"document\":\"鲁工信资〔2090〕1号\",\"startYear\":2090,"
                + "\"endYear\":2095,\"goals\":{\"nationalShare\":1.00,\"provincialShare\":0.50}}";
        String closed = "2090-2095";
        as(TestTokens.provinceAdmin()).body("{\"code\":\"" + closed + "\",\"definition\":" + definition + "}")
                .post("/api/v1/programmes").then().statusCode(201);
        as(TestTokens.provinceAdmin()).post("/api/v1/programmes/" + closed + "/activation").then().statusCode(200);
        as(TestTokens.provinceAdmin()).post("/api/v1/programmes/" + closed + "/closure").then().statusCode(200);
        // 日照's 2019 promotion plan: version 1 acknowledged (in force), version 2 a draft that the {id} paths name.
        String promotionDraft = "{\"cityCode\":\"" + RIZHAO + "\",\"year\":2019,\"parks\":[{\"parkCode\":\"SDP064\","
                + "\"contents\":\"建设园区公共服务平台。\",\"milestones\":[{\"date\":\"2019-06-30\",\"description\":\"平台上线\"},"
                + "{\"date\":\"2019-10-31\",\"description\":\"平台验收\"}]}]}";
        String officer = TestTokens.cityOfficer(RIZHAO);
        String inForce = as(officer).body(promotionDraft).post(PROMOTION).then().statusCode(201).extract().path("id");
        as(officer).post(PROMOTION + "/{id}/submission", inForce).then().statusCode(200);
        String milestoneId = as(TestTokens.provinceAdmin()).body("{\"outcome\":\"ACKNOWLEDGED\"}")
                .post(PROMOTION + "/{id}/decision", inForce).then().statusCode(200).extract().path("parks[0].milestones[0].id");
        String promotionRevision = as(officer).post(PROMOTION + "/{id}/revisions", inForce)
                .then().statusCode(201).extract().path("id");
        String promotionContent = promotionDraft.substring(promotionDraft.indexOf("\"parks\"") - 1)
                .replaceFirst("^.", "{");

        BadRequestSuite.forService("plans-service")
                .pathValue(PROMOTION + "/{id}", "id", () -> promotionRevision)
                .pathValue(PROMOTION + "/{id}/submission", "id", () -> promotionRevision)
                .pathValue(PROMOTION + "/{id}/decision", "id", () -> promotionRevision)
                .pathValue(PROMOTION + "/{id}/revisions", "id", () -> inForce)
                .pathValue(PROMOTION + "/{id}/comparison", "id", () -> promotionRevision)
                .pathValue(PROMOTION + "/{id}/milestones/{milestoneId}/completion", "id", () -> inForce)
                .pathValue(PROMOTION + "/{id}/milestones/{milestoneId}/completion", "milestoneId", () -> milestoneId)
                .body("POST " + PROMOTION, promotionDraft)
                .body("PUT " + PROMOTION + "/{id}", promotionContent)
                .body("POST " + PROMOTION + "/{id}/decision", "{\"outcome\":\"RETURNED\",\"comments\":\"请补充\"}")
                .body("POST " + PROMOTION + "/{id}/milestones/{milestoneId}/completion", "{\"doneOn\":\"2019-07-01\"}")
                .caller("park-manager", () -> TestTokens.parkManager("SDP064"))
                .caller("city-officer", () -> TestTokens.cityOfficer(RIZHAO))
                .pathValue("/api/v1/programmes/{code}", "code", () -> "2018-2020")
                .pathValue("/api/v1/programmes/{code}/schedule", "code", () -> "2018-2020")
                .pathValue("code", () -> closed)
                .body("POST /api/v1/programmes", "{\"code\":\"2090-2096\",\"definition\":" + definition + "}")
                .body("PUT /api/v1/programmes/{code}", definition)
                .body("POST /api/v1/programmes/{code}/schedule", "{\"entries\":[{\"parkCode\":\"SDP064\",\"year\":2091}]}")
                .body("POST /api/v1/programmes/{code}/schedule/{parkCode}/rescheduling", "{\"year\":2092,\"reason\":\"顺延\"}")
                .body("POST /api/v1/programmes/{code}/schedule/{parkCode}/withdrawal", "{\"reason\":\"已完成\"}")
                .pathValue("parkCode", () -> "SDP064")
                .pathValue("id", () -> draft)
                .pathValue("projectId", () -> projectId)
                .pathValue("/api/v1/supervision-records/{id}", "id", () -> recordId)
                .pathValue(RESOLUTION, "id", () -> recordId)
                .pathValue("actionId", () -> actionId)
                .body("POST " + PLANS, PlanFixtures.draft("SDP064", PlanFixtures.coreIndicators(),
                        PlanFixtures.project("坏请求项目")).toString())
                .body("PUT " + PLANS + "/{id}", content)
                .body("POST " + PLANS + "/{id}/decision", "{\"outcome\":\"RETURNED\",\"reasons\":\"请补充\"}")
                .body("POST /api/v1/parks/{parkCode}/projects/{projectId}/progress",
                        "{\"reportedOn\":\"2019-06-30\",\"percentComplete\":45.5,\"investmentToDate\":3200,\"note\":\"进展\"}")
                .body("POST /api/v1/parks/{parkCode}/supervision-records", VISIT)
                .body("POST " + RESOLUTION, "{\"resolvedOn\":\"2019-08-20\",\"resolution\":\"台账已建立。\"}")
                .run(dataSource);
    }
}
