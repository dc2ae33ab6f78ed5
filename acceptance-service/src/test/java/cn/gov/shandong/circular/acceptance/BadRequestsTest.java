package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.acceptance.document.SampleFiles;
import cn.gov.shandong.circular.common.testing.BadRequestSuite;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every documented operation, sent bad requests generated from the OpenAPI document (see
 * BadRequestSuite), then the multipart upload's own bad requests. Its own parks: SDP020 applies (the create's body),
 * SDP021 has an application that the review, resubmission and filing paths name, SDP029 (in Zibo here) a filed
 * one, drawn in the spot-check round 2093-01 whose paths the suite names.
 */
@QuarkusTest
class BadRequestsTest {

    private static final Fixtures.Park APPLYING = new Fixtures.Park("SDP020", "坏请求申请园区", Fixtures.ZIBO, "淄博市", ParkLevel.PROVINCIAL);
    private static final Fixtures.Park REVIEWED = new Fixtures.Park("SDP021", "坏请求评审园区", Fixtures.ZIBO, "淄博市", ParkLevel.NATIONAL);
    private static final Fixtures.Park FILED = new Fixtures.Park("SDP029", "坏请求抽查园区", Fixtures.ZIBO, "淄博市", ParkLevel.NATIONAL);

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
        Fixtures.publishParkRegistered(FILED);
        for (Fixtures.Park park : java.util.List.of(APPLYING, REVIEWED, FILED)) {
            cn.gov.shandong.circular.common.testing.EventFixtures.publish(Fixtures.approved(Fixtures.planOf(park.code()),
                    park.code(), park.cityCode(), 1, 0, java.util.List.of(Fixtures.project(park.code()))));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.count(entityManager,
                "select count(*) from park_directory where park_code in ('SDP020', 'SDP021', 'SDP029')") == 3
                && Fixtures.count(entityManager,
                "select count(*) from approved_plan_project where park_code in ('SDP020', 'SDP021', 'SDP029')") == 3);
        String applicationId = as(TestTokens.parkManager(REVIEWED.code()))
                .body(applyBody(REVIEWED.code(), "评审路径的申请"))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        // A second application, filed, is the population of a spot-check round whose paths the suite names.
        String filedId = as(TestTokens.parkManager(FILED.code()))
                .body(applyBody(FILED.code(), "抽查路径的申请"))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        Fixtures.passed(filedId, Fixtures.ZIBO);
        as(TestTokens.provinceAdmin()).post("/api/v1/applications/{id}/filing", filedId).then().statusCode(200);
        as(TestTokens.provinceAdmin())
                .body(SpotCheckTest.drawBody("2093-01", List.of(), List.of(Fixtures.ZIBO), List.of(), null, "1", "bad",
                        List.of("expert.wang")))
                .post("/api/v1/spot-checks").then().statusCode(201);
        as(TestTokens.provinceAdmin())
                .body(SpotCheckTest.findingBody(FILED.code(), "RECTIFICATION_REQUIRED", "2099-12-31", "限期整改"))
                .post("/api/v1/spot-checks/2093-01/findings").then().statusCode(201);

        // A document of that application, for the download's path.
        Multipart form = Multipart.form().file("file", "坏请求.pdf", "application/pdf", SampleFiles.pdf("SDP021"));
        String documentId = upload(REVIEWED.code(), applicationId, form.contentType(), form.bytes())
                .then().statusCode(201).extract().path("id");

        BadRequestSuite.forService("acceptance-service")
                .caller("park-manager", () -> TestTokens.parkManager(APPLYING.code()))
                .caller("city-officer", () -> TestTokens.cityOfficer(Fixtures.ZIBO))
                .caller("expert", () -> Fixtures.expert("expert.wang"))
                .pathValue("id", () -> applicationId)
                .pathValue("documentId", () -> documentId)
                .pathValue("code", () -> "2093-01")
                .pathValue("/api/v1/spot-checks/{code}/findings/{parkCode}/resolution", "parkCode", FILED::code)
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
                .body("POST /api/v1/spot-checks", SpotCheckTest.drawBody("2093-02", List.of("NATIONAL"),
                        List.of(Fixtures.ZIBO), List.of(2026), 1, null, "seed-1", List.of("expert.wang")))
                .body("POST /api/v1/spot-checks/{code}/findings",
                        SpotCheckTest.findingBody(FILED.code(), "CONFIRMED", null, "属实"))
                .body("POST /api/v1/spot-checks/{code}/findings/{parkCode}/resolution",
                        SpotCheckTest.resolutionBody("CONFIRMED", "已整改"))
                .run(dataSource);

        // The suite sends JSON; what is particular to a multipart upload, as the application's own manager.
        long documents = documentRows();
        long events = Fixtures.count(entityManager, "select count(*) from outbox_event");
        byte[] pdf = SampleFiles.pdf("SDP021");
        List<Runnable> refused = List.of(
                // no file; an empty one; a file part without a file name (a plain field)
                () -> refusedUpload(applicationId, Multipart.form().text("title", "没有文件"), 400),
                () -> refusedUpload(applicationId, Multipart.form().file("file", "空.pdf", "application/pdf", new byte[0]), 400),
                () -> refusedUpload(applicationId, Multipart.form().text("file", "%PDF-1.4 不是文件"), 400),
                // content that is no document, or disagrees with its name
                () -> refusedUpload(applicationId, Multipart.form().file("file", "文本.pdf", "application/pdf",
                        "纯文本".getBytes(StandardCharsets.UTF_8)), 415),
                () -> refusedUpload(applicationId, Multipart.form().file("file", "图片.docx", "image/png", SampleFiles.png()), 415),
                () -> refusedUpload(applicationId, Multipart.form().file("file", "a.zip", "application/zip",
                        SampleFiles.ooxml("src/", true)), 415),
                // fields out of range
                () -> refusedUpload(applicationId, Multipart.form().file("file", "a.pdf", "application/pdf", pdf)
                        .text("category", "acceptance_report"), 400),
                () -> refusedUpload(applicationId, Multipart.form().file("file", "a.pdf", "application/pdf", pdf)
                        .text("title", "a".repeat(201)), 400),
                () -> refusedUpload(applicationId, Multipart.form().file("file", "a.pdf", "application/pdf", pdf)
                        .text("title", "\u0000"), 400),
                // a file over 20 MiB in a body the path takes
                () -> refusedUpload(applicationId, Multipart.form().file("file", "大.pdf", "application/pdf",
                        SampleFiles.largePdf(20 * 1024 * 1024 + 1)), 413),
                // bad ids
                () -> refusedUpload("not-a-uuid", Multipart.form().file("file", "a.pdf", "application/pdf", pdf), 404),
                () -> refusedUpload(UUID.randomUUID().toString(), Multipart.form().file("file", "a.pdf", "application/pdf", pdf), 404),
                // a body that is not a well-formed form
                () -> problem(upload(REVIEWED.code(), applicationId, "multipart/form-data", pdf), 400, 415),
                () -> problem(upload(REVIEWED.code(), applicationId, "multipart/form-data; boundary=zz",
                        "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-"
                                .getBytes(StandardCharsets.UTF_8)), 400, 415),
                () -> problem(upload(REVIEWED.code(), applicationId, "application/pdf", pdf), 415));
        refused.forEach(Runnable::run);
        for (String path : List.of("/api/v1/applications/" + applicationId + "/documents/" + UUID.randomUUID(),
                "/api/v1/applications/" + UUID.randomUUID() + "/documents/" + documentId,
                "/api/v1/applications/" + applicationId + "/documents/not-a-uuid")) {
            problem(given().auth().oauth2(TestTokens.provinceAdmin()).get(path), 404);
        }
        assertThat(documentRows()).isEqualTo(documents);
        assertThat(Fixtures.count(entityManager, "select count(*) from outbox_event")).isEqualTo(events);
    }

    private void refusedUpload(String applicationId, Multipart form, int status) {
        problem(upload(REVIEWED.code(), applicationId, form.contentType(), form.bytes()), status);
    }

    private static void problem(Response response, int... statuses) {
        assertThat(response.statusCode()).as(response.asString()).isIn(Arrays.stream(statuses).boxed().toList());
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).startsWith("urn:circular-parks:problem:");
    }

    private static Response upload(String parkCode, String applicationId, String contentType, byte[] body) {
        return given().config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TestTokens.parkManager(parkCode))
                .contentType(contentType).accept("application/json").body(body)
                .post("/api/v1/applications/" + applicationId + "/documents");
    }

    private long documentRows() {
        return Fixtures.count(entityManager, "select count(*) from application_document")
                + Fixtures.count(entityManager, "select count(*) from application_document_content");
    }
}
