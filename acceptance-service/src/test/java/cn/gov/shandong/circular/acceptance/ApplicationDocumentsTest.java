package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;
import static cn.gov.shandong.circular.acceptance.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.acceptance.document.SampleFiles;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Supporting documents of an application (验收佐证材料), on parks no other test uses: 桓台经济开发区
 * (SDP017, 东营) uploads, lists and downloads; 峄城经济开发区 (SDP016, 枣庄) has an application the
 * city has decided; 广饶经济开发区 (SDP018) is the other park's manager; 枣庄高新区 (SDP015) sends what
 * is refused.
 */
@QuarkusTest
class ApplicationDocumentsTest {

    private static final String UPLOADS = "target/document-uploads";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void parksAreKnown() {
        Fixtures.ensureParksKnown(entityManager);
    }

    @Test
    void theParkAttachesAPdfAndAPngThatEveryoneInScopeListsAndDownloadsByteForByte() throws Exception {
        String id = applicationOf("SDP017");
        byte[] pdf = SampleFiles.pdf("Huantai acceptance report");
        Multipart report = Multipart.form()
                .file("file", "桓台经济开发区验收报告.pdf", "application/pdf", pdf)
                .text("title", "2020年度循环化改造验收报告")
                .text("category", "ACCEPTANCE_REPORT");
        ExtractableResponse<Response> attached = upload("SDP017", id, report).then().statusCode(201).extract();
        JsonNode document = json(attached.asString());
        String documentId = document.get("id").asText();
        assertThat(attached.header("Location")).endsWith("/api/v1/applications/" + id + "/documents/" + documentId);
        assertThat(document.get("applicationId").asText()).isEqualTo(id);
        assertThat(document.get("title").asText()).isEqualTo("2020年度循环化改造验收报告");
        assertThat(document.get("category").asText()).isEqualTo("ACCEPTANCE_REPORT");
        assertThat(document.get("fileName").asText()).isEqualTo("桓台经济开发区验收报告.pdf");
        assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(document.get("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(document.get("uploadedBy").asText()).isEqualTo("manager.SDP017");

        // A PNG sent as application/octet-stream without a title: the type comes from the content.
        byte[] png = SampleFiles.png();
        String pngId = upload("SDP017", id, Multipart.form().file("file", "现场照片.png", "application/octet-stream", png))
                .then().statusCode(201).extract().path("id");
        // Each document is a change of the application: a decision based on the version before it is stale.
        as(TestTokens.cityOfficer(Fixtures.DONGYING)).get("/api/v1/applications/{id}", id).then().statusCode(200)
                .header("ETag", "\"2\"");
        as(TestTokens.cityOfficer(Fixtures.DONGYING)).header("If-Match", "\"1\"")
                .body(Fixtures.decisionBody("RETURNED", "材料不全")).post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(412);

        JsonNode list = json(as(TestTokens.parkManager("SDP017")).get("/api/v1/applications/{id}/documents", id)
                .then().statusCode(200).extract().asString());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("id").asText()).isEqualTo(documentId);
        assertThat(list.get(1).get("id").asText()).isEqualTo(pngId);
        assertThat(list.get(1).get("mediaType").asText()).isEqualTo("image/png");
        assertThat(list.get(1).get("category").asText()).isEqualTo("OTHER");
        assertThat(list.get(1).get("title").isNull()).isTrue();

        // The park, the officer of its city (东营) and the province download the same bytes.
        for (String token : new String[]{TestTokens.parkManager("SDP017"), TestTokens.cityOfficer(Fixtures.DONGYING),
                TestTokens.provinceAdmin(), TestTokens.auditor()}) {
            ExtractableResponse<Response> download = given().auth().oauth2(token)
                    .get("/api/v1/applications/{id}/documents/{documentId}", id, documentId)
                    .then().statusCode(200).extract();
            byte[] bytes = download.asByteArray();
            assertThat(bytes).isEqualTo(pdf);
            assertThat(sha256(bytes)).isEqualTo(document.get("sha256").asText());
            assertThat(download.contentType()).isEqualTo("application/pdf");
            assertThat(download.header("ETag")).isEqualTo("\"" + sha256(pdf) + "\"");
            assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"___________.pdf\"; "
                    + "filename*=UTF-8''%E6%A1%93%E5%8F%B0%E7%BB%8F%E6%B5%8E%E5%BC%80%E5%8F%91%E5%8C%BA"
                    + "%E9%AA%8C%E6%94%B6%E6%8A%A5%E5%91%8A.pdf");
        }
        given().auth().oauth2(TestTokens.cityOfficer(Fixtures.DONGYING)).header("If-None-Match", "\"" + sha256(pdf) + "\"")
                .get("/api/v1/applications/{id}/documents/{documentId}", id, documentId).then().statusCode(304);
        // An expert reads an application's documents through a seat on its review panel, not before.
        given().auth().oauth2(Fixtures.expert("expert.wang"))
                .get("/api/v1/applications/{id}/documents/{documentId}", id, pngId).then().statusCode(404);

        // Outside the park's scope the application and its documents do not exist.
        for (String token : new String[]{TestTokens.cityOfficer(Fixtures.JINAN), TestTokens.parkManager("SDP018")}) {
            given().auth().oauth2(token).get("/api/v1/applications/{id}/documents/{documentId}", id, documentId)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(token).get("/api/v1/applications/{id}/documents", id)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        // ... nor does a document under another application.
        String other = applicationOf("SDP018");
        given().auth().oauth2(TestTokens.provinceAdmin())
                .get("/api/v1/applications/{id}/documents/{documentId}", other, documentId).then().statusCode(404);

        // Another park's manager cannot attach to this application, nor may a city officer.
        long before = Fixtures.eventsOf(entityManager, "SDP017");
        upload("SDP018", id, Multipart.form().file("file", "冒名.pdf", "application/pdf", pdf))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.cityOfficer(Fixtures.DONGYING))
                .contentType(report.contentType()).body(report.bytes())
                .post("/api/v1/applications/{id}/documents", id).then().statusCode(403);
        assertThat(documentsOf("SDP017")).isEqualTo(2 * 2);
        assertThat(Fixtures.eventsOf(entityManager, "SDP017")).isEqualTo(before);

        // Each attachment reached acceptance.events, keyed by the park.
        var events = Fixtures.acceptanceEvents(records -> records.stream().filter(r ->
                "acceptance.document-attached".equals(KafkaTestClient.header(r, "ce_type"))
                        && r.value().contains(documentId)).count() == 1);
        var event = events.stream().filter(r -> r.value().contains(documentId)).findFirst().orElseThrow();
        assertThat(event.key()).isEqualTo("SDP017");
        JsonNode data = json(event.value());
        assertThat(data.get("applicationId").asText()).isEqualTo(id);
        assertThat(data.get("parkCode").asText()).isEqualTo("SDP017");
        assertThat(data.get("cityCode").asText()).isEqualTo(Fixtures.DONGYING);
        assertThat(data.get("fileName").asText()).isEqualTo("桓台经济开发区验收报告.pdf");
        assertThat(data.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(data.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(data.get("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(data.get("category").asText()).isEqualTo("ACCEPTANCE_REPORT");
        assertThat(data.get("actor").asText()).isEqualTo("manager.SDP017");
        uploadsAreGone();

        Fixtures.openWithPanel(id, Fixtures.DONGYING);
        assertThat(given().auth().oauth2(Fixtures.expert("expert.wang"))
                .get("/api/v1/applications/{id}/documents/{documentId}", id, pngId)
                .then().statusCode(200).contentType("image/png").extract().asByteArray()).isEqualTo(png);
    }

    @Test
    void contentThatIsNoSupportedDocumentOrDisagreesWithItsNameIsRefusedAndLeavesNothing() {
        String id = applicationOf("SDP015");
        long events = Fixtures.eventsOf(entityManager, "SDP015");
        byte[] text = "这是一个文本文件，不是PDF。".getBytes(StandardCharsets.UTF_8);
        expectProblem(upload("SDP015", id, Multipart.form().file("file", "验收报告.pdf", "application/pdf", text)),
                415, "unsupported-media-type");
        expectProblem(upload("SDP015", id, Multipart.form().file("file", "验收报告.pdf", "application/pdf",
                SampleFiles.png())), 415, "unsupported-media-type");
        expectProblem(upload("SDP015", id, Multipart.form().text("title", "没有文件")), 400, "bad-request");
        expectProblem(upload("SDP015", id, Multipart.form().file("file", "a.pdf", "application/pdf", new byte[0])),
                400, "bad-request");
        expectProblem(upload("SDP015", id, Multipart.form().file("file", "a.pdf", "application/pdf", SampleFiles.pdf("x"))
                .text("category", "REPORT")), 400, "bad-request");
        expectProblem(upload("SDP015", id, Multipart.form().file("file", "a.pdf", "application/pdf", SampleFiles.pdf("x"))
                .text("title", "长".repeat(201))), 400, "bad-request");
        expectProblem(upload("SDP015", id, Multipart.form().file("file", "a.pdf", "application/pdf", SampleFiles.pdf("x"))
                .text("title", "控制\u0007字符")), 400, "bad-request");
        // A body just over 20 MiB gets past the path's limit (20 MiB and the form's 64 KiB) but not the file's.
        expectProblem(upload("SDP015", id, Multipart.form().file("file", "大文件.pdf", "application/pdf",
                SampleFiles.largePdf(20 * 1024 * 1024 + 1))), 413, "body-too-large");
        assertThat(documentsOf("SDP015")).isZero();
        assertThat(Fixtures.eventsOf(entityManager, "SDP015")).isEqualTo(events);
        uploadsAreGone();
    }

    @Test
    void aBodyOverTheUploadLimitIsRefusedWith413ProblemJsonBeforeItIsRead() throws IOException {
        String id = applicationOf("SDP015");
        long events = Fixtures.eventsOf(entityManager, "SDP015");
        long documents = documentsOf("SDP015");
        int size = 21 * 1024 * 1024;
        String reply = sendAnnouncedBody("/api/v1/applications/" + id + "/documents", TestTokens.parkManager("SDP015"),
                size);
        assertThat(reply).startsWith("HTTP/1.1 413");
        assertThat(reply.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(reply).contains("urn:circular-parks:problem:body-too-large");
        // JSON paths keep the platform's 256 KB.
        String json = sendAnnouncedBody("/api/v1/applications", TestTokens.parkManager("SDP015"), 300 * 1024);
        assertThat(json).startsWith("HTTP/1.1 413");
        assertThat(documentsOf("SDP015")).isEqualTo(documents);
        assertThat(Fixtures.eventsOf(entityManager, "SDP015")).isEqualTo(events);
        uploadsAreGone();
    }

    @Test
    void documentsAreAttachedOnlyWhileTheParkMayChangeItsApplication() {
        // Under review by the city's expert panel, the park's material is what the experts score.
        String id = applicationOf("SDP016");
        Fixtures.openWithPanel(id, Fixtures.ZAOZHUANG);
        expectProblem(upload("SDP016", id, Multipart.form().file("file", "补充材料.pdf", "application/pdf",
                SampleFiles.pdf("late"))), 409, "illegal-transition");
        assertThat(documentsOf("SDP016")).isZero();
    }

    // ----- helpers -----

    /**
     * The park's open application, applied for now (Fixtures announced the park's approved plan).
     */
    private static String applicationOf(String parkCode) {
        String existing = as(TestTokens.parkManager(parkCode)).queryParam("parkCode", parkCode)
                .get("/api/v1/applications").then().statusCode(200).extract().path("items.find { it.status == 'SUBMITTED' }.id");
        if (existing != null) {
            return existing;
        }
        return as(TestTokens.parkManager(parkCode)).body(applyBody(parkCode, "循环化改造重点项目已全部建成，申请验收。"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    private static Response upload(String parkCode, String applicationId, Multipart form) {
        return given().config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TestTokens.parkManager(parkCode))
                .contentType(form.contentType())
                .accept("application/json")
                .body(form.bytes())
                .post("/api/v1/applications/{id}/documents", applicationId);
    }

    private static void expectProblem(Response response, int status, String type) {
        response.then().statusCode(status).contentType("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:circular-parks:problem:" + type);
    }

    /** The park's rows in both document tables (metadata and content). */
    private long documentsOf(String parkCode) {
        return Fixtures.count(entityManager, "select count(*) from application_document where park_code = '"
                + parkCode + "'")
                + Fixtures.count(entityManager, "select count(*) from application_document_content c join "
                + "application_document d on d.id = c.document_id where d.park_code = '" + parkCode + "'");
    }

    /** Quarkus' temporary files of the forms are deleted once each response has gone. */
    private static void uploadsAreGone() {
        Path uploads = Path.of(UPLOADS);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            if (!Files.exists(uploads)) {
                return true;
            }
            try (Stream<Path> files = Files.list(uploads)) {
                return files.findAny().isEmpty();
            }
        });
    }

    /**
     * Announces a body of {@code size} bytes with {@code Expect: 100-continue}, as clients do before a large
     * upload, and returns the server's first answer; sends the body only if told to continue.
     */
    private static String sendAnnouncedBody(String path, String token, int size) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nAccept: application/json\r\n"
                    + "Content-Length: " + size + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String first = read(socket.getInputStream());
            if (!first.startsWith("HTTP/1.1 100")) {
                return first;
            }
            out.write(new byte[size]);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            reply.write(buffer, 0, n);
            String text = reply.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end >= 0) {
                int length = text.toLowerCase().contains("content-length: ")
                        ? Integer.parseInt(text.toLowerCase().split("content-length: ")[1].split("\r\n")[0].trim()) : 0;
                if (reply.size() >= end + 4 + length) {
                    return text;
                }
            }
        }
        return reply.toString(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
