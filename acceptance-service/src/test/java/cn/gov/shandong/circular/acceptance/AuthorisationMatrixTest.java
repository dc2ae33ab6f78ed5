package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;

import cn.gov.shandong.circular.common.testing.AuthorisationMatrix;
import cn.gov.shandong.circular.common.testing.AuthorisationMatrix.Request;
import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every operation as every caller (docs/authorisation.md, "acceptance-service"), on parks of its own:
 * SDP071 (the manager's park) and SDP072 in Weifang (the officer's city), SDP073 in Jining. Before each
 * cell the park's latest application is brought, through the API and as the roles that may, into the
 * state the row is about: submitted for a review, returned for a resubmission, passed for a filing.
 * Filing is final (a filed park never applies again), so the filing rows stay last in the table.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    private static final String WEIFANG = "370700";
    private static final String JINING = "370800";
    private static final Fixtures.Park OWN = new Fixtures.Park("SDP071", "授权矩阵本园区", WEIFANG, "潍坊市", ParkLevel.NATIONAL);
    private static final Fixtures.Park OTHER_PARK = new Fixtures.Park("SDP072", "授权矩阵同城园区", WEIFANG, "潍坊市", ParkLevel.PROVINCIAL);
    private static final Fixtures.Park OTHER_CITY = new Fixtures.Park("SDP073", "授权矩阵外市园区", JINING, "济宁市", ParkLevel.PROVINCIAL);
    private static final String BY_ID = "GET /api/v1/applications/{id}";
    static final String DEFAULT_SHAPED_SHEET = "{\"name\":\"园区循环化改造验收评分表（授权矩阵）\",\"passLine\":60,\"criteria\":["
            + "{\"code\":\"PLAN_TASKS\",\"name\":\"实施方案目标任务完成情况\",\"maxPoints\":25},"
            + "{\"code\":\"INDICATORS\",\"name\":\"循环化改造指标完成情况\",\"maxPoints\":30},"
            + "{\"code\":\"PROJECTS\",\"name\":\"重点项目建设情况\",\"maxPoints\":25},"
            + "{\"code\":\"MANAGEMENT\",\"name\":\"管理机制和保障措施\",\"maxPoints\":10},"
            + "{\"code\":\"DOCUMENTATION\",\"name\":\"验收材料完整性和规范性\",\"maxPoints\":10}],"
            + "\"bands\":[{\"grade\":\"优秀\",\"minScore\":90},{\"grade\":\"良好\",\"minScore\":80},"
            + "{\"grade\":\"中等\",\"minScore\":70},{\"grade\":\"合格\",\"minScore\":60},{\"grade\":\"不合格\",\"minScore\":0}]}";

    /** What a row needs of its park's latest application. */
    enum Needs { NO_OPEN_APPLICATION, ANY, SUBMITTED, UNDER_REVIEW, RETURNED, PASSED }

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Test
    void everyCallerGetsWhatTheAuthorisationTableSaysAndNothingOutsideTheirScope() {
        List.of(OWN, OTHER_PARK, OTHER_CITY).forEach(Fixtures::publishParkRegistered);
        // Each park's approved plan, approved by its city, as plans-service announces it.
        List.of(OWN, OTHER_PARK, OTHER_CITY).forEach(park ->
                EventFixtures.publish(Fixtures.approved(UUID.randomUUID(), park.code(), park.cityCode(), 1, 0,
                        List.of(Fixtures.project(park.code())))));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.count(entityManager,
                "select count(*) from park_directory where park_code in ('SDP071', 'SDP072', 'SDP073')") == 3
                && Fixtures.count(entityManager,
                "select count(*) from approved_plan_project where park_code in ('SDP071', 'SDP072', 'SDP073')") == 3);

        AuthorisationMatrix matrix = AuthorisationMatrix.forService("acceptance-service")
                .scopedCallers(WEIFANG, OWN.code())
                .otherPark("\"SDP072\"", OTHER_PARK.name())
                .otherCity("\"SDP073\"", OTHER_CITY.name(), "\"" + JINING + "\"");
        variants().forEach((variant, park) -> {
            String id = variant.replace(' ', '-');
            matrix.request("POST /api/v1/applications", variant, () -> {
                application(park, Needs.NO_OPEN_APPLICATION);
                return Request.body(applyBody(park.code(), "授权矩阵申请 " + id));
            });
            matrix.request(BY_ID, variant,
                    () -> Request.pathValue("id", application(park, Needs.ANY)));
            matrix.request("POST /api/v1/applications/{id}/review", variant,
                    () -> Request.pathValue("id", application(park, Needs.SUBMITTED)));
            matrix.request("GET /api/v1/applications/{id}/review", variant,
                    () -> Request.pathValue("id", application(park, Needs.UNDER_REVIEW)));
            matrix.request("PUT /api/v1/applications/{id}/review/panel", variant,
                    () -> Request.pathValue("id", application(park, Needs.UNDER_REVIEW))
                            .andBody("{\"experts\":[\"expert.wang\",\"expert.zhang\",\"expert.liu\"]}"));
            matrix.request("PUT /api/v1/applications/{id}/review/scores/{expert}", variant,
                    () -> Request.pathValue("id", application(park, Needs.UNDER_REVIEW)).andPath("expert", "expert.wang")
                            .andBody(Fixtures.scoringBody(85)));
            matrix.request("POST /api/v1/applications/{id}/decision", variant,
                    () -> Request.pathValue("id", application(park, Needs.SUBMITTED))
                            .andBody(Fixtures.decisionBody("RETURNED", "请补充材料")));
            matrix.request("POST /api/v1/applications/{id}/resubmission", variant,
                    () -> Request.pathValue("id", application(park, Needs.RETURNED))
                            .andBody("{\"summary\":\"补充材料后重新提交\"}"));
            matrix.request("POST /api/v1/applications/{id}/documents", variant, () -> {
                Multipart form = pdfForm(park, "授权矩阵上传 " + id);
                return Request.pathValue("id", application(park, Needs.SUBMITTED))
                        .andContent(form.contentType(), form.bytes());
            });
            matrix.request("GET /api/v1/applications/{id}/documents", variant,
                    () -> Request.pathValue("id", application(park, Needs.ANY)));
            matrix.request("GET /api/v1/applications/{id}/documents/{documentId}", variant, () -> {
                String[] document = document(park);
                return Request.pathValue("id", document[0]).andPath("documentId", document[1]);
            });
            matrix.request("GET /api/v1/parks/{parkCode}/plan-targets", variant,
                    () -> Request.pathValue("parkCode", park.code()));
            matrix.request("POST /api/v1/applications/{id}/filing-return", variant,
                    () -> Request.pathValue("id", application(park, Needs.PASSED)).andBody("{\"reasons\":\"请补正评分表\"}"));
            matrix.request("POST /api/v1/applications/{id}/filing", variant,
                    () -> Request.pathValue("id", application(park, Needs.PASSED)).andBody("{\"remarks\":\"备案\"}"));
        });
        matrix.request("GET /api/v1/applications", "all", () -> Request.query("size=200"))
                .request("GET /api/v1/applications", "own", () -> Request.query("parkCode=" + OWN.code()))
                .request("GET /api/v1/applications", "other park", () -> Request.query("parkCode=" + OTHER_PARK.code()))
                .request("GET /api/v1/applications", "other city", () -> Request.query("cityCode=" + JINING))
                .request(BY_ID, "unknown id", () -> Request.pathValue("id", UUID.randomUUID().toString()))
                .request("GET /api/v1/applications/{id}/documents/{documentId}", "unknown id",
                        () -> Request.pathValue("id", UUID.randomUUID().toString())
                                .andPath("documentId", UUID.randomUUID().toString()))
                .request("GET /api/v1/parks/{parkCode}/plan-targets", "unknown id",
                        () -> Request.pathValue("parkCode", "SDP079"))
                .request("GET /api/v1/score-sheets", "any", () -> Request.none())
                .request("GET /api/v1/score-sheets/current", "any", () -> Request.none())
                .request("GET /api/v1/score-sheets/{version}", "any", () -> Request.pathValue("version", "1"))
                .request("GET /api/v1/score-sheets/{version}", "unknown id", () -> Request.pathValue("version", "999999"))
                // The same criteria and bands as the default sheet, so reviews opened later score as before.
                .request("POST /api/v1/score-sheets", "any", () -> Request.body(DEFAULT_SHAPED_SHEET))
                .request("GET /api/v1/experts", "any", () -> Request.none())
                .request("GET /api/v1/experts/{username}", "any", () -> Request.pathValue("username", "expert.wang"))
                .request("GET /api/v1/experts/{username}", "unknown id", () -> Request.pathValue("username", "expert.nobody"))
                .request("PUT /api/v1/experts/{username}", "any", () -> Request.pathValue("username", "expert.wang")
                        .andBody("{\"name\":\"王建国\",\"organisation\":\"山东省节能技术服务中心\",\"specialty\":\"资源循环利用\",\"active\":true}"))
;
        spotChecks(matrix);
        matrix.run(dataSource);
    }

    /**
     * The spot-check rows, run after the filings: each round is drawn from one filed park, picked by city and
     * level (SDP071 Weifang national, SDP072 Weifang provincial, SDP073 Jining provincial).
     */
    private void spotChecks(AuthorisationMatrix matrix) {
        String round = "POST /api/v1/spot-checks/{code}";
        matrix.request("POST /api/v1/spot-checks", "any",
                () -> Request.body(SpotCheckTest.drawBody(nextRoundCode(), List.of("NATIONAL"), List.of(WEIFANG),
                        List.of(), 1, null, "matrix", List.of("expert.wang"))))
                .request("GET /api/v1/spot-checks", "all", () -> Request.query("size=200"));
        for (String operation : List.of("GET /api/v1/spot-checks/{code}", "GET /api/v1/spot-checks/{code}/verification")) {
            matrix.request(operation, "assigned", () -> Request.pathValue("code", assignedRound()))
                    .request(operation, "unassigned", () -> Request.pathValue("code", unassignedRound()))
                    .request(operation, "unknown id", () -> Request.pathValue("code", "2099-99"));
        }
        matrix.request(round + "/findings", "assigned", () -> Request.pathValue("code", drawn(OWN, "expert.wang"))
                        .andBody(SpotCheckTest.findingBody(OWN.code(), "CONFIRMED", null, "授权矩阵核查属实")))
                .request(round + "/findings", "unassigned", () -> Request.pathValue("code", drawn(OTHER_CITY, "expert.zhao"))
                        .andBody(SpotCheckTest.findingBody(OTHER_CITY.code(), "CONFIRMED", null, "授权矩阵核查属实")))
                .request(round + "/findings/{parkCode}/resolution", "assigned", () -> rectifying(OWN, "expert.wang"))
                .request(round + "/findings/{parkCode}/resolution", "unassigned", () -> rectifying(OTHER_CITY, "expert.zhao"))
                .request(round + "/closure", "assigned", () -> {
                    String code = drawn(OTHER_PARK, "expert.wang");
                    as(TestTokens.provinceAdmin()).body(SpotCheckTest.findingBody(OTHER_PARK.code(), "CONFIRMED", null, "属实"))
                            .post("/api/v1/spot-checks/" + code + "/findings").then().statusCode(201);
                    return Request.pathValue("code", code);
                })
                .request("GET /api/v1/spot-check-findings", "all", () -> Request.query("size=200"))
                .request("GET /api/v1/spot-check-findings", "own", () -> Request.query("parkCode=" + OWN.code()))
                .request("GET /api/v1/spot-check-findings", "other park", () -> Request.query("parkCode=" + OTHER_PARK.code()))
                .request("GET /api/v1/spot-check-findings", "other city", () -> Request.query("cityCode=" + JINING));
    }

    private int roundsDrawn;
    private String assigned;
    private String unassigned;

    private String nextRoundCode() {
        String code = "%04d-%02d".formatted(2200 + roundsDrawn / 90, 10 + roundsDrawn % 90);
        roundsDrawn++;
        return code;
    }

    private String assignedRound() {
        if (assigned == null) {
            assigned = drawn(OWN, "expert.wang");
        }
        return assigned;
    }

    private String unassignedRound() {
        if (unassigned == null) {
            unassigned = drawn(OTHER_CITY, "expert.zhao");
        }
        return unassigned;
    }

    /** A new round whose population (and so sample) is the park alone, with this expert. */
    private String drawn(Fixtures.Park park, String expert) {
        String code = nextRoundCode();
        as(TestTokens.provinceAdmin())
                .body(SpotCheckTest.drawBody(code, List.of(park.level().name()), List.of(park.cityCode()), List.of(), 1,
                        null, "matrix", List.of(expert)))
                .post("/api/v1/spot-checks").then().statusCode(201).body("sample[0].parkCode", org.hamcrest.Matchers.equalTo(park.code()));
        return code;
    }

    /** A new round whose finding about the park requires rectification: the resolution confirms it. */
    private Request rectifying(Fixtures.Park park, String expert) {
        String code = drawn(park, expert);
        as(TestTokens.provinceAdmin())
                .body(SpotCheckTest.findingBody(park.code(), "RECTIFICATION_REQUIRED",
                        java.time.LocalDate.now(cn.gov.shandong.circular.common.time.ProgrammeCalendar.ZONE).plusDays(30).toString(), "限期整改"))
                .post("/api/v1/spot-checks/" + code + "/findings").then().statusCode(201);
        return Request.pathValue("code", code).andPath("parkCode", park.code())
                .andBody(SpotCheckTest.resolutionBody("CONFIRMED", "已按期整改"));
    }

    private static java.util.Map<String, Fixtures.Park> variants() {
        java.util.Map<String, Fixtures.Park> variants = new java.util.LinkedHashMap<>();
        variants.put("own", OWN);
        variants.put("other park", OTHER_PARK);
        variants.put("other city", OTHER_CITY);
        return variants;
    }

    /** The id of the park's latest application once it is as the row needs (empty for "no open application"). */
    private String application(Fixtures.Park park, Needs needs) {
        for (int step = 0; step < 8; step++) {
            Object[] latest = latest(park.code());
            String id = latest == null ? null : latest[0].toString();
            String status = latest == null ? null : (String) latest[1];
            boolean closed = status == null || status.equals("FAILED");
            switch (needs) {
                case NO_OPEN_APPLICATION -> {
                    if (closed) {
                        return "";
                    }
                }
                case ANY -> {
                    if (id != null) {
                        return id;
                    }
                }
                default -> {
                    if (needs.name().equals(status)) {
                        if (needs == Needs.UNDER_REVIEW) {
                            // The officer's cell may have opened it without a panel: seat the experts the rows expect.
                            as(TestTokens.cityOfficer(park.cityCode()))
                                    .body("{\"experts\":[\"expert.wang\",\"expert.zhang\",\"expert.liu\"]}")
                                    .put("/api/v1/applications/" + id + "/review/panel").then().statusCode(200);
                        }
                        return id;
                    }
                }
            }
            if (closed) {
                apply(park);
            } else if (status.equals("SUBMITTED") && needs == Needs.RETURNED) {
                as(TestTokens.cityOfficer(park.cityCode())).body(Fixtures.decisionBody("RETURNED", "请补充材料"))
                        .post("/api/v1/applications/" + id + "/decision").then().statusCode(200);
            } else if (status.equals("SUBMITTED")) {
                Fixtures.openWithPanel(id, park.cityCode());
            } else if (status.equals("UNDER_REVIEW") && needs == Needs.RETURNED) {
                as(TestTokens.cityOfficer(park.cityCode())).body(Fixtures.decisionBody("RETURNED", "请补充材料"))
                        .post("/api/v1/applications/" + id + "/decision").then().statusCode(200);
            } else if (status.equals("UNDER_REVIEW")) {
                // The panel scores (again) and the city passes it, or fails it when a new application is needed.
                for (String expert : Fixtures.PANEL) {
                    as(Fixtures.expert(expert)).body(Fixtures.scoringBody(85))
                            .put("/api/v1/applications/" + id + "/review/scores/" + expert).then().statusCode(200);
                }
                boolean pass = needs == Needs.PASSED;
                as(TestTokens.cityOfficer(park.cityCode()))
                        .body(Fixtures.decisionBody(pass ? "PASSED" : "FAILED", pass ? null : "未通过"))
                        .post("/api/v1/applications/" + id + "/decision").then().statusCode(200);
            } else if (status.equals("PASSED") && needs == Needs.UNDER_REVIEW) {
                as(TestTokens.provinceAdmin()).body("{\"reasons\":\"请补正\"}")
                        .post("/api/v1/applications/" + id + "/filing-return").then().statusCode(200);
            } else if (status.equals("RETURNED")) {
                as(TestTokens.parkManager(park.code())).body("{\"summary\":\"补充材料后重新提交\"}")
                        .post("/api/v1/applications/" + id + "/resubmission").then().statusCode(200);
            } else {
                throw new IllegalStateException("park " + park.code() + "'s application is " + status
                        + " and cannot become " + needs + "; a filing is final, keep the filing rows last in the table");
            }
        }
        throw new IllegalStateException("park " + park.code() + " did not reach " + needs);
    }

    private static Multipart pdfForm(Fixtures.Park park, String title) {
        return Multipart.form()
                .file("file", park.name() + "验收报告.pdf", "application/pdf",
                        cn.gov.shandong.circular.acceptance.document.SampleFiles.pdf(park.code()))
                .text("title", title);
    }

    /** The park's latest application and a document of it, attached by the park's manager if it had none. */
    private String[] document(Fixtures.Park park) {
        String latest = application(park, Needs.ANY);
        List<?> documents = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select cast(id as text) from application_document where application_id = cast(:id as uuid)")
                .setParameter("id", latest)
                .getResultList());
        if (!documents.isEmpty()) {
            return new String[]{latest, (String) documents.get(0)};
        }
        String id = application(park, Needs.SUBMITTED);
        Multipart form = pdfForm(park, "授权矩阵的前置材料");
        String documentId = io.restassured.RestAssured.given()
                .config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                        .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TestTokens.parkManager(park.code()))
                .contentType(form.contentType()).body(form.bytes())
                .post("/api/v1/applications/" + id + "/documents").then().statusCode(201).extract().path("id");
        return new String[]{id, documentId};
    }

    private static void apply(Fixtures.Park park) {
        as(TestTokens.parkManager(park.code())).body(applyBody(park.code(), "授权矩阵的前置申请"))
                .post("/api/v1/applications").then().statusCode(201);
    }

    /** The park's newest application: id and status, or null. */
    private Object[] latest(String parkCode) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select cast(id as text), status from acceptance_application where park_code = :park "
                                + "order by submitted_at desc limit 1")
                .setParameter("park", parkCode)
                .getResultList());
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }
}
