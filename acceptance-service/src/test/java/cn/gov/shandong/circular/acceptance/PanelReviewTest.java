package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.as;
import static cn.gov.shandong.circular.acceptance.Fixtures.decisionBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.expert;
import static cn.gov.shandong.circular.acceptance.Fixtures.scoringBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review under the 验收评价办法 as its users meet it: evidence checked against the approved plan, the
 * panel drawn from the roster, experts scoring only their own seat, the pass line enforced, the province
 * returning a filing, filing numbers counting on, and the panel's size read from the review's score sheet.
 * Its own parks: SDP040-SDP047 (济宁市).
 */
@QuarkusTest
class PanelReviewTest {

    private static final String JINING = "370800";
    private static final List<Fixtures.Park> PARKS = List.of(
            new Fixtures.Park("SDP040", "济宁高新区", JINING, "济宁市", ParkLevel.NATIONAL),
            new Fixtures.Park("SDP041", "任城经济开发区", JINING, "济宁市", ParkLevel.PROVINCIAL),
            new Fixtures.Park("SDP042", "邹城经济开发区", JINING, "济宁市", ParkLevel.PROVINCIAL),
            new Fixtures.Park("SDP043", "梁山经济开发区", JINING, "济宁市", ParkLevel.PROVINCIAL),
            new Fixtures.Park("SDP044", "鱼台经济开发区", JINING, "济宁市", ParkLevel.PROVINCIAL),
            new Fixtures.Park("SDP046", "嘉祥经济开发区", JINING, "济宁市", ParkLevel.PROVINCIAL),
            new Fixtures.Park("SDP047", "汶上经济开发区", JINING, "济宁市", ParkLevel.PROVINCIAL));
    private static final String NO_PLAN = "SDP045";
    private static volatile boolean published;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void parksAndPlans() {
        synchronized (PanelReviewTest.class) {
            if (!published) {
                PARKS.forEach(Fixtures::publishParkRegistered);
                Fixtures.publishParkRegistered(new Fixtures.Park(NO_PLAN, "微山经济开发区", JINING, "济宁市", ParkLevel.PROVINCIAL));
                PARKS.forEach(p -> EventFixtures.publish(Fixtures.approved(Fixtures.planOf(p.code()), p.code(), JINING, 1, 0,
                        List.of(Fixtures.project(p.code())))));
                published = true;
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.count(entityManager,
                "select count(*) from park_directory where park_code between 'SDP040' and 'SDP047'") == 8
                && Fixtures.count(entityManager,
                "select count(*) from approved_plan_project where park_code between 'SDP040' and 'SDP047'") == 7);
    }

    @Test
    void applyingNeedsAnApprovedPlanAndEvidenceThatMatchesItElseNothingIsStored() {
        long before = Fixtures.count(entityManager, "select count(*) from acceptance_application");
        as(TestTokens.parkManager(NO_PLAN)).body(Fixtures.applyBody(NO_PLAN, "没有批复的实施方案"))
                .post("/api/v1/applications")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:no-approved-plan"));

        // Water reuse in tonnes, a percentage over 100, an unknown project, and COD that the plan does not target.
        ObjectNode body = (ObjectNode) Fixtures.json(Fixtures.applyBody("SDP041", "证据不符"));
        ((ObjectNode) body.get("achievements").get(3)).put("unit", "吨/年");
        ((ObjectNode) body.get("achievements").get(2)).put("value", 100.5);
        ((ObjectNode) body.get("projects").get(0)).put("projectId", "00000000-0000-4000-8000-000000000041");
        ((ObjectNode) body.withArray("achievements").addObject()).put("indicator", "COD_EMISSIONS").put("unit", "吨/年").put("value", 900);
        as(TestTokens.parkManager("SDP041")).body(body.toString()).post("/api/v1/applications")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("achievements[3].unit: the unit of WATER_REUSE is %, not 吨/年"))
                .body("detail", containsString("achievements[2].value: a percentage lies in 0-100"))
                .body("detail", containsString("achievements[4].indicator: COD_EMISSIONS is not an indicator of the approved plan"))
                .body("detail", containsString("projects[0].projectId"));
        // A missing indicator is named too.
        ObjectNode missing = (ObjectNode) Fixtures.json(Fixtures.applyBody("SDP041", "缺指标"));
        missing.withArray("achievements").remove(0);
        as(TestTokens.parkManager("SDP041")).body(missing.toString()).post("/api/v1/applications")
                .then().statusCode(422).body("detail", containsString("RESOURCE_PRODUCTIVITY"));
        assertThat(Fixtures.count(entityManager, "select count(*) from acceptance_application")).isEqualTo(before);
        assertThat(Fixtures.count(entityManager, "select count(*) from outbox_event where event_key in ('SDP041', 'SDP045')"))
                .isZero();
    }

    @Test
    void thePanelComesFromTheRosterAndEachExpertScoresOnlyTheirOwnSeat() {
        String id = apply("SDP042");
        as(TestTokens.cityOfficer(JINING)).post("/api/v1/applications/{id}/review", id).then().statusCode(201)
                .body("round", equalTo(1)).body("scoreSheet.passLine", equalTo(60));
        String panel = "/api/v1/applications/{id}/review/panel";
        as(TestTokens.cityOfficer(JINING)).body("{\"experts\":[\"expert.wang\",\"expert.zhang\"]}").put(panel, id)
                .then().statusCode(400).body("violations.field", hasItem(containsString("experts")));
        as(TestTokens.cityOfficer(JINING)).body("{\"experts\":[\"expert.wang\",\"expert.zhang\",\"expert.nobody\"]}")
                .put(panel, id).then().statusCode(422).body("field", equalTo("experts[2]"));
        as(TestTokens.cityOfficer(JINING)).body("{\"experts\":[\"expert.wang\",\"expert.wang\",\"expert.liu\"]}")
                .put(panel, id).then().statusCode(400);
        as(TestTokens.cityOfficer(JINING)).body("{\"experts\":[\"expert.wang\",\"expert.zhang\",\"expert.liu\"]}")
                .put(panel, id).then().statusCode(200).body("panel.expert", contains("expert.wang", "expert.zhang", "expert.liu"))
                .body("panel[1].name", equalTo("张丽华"));

        String score = "/api/v1/applications/{id}/review/scores/{expert}";
        // Not on the panel: the application does not exist for them. Another's seat: refused.
        as(expert("expert.zhao")).body(scoringBody(80)).put(score, id, "expert.zhao").then().statusCode(404);
        as(expert("expert.wang")).body(scoringBody(80)).put(score, id, "expert.zhang").then().statusCode(403);
        // Every criterion, within its maximum.
        as(expert("expert.wang")).body("{\"points\":[{\"criterion\":\"PLAN_TASKS\",\"points\":26}]}").put(score, id, "expert.wang")
                .then().statusCode(400).body("detail", containsString("PLAN_TASKS takes 0 to 25 points, not 26"))
                .body("detail", containsString("INDICATORS (循环化改造指标完成情况) is not scored"));
        as(expert("expert.wang")).body(scoringBody(70)).put(score, id, "expert.wang").then().statusCode(200);
        // Scoring again replaces the earlier scoring; an expert sees their own points only.
        as(expert("expert.wang")).body(scoringBody(61)).put(score, id, "expert.wang").then().statusCode(200)
                .body("scores", hasSize(1)).body("scores[0].total", equalTo(61));
        as(expert("expert.zhang")).body(scoringBody(60)).put(score, id, "expert.zhang").then().statusCode(200)
                .body("scores.expert", contains("expert.zhang")).body("panel[0].total", equalTo(null));
        // Until everyone has scored there is no panel score, and no pass or fail.
        as(TestTokens.cityOfficer(JINING)).body(decisionBody("FAILED", "未达标")).post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:panel-incomplete"))
                .body("detail", containsString("expert.liu"));
        as(expert("expert.liu")).body(scoringBody(58)).put(score, id, "expert.liu").then().statusCode(200);
        // 61, 60, 58: a mean of 59.67, 59.7 after rounding: below the pass line of 60.
        as(TestTokens.cityOfficer(JINING)).get("/api/v1/applications/{id}/review", id).then().statusCode(200)
                .body("panelScore", equalTo(59.7f)).body("grade", equalTo("不合格")).body("reachesPassLine", equalTo(false))
                .body("scores", hasSize(3));
        as(TestTokens.cityOfficer(JINING)).body(decisionBody("PASSED", null)).post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:below-pass-line"));
        // The experts on the panel see the application in their list; another expert does not.
        as(expert("expert.liu")).get("/api/v1/applications?parkCode=SDP042").then().statusCode(200).body("total", equalTo(1));
        as(expert("expert.zhao")).get("/api/v1/applications?parkCode=SDP042").then().statusCode(200).body("total", equalTo(0));
        as(expert("expert.zhao")).get("/api/v1/applications/{id}/review", id).then().statusCode(404);
        // Only active experts of the roster can be seated: the province adds expert.zhao to it first.
        as(TestTokens.cityOfficer(JINING)).body("{\"experts\":[\"expert.wang\",\"expert.zhang\",\"expert.zhao\"]}")
                .put(panel, id).then().statusCode(422);
        as(TestTokens.cityOfficer(JINING)).body("{\"name\":\"赵明\",\"organisation\":\"济宁市生态环境局\",\"active\":true}")
                .put("/api/v1/experts/expert.zhao").then().statusCode(403);
        as(TestTokens.provinceAdmin()).body("{\"name\":\"赵明\",\"organisation\":\"济宁学院\",\"specialty\":\"清洁生产\",\"active\":true}")
                .put("/api/v1/experts/expert.zhao").then().statusCode(200).header("ETag", "\"0\"");
        // Replacing expert.liu drops liu's scoring: the panel is incomplete again until zhao scores.
        as(TestTokens.cityOfficer(JINING)).body("{\"experts\":[\"expert.wang\",\"expert.zhang\",\"expert.zhao\"]}")
                .put(panel, id).then().statusCode(200).body("panel.expert", contains("expert.wang", "expert.zhang", "expert.zhao"))
                .body("scores", hasSize(2)).body("panelScore", equalTo(null));
        as(expert("expert.liu")).get("/api/v1/applications/{id}/review", id).then().statusCode(404);
        as(TestTokens.cityOfficer(JINING)).body(decisionBody("FAILED", "未达标")).post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(409).body("detail", containsString("expert.zhao"));
        as(expert("expert.zhao")).body(scoringBody(90)).put(score, id, "expert.zhao").then().statusCode(200);
        // 61, 60, 90: 70.3 中等, and now it may pass.
        as(TestTokens.cityOfficer(JINING)).body(decisionBody("PASSED", "同意")).post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(200).body("review.score", equalTo(70.3f)).body("review.grade", equalTo("中等"));
        // A deactivated expert keeps nothing new: they cannot be seated again.
        as(TestTokens.provinceAdmin()).header("If-Match", "\"0\"")
                .body("{\"name\":\"赵明\",\"organisation\":\"济宁学院\",\"active\":false}")
                .put("/api/v1/experts/expert.zhao").then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void anExpertWhoDeclaredAConflictOfInterestWithTheParkNeitherSitsOnItsPanelNorScoresNorLetsItBeDecided() {
        String roster = "/api/v1/experts/{username}";
        // The declaration names parks of the directory: an unknown code is refused, a malformed one too.
        as(TestTokens.provinceAdmin()).body(expertBody("孙伟", "SDP999")).put(roster, "expert.sun")
                .then().statusCode(422).body("field", equalTo("conflictParks[0]"));
        as(TestTokens.provinceAdmin()).body(expertBody("孙伟", "鱼台")).put(roster, "expert.sun")
                .then().statusCode(400).contentType("application/problem+json");
        as(TestTokens.provinceAdmin()).get(roster, "expert.sun").then().statusCode(404);
        // 孙伟 helped write 嘉祥经济开发区's implementation plan: declared, and shown on the roster.
        as(TestTokens.provinceAdmin()).body(expertBody("孙伟", "SDP046")).put(roster, "expert.sun")
                .then().statusCode(200).body("conflictParks", contains("SDP046"));
        as(TestTokens.cityOfficer(JINING)).get(roster, "expert.sun").then().statusCode(200)
                .body("conflictParks", contains("SDP046"));
        as(TestTokens.provinceAdmin()).body(expertBody("钱芳", null)).put(roster, "expert.qian")
                .then().statusCode(200).body("conflictParks", hasSize(0));

        String id = apply("SDP046");
        as(TestTokens.cityOfficer(JINING)).post("/api/v1/applications/{id}/review", id).then().statusCode(201);
        String panel = "/api/v1/applications/{id}/review/panel";
        as(TestTokens.cityOfficer(JINING)).body("{\"experts\":[\"expert.wang\",\"expert.zhang\",\"expert.sun\"]}")
                .put(panel, id).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:conflict-of-interest"))
                .body("field", equalTo("experts[2]"));
        as(TestTokens.cityOfficer(JINING)).get("/api/v1/applications/{id}/review", id).then().statusCode(200)
                .body("panel", hasSize(0));

        // A conflict declared after the expert was seated and scored: no more scoring, and no decision on that panel.
        as(TestTokens.cityOfficer(JINING)).body("{\"experts\":[\"expert.wang\",\"expert.zhang\",\"expert.qian\"]}")
                .put(panel, id).then().statusCode(200);
        String score = "/api/v1/applications/{id}/review/scores/{expert}";
        for (String seated : List.of("expert.wang", "expert.zhang", "expert.qian")) {
            as(expert(seated)).body(scoringBody(80)).put(score, id, seated).then().statusCode(200);
        }
        as(TestTokens.provinceAdmin()).header("If-Match", "\"0\"").body(expertBody("钱芳", "SDP046")).put(roster, "expert.qian")
                .then().statusCode(200).header("ETag", "\"1\"");
        as(expert("expert.qian")).body(scoringBody(85)).put(score, id, "expert.qian").then().statusCode(422)
                .body("type", equalTo("urn:circular-parks:problem:conflict-of-interest"));
        as(TestTokens.cityOfficer(JINING)).body(decisionBody("PASSED", "同意")).post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:conflict-of-interest"))
                .body("detail", containsString("expert.qian"));
        // The city seats another expert of the roster; once they have scored, the panel decides.
        as(TestTokens.cityOfficer(JINING)).body("{\"experts\":[\"expert.wang\",\"expert.zhang\",\"expert.liu\"]}")
                .put(panel, id).then().statusCode(200);
        as(expert("expert.liu")).body(scoringBody(80)).put(score, id, "expert.liu").then().statusCode(200);
        as(TestTokens.cityOfficer(JINING)).body(decisionBody("PASSED", "同意")).post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(200).body("review.score", equalTo(80.0f));
    }

    private static String expertBody(String name, String conflictPark) {
        return "{\"name\":\"" + name + "\",\"organisation\":\"山东省节能技术服务中心\",\"active\":true"
                + (conflictPark == null ? "" : ",\"conflictParks\":[\"" + conflictPark + "\"]") + "}";
    }

    @Test
    void theProvinceReturnsAFilingToTheCityAndFilingNumbersCountOnWithinTheYear() {
        String first = apply("SDP043");
        Fixtures.passed(first, JINING);
        as(TestTokens.provinceAdmin()).body("{\"reasons\":\" \"}").post("/api/v1/applications/{id}/filing-return", first)
                .then().statusCode(400);
        as(TestTokens.provinceAdmin()).body("{\"reasons\":\"专家组评分表缺少签字\"}")
                .post("/api/v1/applications/{id}/filing-return", first)
                .then().statusCode(200).body("status", equalTo("UNDER_REVIEW")).body("review", equalTo(null))
                .body("filingReturnedReasons", equalTo("专家组评分表缺少签字"));
        // Once returned it cannot be filed until the city decides again; its review is open again.
        as(TestTokens.provinceAdmin()).post("/api/v1/applications/{id}/filing", first).then().statusCode(409);
        as(TestTokens.cityOfficer(JINING)).get("/api/v1/applications/{id}/review", first).then()
                .body("status", equalTo("OPEN")).body("outcome", equalTo(null)).body("panelScore", equalTo(86.3f));
        as(TestTokens.cityOfficer(JINING)).body(decisionBody("PASSED", "补正后同意")).post("/api/v1/applications/{id}/decision", first)
                .then().statusCode(200).body("status", equalTo("PASSED"));
        String firstNumber = as(TestTokens.provinceAdmin()).post("/api/v1/applications/{id}/filing", first)
                .then().statusCode(200).extract().path("filing.number");

        String second = apply("SDP044");
        Fixtures.passed(second, JINING);
        String secondNumber = as(TestTokens.provinceAdmin()).post("/api/v1/applications/{id}/filing", second)
                .then().statusCode(200).extract().path("filing.number");
        Matcher a = Pattern.compile("鲁园循备〔(\\d{4})〕第(\\d+)号").matcher(firstNumber);
        Matcher b = Pattern.compile("鲁园循备〔(\\d{4})〕第(\\d+)号").matcher(secondNumber);
        assertThat(a.matches() && b.matches()).isTrue();
        assertThat(b.group(1)).isEqualTo(a.group(1));
        // Filings of other test classes may come between, never the same number twice.
        assertThat(Integer.parseInt(b.group(2))).isGreaterThan(Integer.parseInt(a.group(2)));
        assertThat(Fixtures.count(entityManager, "select count(*) from acceptance_application where filing_number = '"
                + secondNumber + "'")).isEqualTo(1);
        assertThat(Fixtures.acceptanceEvents(all -> all.stream().anyMatch(r -> r.value().contains(secondNumber))))
                .anyMatch(r -> r.value().contains(secondNumber) && "acceptance.filed".equals(
                        cn.gov.shandong.circular.common.testing.KafkaTestClient.header(r, "ce_type")));
    }

    @Test
    void aNewScoreSheetVersionIsFrozenOnReviewsOpenedLaterWhileEarlierReviewsKeepTheirs() {
        String earlier = apply("SDP040");
        as(TestTokens.cityOfficer(JINING)).post("/api/v1/applications/{id}/review", earlier).then().statusCode(201);
        int before = as(TestTokens.provinceAdmin()).get("/api/v1/score-sheets/current").then().statusCode(200)
                .extract().path("version");
        // The bands must descend to 0 and the maxima add up; a bad sheet is refused whole.
        as(TestTokens.provinceAdmin()).body(AuthorisationMatrixTest.DEFAULT_SHAPED_SHEET.replace("\"minScore\":0}", "\"minScore\":10}"))
                .post("/api/v1/score-sheets").then().statusCode(400).body("detail", containsString("the last at 0"));
        int published = as(TestTokens.provinceAdmin()).body(AuthorisationMatrixTest.DEFAULT_SHAPED_SHEET)
                .post("/api/v1/score-sheets").then().statusCode(201).body("inForce", equalTo(true))
                .body("totalPoints", equalTo(100)).extract().path("version");
        assertThat(published).isGreaterThan(before);
        as(TestTokens.cityOfficer(JINING)).get("/api/v1/applications/{id}/review", earlier).then()
                .body("scoreSheet.version", not(equalTo(published)));
        as(TestTokens.parkManager("SDP040")).get("/api/v1/score-sheets/{version}", before).then().statusCode(200)
                .body("inForce", equalTo(false));
        assertThat(Fixtures.acceptanceEvents(all -> all.stream().anyMatch(r -> "score-sheets".equals(r.key())
                && r.value().contains("\"version\":" + published))))
                .anyMatch(r -> "acceptance.score-sheet-published".equals(
                        cn.gov.shandong.circular.common.testing.KafkaTestClient.header(r, "ce_type")));
    }

    @Test
    void thePanelsSizeIsARuleOfTheReviewsScoreSheetVersion() {
        // The versions stored before the rule became data keep the bounds applied until then: 3 to 15 experts.
        assertThat(Fixtures.count(entityManager,
                "select count(*) from score_sheet where version = 1 and panel_min = 3 and panel_max = 15")).isEqualTo(1);
        String id = apply("SDP047");
        Fixtures.scoredByPanel(id, JINING, 80, 80, 80);
        int frozen = as(TestTokens.cityOfficer(JINING)).get("/api/v1/applications/{id}/review", id).then().statusCode(200)
                .body("panelScore", equalTo(80.0f)).extract().path("scoreSheet.version");

        // A version asking for at least four experts (stored as data, the API does not take the bounds), followed at
        // once by a version with the bounds of the one in force, so that reviews opened elsewhere are not touched.
        int strict = QuarkusTransaction.requiringNew().call(() -> {
            int newest = ((Number) entityManager.createNativeQuery("select max(version) from score_sheet")
                    .getSingleResult()).intValue();
            entityManager.createNativeQuery("""
                            insert into score_sheet (version, name, total_points, pass_line, criteria, bands,
                                                     published_by, published_at, panel_min, panel_max)
                            select :newest + 1, name, total_points, pass_line, criteria, bands, 'test', now(), 4, 15
                              from score_sheet where version = :frozen
                            union all
                            select :newest + 2, name, total_points, pass_line, criteria, bands, 'test', now(),
                                   panel_min, panel_max
                              from score_sheet where version = :newest""")
                    .setParameter("newest", newest).setParameter("frozen", frozen).executeUpdate();
            return newest + 1;
        });
        // A new version published through the API keeps the bounds of the version it follows.
        int published = as(TestTokens.provinceAdmin()).body(AuthorisationMatrixTest.DEFAULT_SHAPED_SHEET)
                .post("/api/v1/score-sheets").then().statusCode(201).extract().path("version");
        assertThat(Fixtures.count(entityManager, "select count(*) from score_sheet where version = " + published
                + " and (panel_min, panel_max) = (select panel_min, panel_max from score_sheet where version = "
                + (strict + 1) + ")")).isEqualTo(1);
        assertThat(Fixtures.count(entityManager, "select count(*) from score_sheet where version = " + published
                + " and panel_min = 4")).isZero();

        // The review read on the stricter version: three scorings make no panel score, and no decision.
        reviewOn(id, strict);
        as(TestTokens.cityOfficer(JINING)).get("/api/v1/applications/{id}/review", id).then().statusCode(200)
                .body("scores", hasSize(3)).body("panelScore", equalTo(null));
        as(TestTokens.cityOfficer(JINING)).body(decisionBody("PASSED", "同意")).post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:panel-incomplete"))
                .body("detail", equalTo("The review has 3 experts; a panel has at least 4"));
        as(TestTokens.cityOfficer(JINING)).body("{\"experts\":[\"expert.wang\",\"expert.zhang\",\"expert.liu\"]}")
                .put("/api/v1/applications/{id}/review/panel", id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:bad-request")).body("field", equalTo("experts"))
                .body("detail", equalTo("A panel under score sheet " + strict + " has 4 to 15 experts, not 3"));

        // Back on its own version, the same panel decides.
        reviewOn(id, frozen);
        as(TestTokens.cityOfficer(JINING)).body(decisionBody("PASSED", "同意")).post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(200).body("review.score", equalTo(80.0f));
    }

    /** Points the application's current review at another score sheet version (as if it had opened on it). */
    private void reviewOn(String applicationId, int sheetVersion) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        update acceptance_review set sheet_version = :version
                         where id = (select current_review_id from acceptance_application where id = cast(:id as uuid))""")
                .setParameter("version", sheetVersion).setParameter("id", applicationId).executeUpdate());
    }

    private static String apply(String parkCode) {
        return as(TestTokens.parkManager(parkCode)).body(Fixtures.applyBody(parkCode, "验收申请"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }
}
