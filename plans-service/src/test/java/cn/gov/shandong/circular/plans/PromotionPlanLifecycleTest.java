package cn.gov.shandong.circular.plans;

import static cn.gov.shandong.circular.plans.PlanFixtures.WEIFANG;
import static cn.gov.shandong.circular.plans.PlanFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.PromotionMilestoneDone;
import cn.gov.shandong.circular.events.PromotionMilestoneEntry;
import cn.gov.shandong.circular.events.PromotionParkEntry;
import cn.gov.shandong.circular.events.PromotionPlanAcknowledged;
import cn.gov.shandong.circular.events.PromotionPlanReturned;
import cn.gov.shandong.circular.events.PromotionPlanSubmitted;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A city drafts its yearly promotion plan (推进计划), the province returns then acknowledges it, the city
 * records milestones done and opens a new version; late milestones follow the pinned clock; every state
 * change is an event keyed by the city. 潍坊 (370700) for 2018: SDP030-SDP032 are scheduled that year.
 * 泰安 (370900) for 2020 checks refusals and the scope (SDP049 is scheduled in 2020, not in 2019).
 */
@QuarkusTest
class PromotionPlanLifecycleTest {

    static final String PROMOTION = "/api/v1/promotion-plans";
    static final String TAIAN = PlanFixtures.TAIAN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RegistryFeed feed;

    @Inject
    ProvinceClock clock;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void parksAreKnown() {
        feed.registerAndAwait(List.of(ImplementationPlanLifecycleTest.QINGZHOU, ImplementationPlanLifecycleTest.ZHUCHENG,
                ImplementationPlanLifecycleTest.GAOMI,
                new RegistryFeed.Park("SDP049", "泰安高新区", TAIAN, "泰安市", ParkLevel.NATIONAL)));
        feed.registerAndAwait(RegistryFeed.QINGDAO);
    }

    @AfterEach
    void clockRuns() {
        clock.release();
    }

    static ObjectNode milestone(String date, String description) {
        return JSON.createObjectNode().put("date", date).put("description", description);
    }

    static ObjectNode park(String parkCode, String contents, ObjectNode... milestones) {
        ObjectNode park = JSON.createObjectNode().put("parkCode", parkCode).put("contents", contents);
        ArrayNode list = park.putArray("milestones");
        for (ObjectNode milestone : milestones) {
            list.add(milestone);
        }
        return park;
    }

    static ObjectNode plan(String cityCode, Integer year, ObjectNode... parks) {
        ObjectNode plan = JSON.createObjectNode();
        if (cityCode != null) {
            plan.put("cityCode", cityCode);
        }
        if (year != null) {
            plan.put("year", year);
        }
        ArrayNode list = plan.putArray("parks");
        for (ObjectNode park : parks) {
            list.add(park);
        }
        return plan;
    }

    static ObjectNode content(ObjectNode... parks) {
        ObjectNode content = JSON.createObjectNode();
        ArrayNode list = content.putArray("parks");
        for (ObjectNode park : parks) {
            list.add(park);
        }
        return content;
    }

    @Test
    void theCityDraftsTheProvinceReturnsThenAcknowledgesMilestonesAreDoneAndANewVersionIsComparedAndAcknowledged() {
        clock.pin(LocalDate.parse("2018-01-10"));
        String officer = TestTokens.cityOfficer(WEIFANG);
        String province = TestTokens.provinceAdmin();

        // The front end prefills the plan from the parks the city transforms in 2018.
        as(officer).get(PROMOTION + "/candidate-parks?year=2018")
                .then().statusCode(200)
                .body("parkCode", hasItems("SDP030", "SDP031", "SDP032"))
                .body("parkCode", not(hasItems("SDP006")))
                .body("find { it.parkCode == 'SDP030' }.parkName", equalTo("青州经济开发区"))
                .body("find { it.parkCode == 'SDP030' }.programmeCode", equalTo("2018-2020"))
                .body("find { it.parkCode == 'SDP030' }.year", equalTo(2018));
        as(province).get(PROMOTION + "/candidate-parks?cityCode=" + WEIFANG + "&year=2018")
                .then().statusCode(200).body("parkCode", hasItems("SDP030", "SDP031", "SDP032"));

        ObjectNode draft = plan(WEIFANG, 2018,
                park("SDP030", "建设园区中水回用管网。", milestone("2018-03-31", "完成实施方案修编"),
                        milestone("2018-09-30", "中水回用管网主体完工")),
                park("SDP031", "建设工业固废综合利用中心。", milestone("2018-11-30", "固废中心投入试运行")));
        ExtractableResponse<Response> created = as(officer).header("Idempotency-Key", "promotion-370700-2018")
                .body(draft.toString()).post(PROMOTION)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("cityCode", equalTo(WEIFANG))
                .body("year", equalTo(2018))
                .body("revision", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("parks.parkCode", contains("SDP030", "SDP031"))
                .body("parks[0].parkName", equalTo("青州经济开发区"))
                .body("parks[0].milestones.date", contains("2018-03-31", "2018-09-30"))
                .body("parks[0].milestones[0].status", equalTo("PLANNED"))
                .body("parks[0].milestones[0].late", equalTo(false))
                .body("lateMilestones", equalTo(0))
                .body("createdBy", equalTo("officer." + WEIFANG))
                .extract();
        String v1 = created.path("id");
        assertThat(created.header("Location")).endsWith(PROMOTION + "/" + v1);
        String revisedPlan = created.path("parks[0].milestones[0].id");
        String pipes = created.path("parks[0].milestones[1].id");
        String waste = created.path("parks[1].milestones[0].id");

        // A retry returns the first result; the key with another body is refused; a second plan for the year too.
        as(officer).header("Idempotency-Key", "promotion-370700-2018").body(draft.toString()).post(PROMOTION)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(v1));
        as(officer).header("Idempotency-Key", "promotion-370700-2018").body(plan(WEIFANG, 2018).toString())
                .post(PROMOTION)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:idempotency-key-reused"));
        as(officer).body(plan(WEIFANG, 2018).toString()).post(PROMOTION)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:promotion-plan-exists"));

        // The city corrects its draft; a stale If-Match is refused.
        ObjectNode corrected = content(
                park("SDP030", "建设园区中水回用管网。", milestone("2018-03-31", "完成实施方案修编").put("id", revisedPlan),
                        milestone("2018-09-30", "中水回用管网主体完工").put("id", pipes)),
                park("SDP031", "建设工业固废综合利用中心，推进尾矿综合利用。",
                        milestone("2018-11-30", "固废中心投入试运行").put("id", waste)));
        as(officer).header("If-Match", "\"5\"").body(corrected.toString()).put(PROMOTION + "/{id}", v1)
                .then().statusCode(412).body("type", equalTo("urn:circular-parks:problem:stale-version"));
        as(officer).header("If-Match", "\"0\"").body(corrected.toString()).put(PROMOTION + "/{id}", v1)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("parks[1].contents", equalTo("建设工业固废综合利用中心，推进尾矿综合利用。"))
                .body("parks[0].milestones[0].id", equalTo(revisedPlan));

        // Submitted; the province returns it with comments (required); the city resubmits; the province acknowledges.
        as(officer).header("If-Match", "\"1\"").post(PROMOTION + "/{id}/submission", v1)
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo("officer." + WEIFANG));
        as(officer).body(corrected.toString()).put(PROMOTION + "/{id}", v1)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
        as(province).body("{\"outcome\":\"RETURNED\"}").post(PROMOTION + "/{id}/decision", v1)
                .then().statusCode(400).body("field", equalTo("comments"));
        as(province).header("If-Match", "\"2\"").body("{\"outcome\":\"RETURNED\",\"comments\":\"请补充高密经济开发区。\"}")
                .post(PROMOTION + "/{id}/decision", v1)
                .then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("decision.outcome", equalTo("RETURNED"))
                .body("decision.comments", equalTo("请补充高密经济开发区。"))
                .body("decision.decidedBy", equalTo("province.admin"));
        as(officer).post(PROMOTION + "/{id}/submission", v1).then().statusCode(200);
        as(province).body("{\"outcome\":\"ACKNOWLEDGED\"}").post(PROMOTION + "/{id}/decision", v1)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));

        // On 1 April the milestone of 31 March is late; it is recorded done, which is no plan change.
        clock.pin(LocalDate.parse("2018-04-01"));
        String etag = as(TestTokens.auditor()).get(PROMOTION + "/{id}", v1)
                .then().statusCode(200)
                .body("parks[0].milestones[0].late", equalTo(true))
                .body("parks[0].milestones[1].late", equalTo(false))
                .body("lateMilestones", equalTo(1))
                .extract().header("ETag");
        as(officer).get(PROMOTION + "?cityCode=" + WEIFANG + "&year=2018")
                .then().statusCode(200).body("items[0].lateMilestones", equalTo(1)).body("items[0].parks", equalTo(2));
        String milestoneDone = PROMOTION + "/{id}/milestones/{milestone}/completion";
        as(officer).header("If-Match", "\"0\"").body("{\"doneOn\":\"2018-04-01\"}").post(milestoneDone, v1, revisedPlan)
                .then().statusCode(412);
        as(officer).header("If-Match", etag).body("{\"doneOn\":\"2018-04-02\"}").post(milestoneDone, v1, revisedPlan)
                .then().statusCode(400).body("field", equalTo("doneOn"));
        as(officer).header("If-Match", etag).body("{\"doneOn\":\"2018-04-01\"}").post(milestoneDone, v1, revisedPlan)
                .then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("revision", equalTo(1))
                .body("parks[0].milestones[0].status", equalTo("DONE"))
                .body("parks[0].milestones[0].doneOn", equalTo("2018-04-01"))
                .body("parks[0].milestones[0].late", equalTo(false))
                .body("lateMilestones", equalTo(0));
        as(officer).body("{\"doneOn\":\"2018-04-01\"}").post(milestoneDone, v1, revisedPlan)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:illegal-transition"));

        // The database refuses a change of an acknowledged version's milestone as well (the backstop).
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update promotion_milestone set due_date = date '2018-05-31' where plan_id = cast(:plan as uuid)")
                .setParameter("plan", v1).executeUpdate()))
                .hasStackTraceContaining("cannot be changed; revise it as a new version");

        // A new version: a draft copy (done stays done); the acknowledged one stays in force meanwhile.
        String v2 = as(officer).header("Idempotency-Key", "promotion-370700-2018-v2").post(PROMOTION + "/{id}/revisions", v1)
                .then().statusCode(201)
                .body("revision", equalTo(2)).body("status", equalTo("DRAFT"))
                .body("parks[0].milestones[0].id", equalTo(revisedPlan))
                .body("parks[0].milestones[0].doneOn", equalTo("2018-04-01"))
                .extract().path("id");
        as(officer).header("Idempotency-Key", "promotion-370700-2018-v2").post(PROMOTION + "/{id}/revisions", v1)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(v2));
        as(officer).post(PROMOTION + "/{id}/revisions", v1)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:open-promotion-plan-exists"));
        as(officer).get(PROMOTION + "?cityCode=" + WEIFANG + "&year=2018&status=acknowledged")
                .then().statusCode(200).body("items.id", contains(v1));

        // Pipes slip to November, 诸城 leaves, 高密 joins.
        ObjectNode changed = content(
                park("SDP030", "建设园区中水回用管网。", milestone("2018-03-31", "完成实施方案修编").put("id", revisedPlan),
                        milestone("2018-11-15", "中水回用管网主体完工").put("id", pipes)),
                park("SDP032", "推进园区企业清洁生产审核。", milestone("2018-12-15", "完成清洁生产审核")));
        as(officer).body(changed.toString()).put(PROMOTION + "/{id}", v2)
                .then().statusCode(200).body("parks[0].milestones[0].status", equalTo("DONE"));
        as(province).get(PROMOTION + "/{id}/comparison", v2)
                .then().statusCode(200)
                .body("fromId", equalTo(v1)).body("fromRevision", equalTo(1)).body("toRevision", equalTo(2))
                .body("parksAdded", contains("SDP032"))
                .body("parksRemoved", contains("SDP031"))
                .body("parksChanged", hasSize(1))
                .body("parksChanged[0].parkCode", equalTo("SDP030"))
                .body("parksChanged[0].contentsChanged", equalTo(false))
                .body("parksChanged[0].contentsBefore", nullValue())
                .body("parksChanged[0].milestonesChanged", hasSize(1))
                .body("parksChanged[0].milestonesChanged[0].before.date", equalTo("2018-09-30"))
                .body("parksChanged[0].milestonesChanged[0].after.date", equalTo("2018-11-15"))
                .body("parksChanged[0].milestonesAdded", hasSize(0));
        as(officer).get(PROMOTION + "/{id}/comparison?from=" + v2, v1)
                .then().statusCode(200).body("parksAdded", contains("SDP031")).body("parksRemoved", contains("SDP032"));
        as(officer).get(PROMOTION + "/{id}/comparison", v1)
                .then().statusCode(400).body("field", equalTo("from"));
        as(officer).post(PROMOTION + "/{id}/submission", v2).then().statusCode(200);
        as(province).body("{\"outcome\":\"ACKNOWLEDGED\",\"comments\":\"同意调整。\"}").post(PROMOTION + "/{id}/decision", v2)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        as(officer).get(PROMOTION + "/{id}", v1)
                .then().statusCode(200).body("status", equalTo("SUPERSEDED")).body("supersededAt", notNullValue());
        as(officer).get(PROMOTION + "?cityCode=" + WEIFANG + "&year=2018")
                .then().statusCode(200).body("total", equalTo(2)).body("items.revision", contains(2, 1));

        // Downstream systems read every state change on plans.events, keyed by the city, in order.
        List<IncomingEvent> events = PlanFixtures.eventsAbout(Set.of(v1, v2), 7);
        assertThat(events).extracting(IncomingEvent::type).containsExactly(
                PromotionPlanSubmitted.TYPE, PromotionPlanReturned.TYPE, PromotionPlanSubmitted.TYPE,
                PromotionPlanAcknowledged.TYPE, PromotionMilestoneDone.TYPE, PromotionPlanSubmitted.TYPE,
                PromotionPlanAcknowledged.TYPE);
        assertThat(events).extracting(IncomingEvent::subject).containsOnly(WEIFANG);
        assertThat(events.get(1).dataAs(PromotionPlanReturned.class).comments()).isEqualTo("请补充高密经济开发区。");
        assertThat(events.get(1).actor()).isEqualTo("province.admin");
        PromotionPlanAcknowledged first = events.get(3).dataAs(PromotionPlanAcknowledged.class);
        assertThat(first.year()).isEqualTo(2018);
        assertThat(first.parks()).extracting(PromotionParkEntry::parkCode).containsExactly("SDP030", "SDP031");
        assertThat(first.parks().get(0).milestones()).extracting(PromotionMilestoneEntry::date)
                .containsExactly(LocalDate.parse("2018-03-31"), LocalDate.parse("2018-09-30"));
        PromotionMilestoneDone done = events.get(4).dataAs(PromotionMilestoneDone.class);
        assertThat(done.parkCode()).isEqualTo("SDP030");
        assertThat(done.milestoneId().toString()).isEqualTo(revisedPlan);
        assertThat(done.doneOn()).isEqualTo(LocalDate.parse("2018-04-01"));
        assertThat(done.date()).isEqualTo(LocalDate.parse("2018-03-31"));
        PromotionPlanAcknowledged second = events.get(6).dataAs(PromotionPlanAcknowledged.class);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.comments()).isEqualTo("同意调整。");
        assertThat(second.parks()).extracting(PromotionParkEntry::parkCode).containsExactly("SDP030", "SDP032");
        assertThat(second.parks().get(0).milestones().get(0).doneOn()).isEqualTo(LocalDate.parse("2018-04-01"));
    }

    @Test
    void refusalsNameTheFieldPathAndLeaveNothingBehind() {
        String officer = TestTokens.cityOfficer(TAIAN);
        long plans = feed.count("select count(*) from promotion_plan where city_code = :p", TAIAN);
        long events = feed.count("select count(*) from outbox_event where event_key = :p", TAIAN);
        // A park of another city, or one not scheduled that year, is not on the year's list.
        as(officer).body(plan(TAIAN, 2020, park("SDP049", "改造", milestone("2020-06-30", "节点")),
                        park("SDP006", "改造", milestone("2020-06-30", "节点"))).toString()).post(PROMOTION)
                .then().statusCode(422)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo("urn:circular-parks:problem:unknown-reference"))
                .body("field", equalTo("parks[1].parkCode"));
        as(officer).body(plan(TAIAN, 2019, park("SDP049", "改造", milestone("2019-06-30", "节点"))).toString())
                .post(PROMOTION).then().statusCode(422).body("field", equalTo("parks[0].parkCode"));
        as(officer).body(plan(TAIAN, 2020, park("SDP049", "改造", milestone("2020-06-30", "节点"),
                        milestone("2020-02-30", "不存在的日子"))).toString()).post(PROMOTION)
                .then().statusCode(400)
                .body("type", equalTo("urn:circular-parks:problem:bad-request"))
                .body("field", equalTo("parks[0].milestones[1].date"))
                .body("violations[0].field", equalTo("parks[0].milestones[1].date"));
        as(officer).body(plan(TAIAN, 2099, park("SDP049", "改造")).toString()).post(PROMOTION)
                .then().statusCode(422).body("field", equalTo("year"));
        as(officer).body(plan(null, 2020).toString()).post(PROMOTION)
                .then().statusCode(400).body("field", equalTo("cityCode"));
        as(officer).body(plan(TAIAN, 2020, park("SDP049", "改造", milestone("2020-06-30", "节点")
                        .put("id", "00000000-0000-4000-8000-000000000001"))).toString()).post(PROMOTION)
                .then().statusCode(422).body("field", equalTo("parks[0].milestones[0].id"));
        // Another city's plan: 403 in the body, nothing written.
        as(officer).body(plan(WEIFANG, 2018).toString()).post(PROMOTION)
                .then().statusCode(403).body("type", equalTo("urn:circular-parks:problem:out-of-scope"));
        assertThat(feed.count("select count(*) from promotion_plan where city_code = :p", TAIAN)).isEqualTo(plans);

        // A plan without milestones for a park cannot be submitted, and nothing is published.
        String id = as(officer).body(plan(TAIAN, 2020, park("SDP049", "建设园区循环化改造公共服务平台。")).toString())
                .post(PROMOTION).then().statusCode(201).extract().path("id");
        as(officer).post(PROMOTION + "/{id}/submission", id)
                .then().statusCode(422)
                .body("type", equalTo("urn:circular-parks:problem:incomplete-plan"))
                .body("field", equalTo("parks[0].milestones"))
                .body("detail", containsString("SDP049"));
        as(officer).get(PROMOTION + "/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("version", equalTo(0));
        assertThat(feed.count("select count(*) from outbox_event where event_key = :p", TAIAN)).isEqualTo(events);
        // Acknowledging a draft skips the submission; revising it is refused; it has no milestone to mark done.
        as(TestTokens.provinceAdmin()).body("{\"outcome\":\"ACKNOWLEDGED\"}").post(PROMOTION + "/{id}/decision", id)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
        as(officer).post(PROMOTION + "/{id}/revisions", id)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
        as(officer).body("{\"doneOn\":\"2020-01-01\"}")
                .post(PROMOTION + "/{id}/milestones/{m}/completion", id, "00000000-0000-4000-8000-000000000002")
                .then().statusCode(404);

        // Scope: another city's officer neither sees nor changes it; park managers and experts have no access.
        String qingdao = TestTokens.cityOfficer("370200");
        as(qingdao).get(PROMOTION + "/{id}", id).then().statusCode(404).body("type", equalTo("urn:circular-parks:problem:not-found"));
        as(qingdao).body(content().toString()).put(PROMOTION + "/{id}", id).then().statusCode(404);
        as(qingdao).get(PROMOTION + "?cityCode=" + TAIAN).then().statusCode(403);
        as(qingdao).get(PROMOTION + "/candidate-parks?cityCode=" + TAIAN + "&year=2020").then().statusCode(403);
        as(qingdao).get(PROMOTION + "?size=100").then().statusCode(200).body("items.cityCode", not(hasItems(TAIAN)));
        as(TestTokens.parkManager("SDP049")).get(PROMOTION + "/{id}", id).then().statusCode(403);
        as(TestTokens.expert()).get(PROMOTION).then().statusCode(403);
        as(TestTokens.integration()).get(PROMOTION + "/{id}", id).then().statusCode(200).body("cityCode", equalTo(TAIAN));
        as(TestTokens.provinceAdmin()).body(content().toString()).put(PROMOTION + "/{id}", id).then().statusCode(403);
        as(officer).get(PROMOTION + "/candidate-parks").then().statusCode(400).body("field", equalTo("year"));
    }
}
