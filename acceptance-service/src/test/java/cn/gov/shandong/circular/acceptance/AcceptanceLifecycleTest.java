package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.acceptanceEvents;
import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;
import static cn.gov.shandong.circular.acceptance.Fixtures.json;
import static cn.gov.shandong.circular.common.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.AcceptanceApplied;
import cn.gov.shandong.circular.events.AcceptanceFiled;
import cn.gov.shandong.circular.events.AcceptanceReviewed;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ReviewOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AcceptanceLifecycleTest {

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void parksAreKnown() {
        Fixtures.ensureParksKnown(entityManager);
    }

    @Test
    void parkAppliesCityPassesProvinceFiles() {
        // 明水经济技术开发区's management committee applies.
        ExtractableResponse<Response> applied = as(TestTokens.parkManager("SDP001"))
                .body(applyBody("SDP001", "循环化改造实施方案已全部落实：12个项目建成投产。"))
                .post("/api/v1/applications")
                .then().statusCode(201)
                .extract();
        String id = applied.path("id");
        assertThat(applied.header("Location")).endsWith("/api/v1/applications/" + id);
        assertThat(applied.header("ETag")).isEqualTo("\"0\"");
        JsonNode view = json(applied.asString());
        assertThat(view.get("parkCode").asText()).isEqualTo("SDP001");
        assertThat(view.get("parkName").asText()).isEqualTo("明水经济技术开发区");
        assertThat(view.get("cityCode").asText()).isEqualTo("370100");
        assertThat(view.get("level").asText()).isEqualTo("NATIONAL");
        assertThat(view.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(view.get("summary").asText()).isEqualTo("循环化改造实施方案已全部落实：12个项目建成投产。");
        assertThat(view.get("submittedBy").asText()).isEqualTo("manager.SDP001");
        assertThat(Instant.parse(view.get("submittedAt").asText())).isNotNull();
        assertThat(view.get("review").isNull()).isTrue();
        assertThat(view.get("filing").isNull()).isTrue();
        assertThat(view.get("version").asLong()).isZero();

        // What the park achieved stands against the approved plan's targets.
        assertThat(view.get("programmeCode").asText()).isEqualTo("2018-2020");
        assertThat(view.get("achievements")).hasSize(4);
        JsonNode water = view.get("achievements").get(3);
        assertThat(water.get("indicator").asText()).isEqualTo("WATER_REUSE");
        assertThat(water.get("achieved").decimalValue()).isEqualByComparingTo("91.5");
        assertThat(water.get("target").decimalValue()).isEqualByComparingTo("92");
        assertThat(water.get("met").asBoolean()).isFalse();
        assertThat(view.get("achievements").get(0).get("met").asBoolean()).isTrue();
        assertThat(view.get("projects").get(0).get("completion").asText()).isEqualTo("COMPLETED");

        // The Jinan officer opens the review, seats three experts, and each scores: 86, 88, 85.
        Fixtures.scoredByPanel(id, "370100", 86, 88, 85);
        as(TestTokens.cityOfficer("370100")).get("/api/v1/applications/{id}/review", id)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("scoreSheet.version", equalTo(1))
                .body("scoreSheet.totalPoints", equalTo(100))
                .body("panel.expert", org.hamcrest.Matchers.contains("expert.wang", "expert.zhang", "expert.liu"))
                .body("panelScore", equalTo(86.3f))
                .body("grade", equalTo("良好"))
                .body("reachesPassLine", equalTo(true))
                .body("indicators[3].met", equalTo(false));
        // The park sees the panel's result, not who gave which points.
        as(TestTokens.parkManager("SDP001")).get("/api/v1/applications/{id}/review", id)
                .then().statusCode(200)
                .body("panelScore", equalTo(86.3f))
                .body("scores", org.hamcrest.Matchers.empty())
                .body("panel[0].total", nullValue());

        // The officer passes it.
        as(TestTokens.cityOfficer("370100"))
                .header("If-Match", "\"1\"")
                .body(Fixtures.decisionBody("PASSED", "资料齐全，评审通过"))
                .post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("PASSED"))
                .body("review.outcome", equalTo("PASSED"))
                .body("review.score", equalTo(86.3f))
                .body("review.grade", equalTo("良好"))
                .body("review.comments", equalTo("资料齐全，评审通过"))
                .body("review.reviewedBy", equalTo("officer.370100"))
                .body("review.reviewedAt", notNullValue())
                .body("filing", nullValue());

        // The provincial commission files it (备案) and it gets the year's next filing number.
        String number = as(TestTokens.provinceAdmin())
                .body("{\"remarks\":\"准予备案\"}")
                .post("/api/v1/applications/{id}/filing", id)
                .then().statusCode(200)
                .body("status", equalTo("FILED"))
                .body("filing.filedBy", equalTo("province.admin"))
                .body("filing.remarks", equalTo("准予备案"))
                .body("filing.filedAt", notNullValue())
                .body("review.score", equalTo(86.3f))
                .extract().path("filing.number");
        assertThat(number).matches("鲁园循备〔20[0-9]{2}〕第[1-9][0-9]*号");

        as(TestTokens.parkManager("SDP001")).get("/api/v1/applications/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("FILED"))
                .body("filing.number", equalTo(number))
                .body("version", equalTo(3));

        // Downstream systems read the three facts on acceptance.events, in order, keyed by the park.
        Set<String> wanted = Set.of("acceptance.applied", "acceptance.review-opened", "acceptance.review-panel-assigned",
                "acceptance.expert-scored", "acceptance.reviewed", "acceptance.filed");
        List<ConsumerRecord<String, String>> all = acceptanceEvents(found -> ofApplication(found, id).size() == 8)
                .stream().filter(r -> id.equals(json(r.value()).path("applicationId").asText())).toList();
        assertThat(all).extracting(r -> header(r, "ce_type")).containsExactly("acceptance.applied",
                "acceptance.review-opened", "acceptance.review-panel-assigned", "acceptance.expert-scored",
                "acceptance.expert-scored", "acceptance.expert-scored", "acceptance.reviewed", "acceptance.filed");
        assertThat(all).extracting(r -> header(r, "ce_actor")).containsExactly("manager.SDP001", "officer.370100",
                "officer.370100", "expert.wang", "expert.zhang", "expert.liu", "officer.370100", "province.admin");
        List<ConsumerRecord<String, String>> records = List.of(all.get(0), all.get(6), all.get(7));
        for (ConsumerRecord<String, String> record : records) {
            assertThat(record.key()).isEqualTo("SDP001");
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_id")).isNotBlank();
            assertThat(header(record, "ce_source")).isEqualTo("/acceptance-service");
            assertThat(header(record, "ce_subject")).isEqualTo("SDP001");
            assertThat(header(record, "ce_time")).isNotBlank();
            assertThat(wanted).contains(header(record, "ce_type"));
        }
        // Each fact decodes into its platform-events record, as any consumer reads it.
        List<IncomingEvent> events = records.stream().map(IncomingEvent::from).toList();
        UUID applicationId = UUID.fromString(id);

        AcceptanceApplied appliedEvent = events.get(0).dataAs(AcceptanceApplied.class);
        assertThat(appliedEvent.applicationId()).isEqualTo(applicationId);
        assertThat(appliedEvent.parkCode()).isEqualTo("SDP001");
        assertThat(appliedEvent.cityCode()).isEqualTo("370100");
        assertThat(appliedEvent.level()).isEqualTo(ParkLevel.NATIONAL);
        assertThat(appliedEvent.summary()).startsWith("循环化改造实施方案");
        assertThat(appliedEvent.programmeCode()).isEqualTo("2018-2020");
        assertThat(appliedEvent.achievements()).hasSize(4);
        assertThat(events.get(0).actor()).isEqualTo("manager.SDP001");
        assertThat(events.get(0).correlationId()).isNotBlank();

        assertThat(events.get(1).dataAs(AcceptanceReviewed.class)).isEqualTo(new AcceptanceReviewed(
                applicationId, "SDP001", "370100", ReviewOutcome.PASSED, 86.3, "资料齐全，评审通过", "良好", 1));
        assertThat(events.get(1).actor()).isEqualTo("officer.370100");

        AcceptanceFiled filed = events.get(2).dataAs(AcceptanceFiled.class);
        assertThat(filed.applicationId()).isEqualTo(applicationId);
        assertThat(filed.parkCode()).isEqualTo("SDP001");
        assertThat(filed.cityCode()).isEqualTo("370100");
        assertThat(filed.level()).isEqualTo(ParkLevel.NATIONAL);
        assertThat(filed.filedAt()).isBetween(Instant.now().minusSeconds(600), Instant.now());
        assertThat(filed.filingNumber()).isEqualTo(number);
        assertThat(events.get(2).actor()).isEqualTo("province.admin");
        assertThat(header(records.get(2), "ce_actor")).isEqualTo("province.admin");
    }

    @Test
    void returnedApplicationIsResubmittedAndStaleWritesAreRefused() {
        String id = as(TestTokens.parkManager("SDP009"))
                .body(applyBody("SDP009", "青岛高新区循环化改造验收申请"))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");

        // Returned before its review opened: the material is incomplete.
        as(TestTokens.cityOfficer("370200"))
                .header("If-Match", "\"0\"")
                .body(Fixtures.decisionBody("RETURNED", "请补充能源产出率指标的测算依据"))
                .post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("RETURNED"))
                .body("review.outcome", equalTo("RETURNED"))
                .body("review.score", nullValue());

        // A resubmission based on the version before the return is stale.
        as(TestTokens.parkManager("SDP009"))
                .header("If-Match", "\"0\"")
                .body("{\"summary\":\"基于旧版本的修改\"}")
                .post("/api/v1/applications/{id}/resubmission", id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:stale-version"));
        as(TestTokens.provinceAdmin()).get("/api/v1/applications/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("summary", equalTo("青岛高新区循环化改造验收申请"))
                .body("version", equalTo(1));

        as(TestTokens.parkManager("SDP009"))
                .header("If-Match", "\"1\"")
                .body("{\"summary\":\"已补充能源产出率测算依据\"}")
                .post("/api/v1/applications/{id}/resubmission", id)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("summary", equalTo("已补充能源产出率测算依据"))
                .body("submittedBy", equalTo("manager.SDP009"));

        Fixtures.passed(id, "370200");
        as(TestTokens.cityOfficer("370200")).get("/api/v1/applications/{id}/review", id)
                .then().statusCode(200).body("round", equalTo(1)).body("status", equalTo("DECIDED"));

        List<ConsumerRecord<String, String>> records = acceptanceEvents(all -> ofApplication(all, id).size() == 9);
        assertThat(ofApplication(records, id)).extracting(r -> header(r, "ce_type")).containsExactly(
                "acceptance.applied", "acceptance.reviewed", "acceptance.resubmitted", "acceptance.review-opened",
                "acceptance.review-panel-assigned", "acceptance.expert-scored", "acceptance.expert-scored",
                "acceptance.expert-scored", "acceptance.reviewed");
        JsonNode returned = json(ofApplication(records, id).get(1).value());
        assertThat(returned.get("outcome").asText()).isEqualTo("RETURNED");
        assertThat(returned.has("score") && returned.get("score").isNull()).isTrue();
        assertThat(returned.get("comments").asText()).isEqualTo("请补充能源产出率指标的测算依据");
        JsonNode resubmitted = json(ofApplication(records, id).get(2).value());
        assertThat(resubmitted.get("summary").asText()).isEqualTo("已补充能源产出率测算依据");
        assertThat(resubmitted.get("actor").asText()).isEqualTo("manager.SDP009");
    }

    @Test
    void failedApplicationClosesAndTheParkMayApplyAgain() {
        String first = as(TestTokens.parkManager("SDP008"))
                .body(applyBody("SDP008", "第一次申请"))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        Fixtures.scoredByPanel(first, "370200", 52, 55, 50);
        // Below the pass line of 60 it cannot pass, only fail.
        as(TestTokens.cityOfficer("370200"))
                .body(Fixtures.decisionBody("PASSED", null))
                .post("/api/v1/applications/{id}/decision", first)
                .then().statusCode(409)
                .body("type", equalTo("urn:circular-parks:problem:below-pass-line"));
        as(TestTokens.cityOfficer("370200"))
                .body(Fixtures.decisionBody("FAILED", "固体废物综合利用率未达目标"))
                .post("/api/v1/applications/{id}/decision", first)
                .then().statusCode(200).body("status", equalTo("FAILED"))
                .body("review.score", equalTo(52.3f)).body("review.grade", equalTo("不合格"));

        // A failed application cannot be filed, and no longer blocks a new one.
        as(TestTokens.provinceAdmin()).post("/api/v1/applications/{id}/filing", first)
                .then().statusCode(409)
                .body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
        String second = as(TestTokens.parkManager("SDP008"))
                .body(applyBody("SDP008", "整改后再次申请"))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");

        assertThat(second).isNotEqualTo(first);
        as(TestTokens.parkManager("SDP008")).get("/api/v1/applications?parkCode=SDP008")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].id", equalTo(second))
                .body("items[0].status", equalTo("SUBMITTED"))
                .body("items[1].id", equalTo(first))
                .body("items[1].status", equalTo("FAILED"));
    }

    private static List<ConsumerRecord<String, String>> ofApplication(List<ConsumerRecord<String, String>> records,
                                                                     String id) {
        Function<ConsumerRecord<String, String>, String> applicationId =
                r -> json(r.value()).path("applicationId").asText();
        return records.stream().filter(r -> id.equals(applicationId.apply(r))).toList();
    }
}
