package cn.gov.shandong.circular.plans;

import static cn.gov.shandong.circular.plans.PlanFixtures.PLANS;
import static cn.gov.shandong.circular.plans.PlanFixtures.WEIFANG;
import static cn.gov.shandong.circular.plans.PlanFixtures.as;
import static cn.gov.shandong.circular.plans.PlanFixtures.content;
import static cn.gov.shandong.circular.plans.PlanFixtures.coreIndicators;
import static cn.gov.shandong.circular.plans.PlanFixtures.draft;
import static cn.gov.shandong.circular.plans.PlanFixtures.indicator;
import static cn.gov.shandong.circular.plans.PlanFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.ImplementationPlanReturned;
import cn.gov.shandong.circular.events.ImplementationPlanSubmitted;
import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.PlanTarget;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A park drafts, the city returns and approves, the park revises; every change is an event. Parks of 潍坊. */
@QuarkusTest
class ImplementationPlanLifecycleTest {

    static final RegistryFeed.Park QINGZHOU = new RegistryFeed.Park("SDP030", "青州经济开发区", WEIFANG, "潍坊市",
            ParkLevel.PROVINCIAL);
    static final RegistryFeed.Park ZHUCHENG = new RegistryFeed.Park("SDP031", "诸城经济开发区", WEIFANG, "潍坊市",
            ParkLevel.PROVINCIAL);
    static final RegistryFeed.Park GAOMI = new RegistryFeed.Park("SDP032", "高密经济开发区", WEIFANG, "潍坊市",
            ParkLevel.PROVINCIAL);

    @Inject
    RegistryFeed feed;

    @BeforeEach
    void parksAreKnown() {
        feed.registerAndAwait(List.of(QINGZHOU, ZHUCHENG, GAOMI));
    }

    @Test
    void theParkDraftsTheCityReturnsThenApprovesAndARevisionIsApprovedAgain() {
        String manager = TestTokens.parkManager("SDP030");
        String officer = TestTokens.cityOfficer(WEIFANG);
        ArrayNode indicators = coreIndicators();
        // COD going up is accepted, with a warning.
        indicators.add(indicator("COD_EMISSIONS", 2017, 1250, 2020, 1300));
        ExtractableResponse<Response> created = as(manager)
                .header("Idempotency-Key", "sdp030-draft-1")
                .body(draft("SDP030", indicators, project("园区中水回用工程")).toString())
                .post(PLANS)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("parkCode", equalTo("SDP030"))
                .body("parkName", equalTo("青州经济开发区"))
                .body("cityCode", equalTo(WEIFANG))
                .body("programmeCode", equalTo("2018-2020"))
                .body("revision", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("indicators.code", contains("RESOURCE_PRODUCTIVITY", "LAND_PRODUCTIVITY",
                        "SOLID_WASTE_UTILISATION", "WATER_REUSE", "COD_EMISSIONS"))
                .body("indicators[1].unit", equalTo("亿元/平方公里"))
                .body("indicators[1].name", equalTo("土地产出率"))
                .body("indicators[4].better", equalTo("LOWER"))
                .body("indicators[1].baseline.value", equalTo(18.6f))
                .body("projects[0].funding.other", equalTo(0))
                .body("projects[0].nationalCode", equalTo("2018-370781-46-03-012345"))
                .body("totalInvestment", equalTo(8600))
                .body("warnings", hasSize(1))
                .body("warnings[0].field", equalTo("indicators[4].target.value"))
                .body("createdBy", equalTo("manager.SDP030"))
                .body("decision", nullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PLANS + "/" + id);

        // A retry with the same key and body returns the first result; another body with the key is refused.
        as(manager).header("Idempotency-Key", "sdp030-draft-1")
                .body(draft("SDP030", indicators, project("园区中水回用工程")).toString())
                .post(PLANS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        as(manager).header("Idempotency-Key", "sdp030-draft-1")
                .body(draft("SDP030", coreIndicators()).toString())
                .post(PLANS)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:idempotency-key-reused"));
        // Without a key, a second plan of the park under the programme is a conflict.
        as(manager).body(draft("SDP030", coreIndicators()).toString()).post(PLANS)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:implementation-plan-exists"));

        // The park corrects the COD target; a stale If-Match is refused.
        String projectId = created.path("projects[0].id");
        ObjectNode kept = project("园区中水回用工程（一期）").put("id", projectId);
        ObjectNode corrected = content(coreIndicators().add(indicator("COD_EMISSIONS", 2017, 1250, 2020, 980)), kept);
        as(manager).header("If-Match", "\"7\"").body(corrected.toString()).put(PLANS + "/{id}", id)
                .then().statusCode(412).body("type", equalTo("urn:circular-parks:problem:stale-version"));
        as(manager).header("If-Match", "\"0\"").body(corrected.toString()).put(PLANS + "/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("warnings", empty())
                .body("projects[0].id", equalTo(projectId))
                .body("projects[0].name", equalTo("园区中水回用工程（一期）"));

        // Submitted; the city returns it with reasons; the park revises and resubmits; the city approves.
        as(manager).header("If-Match", "\"1\"").post(PLANS + "/{id}/submission", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo("manager.SDP030"));
        as(manager).body(corrected.toString()).put(PLANS + "/{id}", id)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
        as(officer).header("If-Match", "\"2\"")
                .body("{\"outcome\":\"RETURNED\",\"reasons\":\"水循环利用率基准值与统计年鉴不符\"}")
                .post(PLANS + "/{id}/decision", id)
                .then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("decision.outcome", equalTo("RETURNED"))
                .body("decision.reasons", equalTo("水循环利用率基准值与统计年鉴不符"))
                .body("decision.decidedBy", equalTo("officer." + WEIFANG));
        ArrayNode checkedWater = coreIndicators();
        checkedWater.set(3, indicator("WATER_REUSE", 2017, 87.2, 2020, 92));
        checkedWater.add(indicator("COD_EMISSIONS", 2017, 1250, 2020, 980));
        as(manager).body(content(checkedWater, kept).toString()).put(PLANS + "/{id}", id)
                .then().statusCode(200).body("indicators[3].baseline.value", equalTo(87.2f));
        as(manager).post(PLANS + "/{id}/submission", id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(officer).body("{\"outcome\":\"APPROVED\"}").post(PLANS + "/{id}/decision", id)
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decision.outcome", equalTo("APPROVED"));

        // An approved version is never edited in place.
        as(manager).body(corrected.toString()).put(PLANS + "/{id}", id)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
        as(TestTokens.auditor()).get("/api/v1/parks/SDP030/implementation-plan")
                .then().statusCode(200).body("id", equalTo(id)).body("revision", equalTo(1));

        // A revision: a new draft version, a copy, approved again; the first version is kept as history.
        String revision = as(manager).header("Idempotency-Key", "sdp030-revision-2")
                .post(PLANS + "/{id}/revisions", id)
                .then().statusCode(201)
                .body("revision", equalTo(2)).body("status", equalTo("DRAFT"))
                .body("projects[0].id", equalTo(projectId))
                .body("indicators[3].baseline.value", equalTo(87.2f))
                .extract().path("id");
        as(manager).header("Idempotency-Key", "sdp030-revision-2").post(PLANS + "/{id}/revisions", id)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(revision));
        as(manager).post(PLANS + "/{id}/revisions", id)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:open-implementation-plan-exists"));
        as(TestTokens.expert()).get("/api/v1/parks/SDP030/implementation-plan")
                .then().statusCode(200).body("revision", equalTo(1));
        ObjectNode raised = content(coreIndicators().add(indicator("ENERGY_PRODUCTIVITY", 2017, 1.2, 2020, 1.5)), kept);
        as(manager).body(raised.toString()).put(PLANS + "/{id}", revision).then().statusCode(200);
        as(manager).post(PLANS + "/{id}/submission", revision).then().statusCode(200);
        as(officer).body("{\"outcome\":\"APPROVED\",\"reasons\":\"同意调整\"}").post(PLANS + "/{id}/decision", revision)
                .then().statusCode(200).body("status", equalTo("APPROVED"));

        as(TestTokens.provinceAdmin()).get("/api/v1/parks/SDP030/implementation-plan")
                .then().statusCode(200).body("id", equalTo(revision)).body("revision", equalTo(2))
                .body("indicators.code", contains("RESOURCE_PRODUCTIVITY", "LAND_PRODUCTIVITY",
                        "SOLID_WASTE_UTILISATION", "WATER_REUSE", "ENERGY_PRODUCTIVITY"));
        as(manager).get("/api/v1/parks/SDP030/implementation-plan/history")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.revision", contains(1, 2))
                .body("items.status", contains("SUPERSEDED", "APPROVED"));
        as(manager).get(PLANS + "/{id}", id)
                .then().statusCode(200).body("status", equalTo("SUPERSEDED")).body("supersededAt", notNullValue())
                .body("indicators[3].baseline.value", equalTo(87.2f));

        // Downstream systems read every state change on plans.events, keyed by the park, in order.
        List<IncomingEvent> events = PlanFixtures.eventsAbout(Set.of(id, revision), 6);
        assertThat(events).extracting(IncomingEvent::type).containsExactly(
                ImplementationPlanSubmitted.TYPE, ImplementationPlanReturned.TYPE, ImplementationPlanSubmitted.TYPE,
                ImplementationPlanApproved.TYPE, ImplementationPlanSubmitted.TYPE, ImplementationPlanApproved.TYPE);
        assertThat(events).extracting(IncomingEvent::subject).containsOnly("SDP030");
        assertThat(events.get(1).dataAs(ImplementationPlanReturned.class).reasons()).isEqualTo("水循环利用率基准值与统计年鉴不符");
        assertThat(events.get(1).actor()).isEqualTo("officer." + WEIFANG);
        ImplementationPlanApproved first = events.get(3).dataAs(ImplementationPlanApproved.class);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.programmeCode()).isEqualTo("2018-2020");
        assertThat(first.cityCode()).isEqualTo(WEIFANG);
        assertThat(first.targets()).contains(new PlanTarget(Indicator.WATER_REUSE, "%", 2017, 87.2, 2020, 92.0),
                new PlanTarget(Indicator.COD_EMISSIONS, "吨/年", 2017, 1250.0, 2020, 980.0));
        ImplementationPlanApproved second = events.get(5).dataAs(ImplementationPlanApproved.class);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.targets()).extracting(PlanTarget::indicator).contains(Indicator.ENERGY_PRODUCTIVITY);
        assertThat(events.get(4).dataAs(ImplementationPlanSubmitted.class).planId().toString()).isEqualTo(revision);
    }

    @Test
    void aPlanWithoutTheFourCoreIndicatorsCannotBeSubmittedAndNothingIsPublished() {
        String manager = TestTokens.parkManager("SDP031");
        ArrayNode threeCore = coreIndicators();
        threeCore.remove(3);
        String id = as(manager).body(draft("SDP031", threeCore).toString()).post(PLANS)
                .then().statusCode(201).extract().path("id");
        long before = feed.count("select count(*) from outbox_event where event_key = :p", "SDP031");
        as(manager).post(PLANS + "/{id}/submission", id)
                .then().statusCode(422)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo("urn:circular-parks:problem:incomplete-plan"))
                .body("field", equalTo("indicators"))
                .body("violations", hasSize(1))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("WATER_REUSE"));
        as(manager).get(PLANS + "/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("version", equalTo(0));
        assertThat(feed.count("select count(*) from outbox_event where event_key = :p", "SDP031")).isEqualTo(before);
        // Approving a draft skips the submission: refused.
        as(TestTokens.cityOfficer(WEIFANG)).body("{\"outcome\":\"APPROVED\"}").post(PLANS + "/{id}/decision", id)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
        as(manager).post(PLANS + "/{id}/revisions", id)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
    }

    @Test
    void refusalsNameTheFieldPathAndLeaveNothingBehind() {
        String manager = TestTokens.parkManager("SDP032");
        long plans = feed.count("select count(*) from implementation_plan where park_code = :p", "SDP032");
        ArrayNode indicators = coreIndicators();
        indicators.insert(2, indicator("CARBON_INTENSITY", 2017, 1, 2020, 1));
        as(manager).body(draft("SDP032", indicators).toString()).post(PLANS)
                .then().statusCode(400)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo("urn:circular-parks:problem:bad-request"))
                .body("field", equalTo("indicators[2].code"));
        ArrayNode overHundred = coreIndicators();
        overHundred.set(2, indicator("SOLID_WASTE_UTILISATION", 2017, 82.5, 2020, 101));
        as(manager).body(draft("SDP032", overHundred).toString()).post(PLANS)
                .then().statusCode(400).body("field", equalTo("indicators[2].target.value"));
        ArrayNode after = coreIndicators();
        after.set(0, indicator("RESOURCE_PRODUCTIVITY", 2017, 4200, 2025, 5100));
        as(manager).body(draft("SDP032", after).toString()).post(PLANS)
                .then().statusCode(400).body("field", equalTo("indicators[0].target.year"));
        ObjectNode unbalanced = project("余热回收");
        unbalanced.put("totalInvestment", 9000);
        ObjectNode badCode = project("供热管网").put("nationalCode", "2018-370781-46-03-01234");
        as(manager).body(draft("SDP032", coreIndicators(), unbalanced, badCode).toString()).post(PLANS)
                .then().statusCode(400)
                .body("violations.field", contains("projects[0].funding", "projects[1].nationalCode"));
        as(manager).body(draft("SDP032", coreIndicators()).put("programmeCode", "2031-2035").toString()).post(PLANS)
                .then().statusCode(422).body("field", equalTo("programmeCode"));
        as(manager).body(draft("SDP032", coreIndicators(), project("外来项目").put("id",
                        "00000000-0000-4000-8000-000000000001")).toString()).post(PLANS)
                .then().statusCode(422).body("field", equalTo("projects[0].id"));
        assertThat(feed.count("select count(*) from implementation_plan where park_code = :p", "SDP032"))
                .isEqualTo(plans);
    }
}
