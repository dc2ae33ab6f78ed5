package cn.gov.shandong.circular.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8 end to end on the real platform, for a park of an abolished city: 莱芜高新区 (SDP068, Laiwu 371200,
 * national level, scheduled for 2020), whose city was merged into Jinan from 2019-01-09 (decision 38), so
 * today Jinan's officer acts for it. Its plan is approved by the Jinan officer in plans-service; its manager
 * applies with the achieved indicators and attaches the acceptance report (a real PDF), which the Jinan
 * officer downloads unchanged; the Jinan officer opens the review, seats a panel of three experts and passes
 * it on their scores; the application keeps Laiwu's city code and Qingdao's officer cannot see it; the
 * province files it and the completed count rises by one; a spot-check round drawn over Laiwu's filings
 * samples it, anyone can verify the draw, the assigned expert revokes the filing and the count drops by one.
 *
 * <p>It runs after the other system tests and touches none of their parks (FilingFlowIT: SDP001, SDP006;
 * PlanTargetsFlowIT: SDP002; FaultToleranceIT: its own parks in the 2021-2025 programme, none in Laiwu,
 * which no longer exists), so the 2018-2020 counts it reads move only by what it does, and a round
 * over Laiwu's filings of the year has exactly this park as its population.
 */
@ExtendWith(LocalPlatform.Running.class)
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AcceptanceProceduresIT {

    private static final String PARKS = "http://127.0.0.1:8081";
    private static final String ACCEPTANCE = "http://127.0.0.1:8083";
    private static final String REPORTING = "http://127.0.0.1:8084";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(60);

    /** 莱芜高新区: Laiwu's national-level park of Attachment 2, scheduled for 2020. */
    private static final String PARK = "SDP068";
    private static final String PARK_NAME = "莱芜高新区";
    private static final String LAIWU = "371200";
    private static final int SCHEDULED = 2020;
    private static final String JINAN_OFFICER = "jinan.officer";
    private static final String QINGDAO_OFFICER = "qingdao.officer";
    private static final String ADMIN = "province.admin";
    /** The expert the province assigns to the spot-check round; expert.wang is not on it. */
    private static final String SPOT_CHECK_EXPERT = "expert.liu";
    private static final String REPORT_FILE_NAME = "莱芜高新区循环化改造验收报告.pdf";
    private static final String REPORT_TITLE = "2020年度循环化改造验收报告";

    private static String manager;
    private static JsonNode plan;
    private static String applicationId;
    private static String filingNumber;
    private static int filingYear;
    /** The province's cumulative completed total, Laiwu's 2020 national cell and the national goal's completed, before the filing. */
    private static Counts before;

    /** What the province reads in reporting: the three counts a filing raises and a revocation lowers. */
    private record Counts(int provinceCompleted, int laiwu2020National, int nationalGoalCompleted) {

        Counts plusOne() {
            return new Counts(provinceCompleted + 1, laiwu2020National + 1, nationalGoalCompleted + 1);
        }
    }

    @Test
    @Order(1)
    void theJinanOfficerApprovesTheLaiwuParksPlan() throws Exception {
        // The park keeps its city; Jinan's officer sees it (Laiwu's successor), Qingdao's does not.
        given().auth().oauth2(Keycloak.token(JINAN_OFFICER)).when().get(PARKS + "/api/v1/parks/" + PARK)
                .then().statusCode(200).body("name", is(PARK_NAME)).body("cityCode", is(LAIWU))
                .body("level", is("NATIONAL"));
        given().auth().oauth2(Keycloak.token(QINGDAO_OFFICER)).when().get(PARKS + "/api/v1/parks/" + PARK)
                .then().statusCode(404);

        manager = "laiwu-hitech-" + Long.toString(System.currentTimeMillis(), 36) + "-manager";
        new Keycloak.Admin().createUser(manager, "park-manager", Map.of("park_code", PARK), "莱芜高新区管委会");

        // plans-service: the park's manager drafts and submits, the Jinan officer approves (Caller.actsForCity).
        PlansClient plans = new PlansClient();
        JsonNode approved = plans.approve(PlansClient.draft(PARK, "2018-2020", 2017, SCHEDULED,
                        List.of("莱芜高新区中水回用工程", "钢渣综合利用项目")),
                manager, JINAN_OFFICER, "system-test-plan-" + PARK + "-" + UUID.randomUUID());
        plan = plans.awaitInAcceptance(PARK, approved.path("id").asText(), manager, Duration.ofSeconds(60));
        assertThat(plan.path("cityCode").asText()).isEqualTo(LAIWU);
        assertThat(plan.path("targets")).hasSize(5);
        assertThat(plan.path("projects")).hasSize(2);
    }

    @Test
    @Order(2)
    void theParkAppliesWithItsIndicatorsAndAReportTheJinanOfficerDownloadsUnchanged() throws Exception {
        Map<String, Object> application = AcceptanceClient.application(PARK, plan,
                Map.of("RESOURCE_PRODUCTIVITY", 5180, "LAND_PRODUCTIVITY", 22.9, "SOLID_WASTE_UTILISATION", 95.4,
                        "WATER_REUSE", 92.6, "COD_EMISSIONS", 960),
                "莱芜高新区循环化改造实施方案已全部完成，申请验收。");
        JsonNode applied = json(given().auth().oauth2(Keycloak.token(manager)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "system-test-apply-" + PARK + "-" + UUID.randomUUID())
                .body(application)
                .when().post(ACCEPTANCE + "/api/v1/applications")
                .then().statusCode(201).body("status", is("SUBMITTED"))
                .extract().asString());
        applicationId = applied.path("id").asText();
        assertThat(applied.path("cityCode").asText()).as("the application keeps Laiwu's city").isEqualTo(LAIWU);
        assertThat(applied.path("achievements")).hasSize(5);

        // The manager attaches the acceptance report, as a browser sends a chosen file.
        byte[] report = pdf("Laiwu Hi-tech Zone - circular transformation acceptance report 2020");
        String sha256 = sha256Hex(report);
        HttpResponse<byte[]> uploaded = upload(documentsUrl(), manager, REPORT_FILE_NAME, report,
                Map.of("title", REPORT_TITLE, "category", "ACCEPTANCE_REPORT"));
        JsonNode document = JSON.readTree(uploaded.body());
        assertThat(uploaded.statusCode()).as(new String(uploaded.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        String documentId = document.path("id").asText();
        assertThat(uploaded.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/v1/applications/" + applicationId + "/documents/" + documentId));
        assertThat(document.path("applicationId").asText()).isEqualTo(applicationId);
        assertThat(document.path("fileName").asText()).isEqualTo(REPORT_FILE_NAME);
        assertThat(document.path("title").asText()).isEqualTo(REPORT_TITLE);
        assertThat(document.path("category").asText()).isEqualTo("ACCEPTANCE_REPORT");
        assertThat(document.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(document.path("sizeBytes").asLong()).isEqualTo(report.length);
        assertThat(document.path("sha256").asText()).isEqualTo(sha256);
        assertThat(document.path("uploadedBy").asText()).isEqualTo(manager);

        // The Jinan officer lists the application's documents and downloads the report: the same bytes.
        JsonNode listed = read(documentsUrl(), JINAN_OFFICER);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asText()).isEqualTo(documentId);
        HttpResponse<byte[]> download = download(documentsUrl() + "/" + documentId, JINAN_OFFICER);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(sha256Hex(download.body())).as("SHA-256 of the download").isEqualTo(sha256);
        assertThat(download.body()).isEqualTo(report);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow(() ->
                new AssertionError("no Content-Disposition on the download"));
        assertThat(disposition).startsWith("attachment;").contains("filename=\"").contains("filename*=UTF-8''");
        String encodedName = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length())
                .split(";")[0].strip();
        assertThat(URLDecoder.decode(encodedName, StandardCharsets.UTF_8)).isEqualTo(REPORT_FILE_NAME);

        // Another city's officer sees neither the application nor its document.
        given().auth().oauth2(Keycloak.token(QINGDAO_OFFICER)).when().get(applicationUrl())
                .then().statusCode(404);
        assertThat(download(documentsUrl() + "/" + documentId, QINGDAO_OFFICER).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void theJinanOfficerReviewsTheLaiwuParkWithAPanelOfThreeAndPassesIt() throws Exception {
        String officer = Keycloak.token(JINAN_OFFICER);
        String reviewUrl = applicationUrl() + "/review";
        // Qingdao's officer cannot open the review of a park that is not theirs (not even visible).
        given().auth().oauth2(Keycloak.token(QINGDAO_OFFICER)).when().post(reviewUrl).then().statusCode(404);

        given().auth().oauth2(officer).when().post(reviewUrl).then().statusCode(201);
        given().auth().oauth2(officer).when().get(applicationUrl())
                .then().statusCode(200).body("status", is("UNDER_REVIEW")).body("cityCode", is(LAIWU));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("experts", AcceptanceClient.EXPERTS))
                .when().put(reviewUrl + "/panel")
                .then().statusCode(200);
        for (String expert : AcceptanceClient.EXPERTS) {
            given().auth().oauth2(Keycloak.token(expert)).contentType(ContentType.JSON)
                    .body(AcceptanceClient.SCORES.get(expert))
                    .when().put(reviewUrl + "/scores/" + expert)
                    .then().statusCode(200);
        }
        JsonNode review = read(reviewUrl, JINAN_OFFICER);
        assertThat(review.path("panel")).hasSize(3);
        review.path("panel").forEach(member -> assertThat(member.path("scored").asBoolean()).as(member.toString()).isTrue());
        assertThat(review.path("panelScore").decimalValue()).isEqualByComparingTo("86.3");
        assertThat(review.path("grade").asText()).isEqualTo("良好");

        // Qingdao's officer cannot decide it; Jinan's passes it.
        given().auth().oauth2(Keycloak.token(QINGDAO_OFFICER)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PASSED"))
                .when().post(applicationUrl() + "/decision")
                .then().statusCode(404);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PASSED", "reasons", "同意通过验收"))
                .when().post(applicationUrl() + "/decision")
                .then().statusCode(200).body("status", is("PASSED")).body("cityCode", is(LAIWU));
        JsonNode passed = read(applicationUrl(), JINAN_OFFICER);
        assertThat(passed.path("status").asText()).isEqualTo("PASSED");
        assertThat(passed.path("cityCode").asText()).isEqualTo(LAIWU);
        given().auth().oauth2(Keycloak.token(QINGDAO_OFFICER)).when().get(applicationUrl())
                .then().statusCode(404);
        // After the decision the material is closed.
        HttpResponse<byte[]> late = upload(documentsUrl(), manager, "补充材料.pdf", pdf("late"), Map.of());
        assertThat(late.statusCode()).as(new String(late.body(), StandardCharsets.UTF_8)).isEqualTo(409);
    }

    @Test
    @Order(4)
    void theProvinceFilesItWithANumberAndTheCompletedCountRisesByOne() {
        before = counts();
        JsonNode filed = json(given().auth().oauth2(Keycloak.token(ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("remarks", "准予备案"))
                .when().post(applicationUrl() + "/filing")
                .then().statusCode(200).body("status", is("FILED")).body("cityCode", is(LAIWU))
                .extract().asString());
        filingNumber = filed.at("/filing/number").asText();
        java.util.regex.Matcher number = AcceptanceClient.FILING_NUMBER.matcher(filingNumber);
        assertThat(number.matches()).as(filingNumber).isTrue();
        filingYear = OffsetDateTime.parse(filed.at("/filing/filedAt").asText())
                .atZoneSameInstant(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(Integer.parseInt(number.group(1))).as("year of " + filingNumber).isEqualTo(filingYear);

        Counts expected = before.plusOne();
        assertThat(awaitCounts(expected::equals)).isEqualTo(expected);
    }

    @Test
    @Order(5)
    void aSpotCheckSamplesItTheDrawVerifiesTheExpertRevokesItAndTheCountDropsByOne() throws Exception {
        String seed = "system-test-" + UUID.randomUUID();
        // Laiwu's national-level filings of the year: this park alone.
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("name", filingYear + "年莱芜片区园区循环化改造验收抽查");
        round.put("levels", List.of("NATIONAL"));
        round.put("cityCodes", List.of(LAIWU));
        round.put("filingYears", List.of(filingYear));
        round.put("sampleSize", 1);
        round.put("seed", seed);
        round.put("experts", List.of(SPOT_CHECK_EXPERT));
        JsonNode drawn = draw(round);
        String code = drawn.path("code").asText();
        assertThat(drawn.path("status").asText()).isEqualTo("DRAWN");
        assertThat(drawn.path("seed").asText()).isEqualTo(seed);
        assertThat(drawn.path("populationParkCodes")).extracting(JsonNode::asText).containsExactly(PARK);
        assertThat(drawn.path("sample")).hasSize(1);
        JsonNode sampled = drawn.at("/sample/0");
        assertThat(sampled.path("parkCode").asText()).isEqualTo(PARK);
        assertThat(sampled.path("cityCode").asText()).isEqualTo(LAIWU);
        assertThat(sampled.path("level").asText()).isEqualTo("NATIONAL");
        assertThat(sampled.path("finding").isNull()).as(sampled.toString()).isTrue();

        // Anyone with read access recomputes the draw; the rank is SHA-256 of "<seed>:<parkCode>".
        JsonNode verification = read(ACCEPTANCE + "/api/v1/spot-checks/" + code + "/verification", "auditor.li");
        assertThat(verification.path("matches").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("recordedSample")).extracting(JsonNode::asText).containsExactly(PARK);
        assertThat(verification.path("recomputedSample")).extracting(JsonNode::asText).containsExactly(PARK);
        assertThat(verification.path("ranking")).hasSize(1);
        assertThat(verification.at("/ranking/0/parkCode").asText()).isEqualTo(PARK);
        assertThat(verification.at("/ranking/0/sha256").asText())
                .isEqualTo(sha256Hex((seed + ":" + PARK).getBytes(StandardCharsets.UTF_8)));

        // An expert not assigned to the round neither sees it nor records in it.
        given().auth().oauth2(Keycloak.token("expert.wang")).when().get(ACCEPTANCE + "/api/v1/spot-checks/" + code)
                .then().statusCode(404);
        Map<String, Object> finding = Map.of("parkCode", PARK, "outcome", "REVOKED",
                "reasons", List.of("现场核查发现固体废物综合利用率数据与台账不符。", "中水回用工程未实际投运。"));
        given().auth().oauth2(Keycloak.token("expert.wang")).contentType(ContentType.JSON).body(finding)
                .when().post(ACCEPTANCE + "/api/v1/spot-checks/" + code + "/findings")
                .then().statusCode(404);
        assertThat(read(applicationUrl(), ADMIN).path("status").asText()).isEqualTo("FILED");

        // The assigned expert records the finding: the filing is revoked.
        JsonNode recorded = json(given().auth().oauth2(Keycloak.token(SPOT_CHECK_EXPERT)).contentType(ContentType.JSON)
                .body(finding)
                .when().post(ACCEPTANCE + "/api/v1/spot-checks/" + code + "/findings")
                .then().statusCode(201).extract().asString());
        assertThat(recorded.path("status").asText()).isEqualTo("REVOKED");
        assertThat(recorded.path("outcome").asText()).isEqualTo("REVOKED");
        assertThat(recorded.path("cityCode").asText()).isEqualTo(LAIWU);
        assertThat(recorded.path("recordedBy").asText()).isEqualTo(SPOT_CHECK_EXPERT);
        JsonNode revoked = read(applicationUrl(), JINAN_OFFICER);
        assertThat(revoked.path("status").asText()).isEqualTo("REVOKED");
        assertThat(revoked.path("cityCode").asText()).isEqualTo(LAIWU);
        JsonNode round2 = read(ACCEPTANCE + "/api/v1/spot-checks/" + code, ADMIN);
        assertThat(round2.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(round2.at("/sample/0/finding").asText()).isEqualTo("REVOKED");
        // The city reads the finding about its (successor's) park.
        JsonNode cityFindings = read(ACCEPTANCE + "/api/v1/spot-check-findings?parkCode=" + PARK, JINAN_OFFICER);
        assertThat(cityFindings.path("items")).extracting(item -> item.path("roundCode").asText()).contains(code);

        // The revocation is a fact on acceptance.events, keyed by the park.
        ConsumerRecord<String, String> event = awaitEvent("acceptance.events", record ->
                "acceptance.revoked".equals(header(record, "ce_type"))
                        && applicationId.equals(JSON.readTree(record.value()).path("applicationId").asText()));
        assertThat(event.key()).isEqualTo(PARK);
        assertThat(header(event, "ce_subject")).isEqualTo(PARK);
        JsonNode payload = JSON.readTree(event.value());
        assertThat(payload.path("roundCode").asText()).isEqualTo(code);
        assertThat(payload.path("cityCode").asText()).isEqualTo(LAIWU);
        assertThat(payload.path("level").asText()).isEqualTo("NATIONAL");
        assertThat(payload.path("reasons")).hasSize(2);

        // Reporting: the park no longer counts as completed.
        assertThat(awaitCounts(before::equals)).isEqualTo(before);

        // The round can be closed now that its only sampled park has a final finding.
        String etag = given().auth().oauth2(Keycloak.token(ADMIN)).when().get(ACCEPTANCE + "/api/v1/spot-checks/" + code)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Keycloak.token(ADMIN)).header("If-Match", etag)
                .when().post(ACCEPTANCE + "/api/v1/spot-checks/" + code + "/closure")
                .then().statusCode(200).body("status", is("CLOSED"));
    }

    // --- the steps ---

    private static String applicationUrl() {
        return ACCEPTANCE + "/api/v1/applications/" + applicationId;
    }

    private static String documentsUrl() {
        return applicationUrl() + "/documents";
    }

    /**
     * Draws the round under the first free code of the filing year ({@code YYYY-NN}: codes are never reused, and
     * a platform kept with {@code -Dplatform.reuse=true} may hold earlier runs' rounds).
     */
    private static JsonNode draw(Map<String, Object> round) {
        for (int sequence = 1; sequence <= 99; sequence++) {
            round.put("code", String.format("%d-%02d", filingYear, sequence));
            var response = given().auth().oauth2(Keycloak.token(ADMIN)).contentType(ContentType.JSON).body(round)
                    .when().post(ACCEPTANCE + "/api/v1/spot-checks")
                    .then().extract().response();
            if (response.statusCode() == 409
                    && String.valueOf(response.path("type")).endsWith("spot-check-exists")) {
                continue;
            }
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            return json(response.asString());
        }
        throw new AssertionError("no free round code in " + filingYear);
    }

    // --- documents, as a browser sends and receives them ---

    /** A multipart/form-data upload: the file part {@code file} with its name, and text fields (UTF-8). */
    private static HttpResponse<byte[]> upload(String url, String user, String fileName, byte[] content,
                                               Map<String, String> fields) throws Exception {
        String boundary = "----system-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + Keycloak.token(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .timeout(Duration.ofSeconds(30))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> download(String url, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + Keycloak.token(user))
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** A small, valid one-page PDF 1.4 showing the text (its cross-reference table has the true offsets). */
    static byte[] pdf(String text) {
        String stream = "BT /F1 14 Tf 72 720 Td (" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- reading reporting ---

    private static Counts counts() {
        JsonNode progress = json(given().auth().oauth2(Keycloak.token(ADMIN))
                .when().get(REPORTING + "/api/v1/progress?programme=2018-2020")
                .then().statusCode(200).extract().asString());
        JsonNode goals = json(given().auth().oauth2(Keycloak.token(ADMIN))
                .when().get(REPORTING + "/api/v1/goals?programme=2018-2020")
                .then().statusCode(200).extract().asString());
        int laiwu = -1;
        for (JsonNode row : progress.path("rows")) {
            if (LAIWU.equals(row.path("cityCode").asText())) {
                for (JsonNode cell : row.path("years")) {
                    if (cell.path("year").asInt() == SCHEDULED) {
                        laiwu = cell.at("/completed/national").asInt();
                    }
                }
            }
        }
        assertThat(laiwu).as("Laiwu's %d cell in %s", SCHEDULED, progress).isNotNegative();
        return new Counts(progress.at("/province/cumulative/completed/total").asInt(), laiwu,
                goals.at("/national/completed").asInt());
    }

    /** Waits, with a deadline, until reporting's counts satisfy the condition; returns the last counts read. */
    private static Counts awaitCounts(Predicate<Counts> condition) {
        Counts[] last = new Counts[1];
        Awaitility.await("reporting's counts").atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = counts();
                    return condition.test(last[0]);
                });
        return last[0];
    }

    // --- reading Kafka as another system would ---

    private interface RecordTest {
        boolean test(ConsumerRecord<String, String> record) throws Exception;
    }

    private static ConsumerRecord<String, String> awaitEvent(String topic, RecordTest wanted) throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.KAFKA_BOOTSTRAP);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        int seen = 0;
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen++;
                    if (wanted.test(record)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("not among the " + seen + " records of " + topic);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode read(String url, String user) {
        return json(given().auth().oauth2(Keycloak.token(user)).when().get(url)
                .then().statusCode(200).extract().asString());
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
