package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.acceptanceEvents;
import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;
import static cn.gov.shandong.circular.acceptance.Fixtures.json;
import static cn.gov.shandong.circular.common.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.events.AcceptanceRevoked;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.SpotCheckDrawn;
import cn.gov.shandong.circular.events.SpotCheckFindingRecorded;
import cn.gov.shandong.circular.events.SpotCheckOutcome;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Provincial spot checks (抽查) end to end: Yantai's seven filed parks (SDP022-SDP028, used by no other
 * test) are the population; rounds 2091-xx are this class's own.
 */
@QuarkusTest
class SpotCheckTest {

    private static final List<String> YANTAI_PARKS = List.of("SDP022", "SDP023", "SDP024", "SDP025", "SDP026",
            "SDP027", "SDP028");
    private static final String ILLEGAL = "urn:circular-parks:problem:illegal-transition";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The filed application of each Yantai park, filed once per test run. */
    private static final Map<String, String> FILED = new LinkedHashMap<>();

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void yantaisParksAreFiled() {
        Fixtures.ensureParksKnown(entityManager);
        synchronized (FILED) {
            if (FILED.isEmpty()) {
                YANTAI_PARKS.forEach(park -> FILED.put(park, fileApplication(park)));
            }
        }
    }

    @Test
    void aRoundDrawsAVerifiableSampleAndItsFindingsConfirmRectifyAndRevoke() {
        int year = LocalDate.now(ProgrammeCalendar.ZONE).getYear();
        String seed = "spot-check-test-1";
        JsonPath round = json200(as(TestTokens.provinceAdmin())
                .body(drawBody("2091-01", List.of(), List.of(Fixtures.YANTAI), List.of(year), null, "0.5", seed,
                        List.of("expert.wang", "expert.zhao")))
                .post("/api/v1/spot-checks")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/spot-checks/2091-01"))
                .header("ETag", "\"0\"")
                .extract().asString());
        // Seven filed parks at a rate of 0.5: ceil(3.5) = 4, ranked by SHA-256 of "seed:parkCode".
        List<String> expected = expectedSample(YANTAI_PARKS, seed, 4);
        assertThat(round.getString("status")).isEqualTo("DRAWN");
        assertThat(round.getString("seed")).isEqualTo(seed);
        assertThat(round.getList("populationParkCodes", String.class)).isEqualTo(YANTAI_PARKS);
        assertThat(round.getList("sample.parkCode", String.class)).isEqualTo(expected);
        assertThat(round.getList("sample.drawPosition", Integer.class)).containsExactly(1, 2, 3, 4);
        assertThat(round.getList("sample.applicationId", String.class)).containsExactlyElementsOf(
                expected.stream().map(FILED::get).toList());
        assertThat(round.getList("experts", String.class)).containsExactly("expert.wang", "expert.zhao");

        // Anyone with read access recomputes the draw from the recorded population and seed.
        as(TestTokens.auditor()).get("/api/v1/spot-checks/2091-01/verification")
                .then().statusCode(200)
                .body("matches", equalTo(true))
                .body("seed", equalTo(seed))
                .body("recordedSample", equalTo(expected))
                .body("recomputedSample", equalTo(expected))
                .body("ranking.size()", equalTo(7))
                .body("ranking[0].parkCode", equalTo(expected.get(0)))
                .body("ranking[0].sha256", equalTo(sha256(seed + ":" + expected.get(0))));

        String confirmed = expected.get(0);
        String rectified = expected.get(1);
        String revoked = expected.get(2);
        String revokedLater = expected.get(3);
        String notSampled = YANTAI_PARKS.stream().filter(p -> !expected.contains(p)).findFirst().orElseThrow();
        String deadline = LocalDate.now(ProgrammeCalendar.ZONE).plusDays(60).toString();

        as(TestTokens.expert()).body(findingBody(confirmed, "CONFIRMED", null, "资料与现场一致"))
                .post("/api/v1/spot-checks/2091-01/findings")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("CONFIRMED")).body("recordedBy", equalTo("expert.wang"))
                .body("rectificationDeadline", nullValue());
        as(TestTokens.expert()).body(findingBody(rectified, "RECTIFICATION_REQUIRED", deadline, "固体废物综合利用率低于目标值"))
                .post("/api/v1/spot-checks/2091-01/findings")
                .then().statusCode(201)
                .body("status", equalTo("RECTIFICATION_REQUIRED"))
                .body("rectificationDeadline", equalTo(deadline))
                .body("reasons[0]", equalTo("固体废物综合利用率低于目标值"));
        as(TestTokens.provinceAdmin()).body(findingBody(revoked, "REVOKED", null, "验收材料弄虚作假"))
                .post("/api/v1/spot-checks/2091-01/findings")
                .then().statusCode(201).body("status", equalTo("REVOKED"));
        as(TestTokens.expert()).body(findingBody(revokedLater, "RECTIFICATION_REQUIRED", deadline, "中水回用率未达标"))
                .post("/api/v1/spot-checks/2091-01/findings")
                .then().statusCode(201);
        as(TestTokens.provinceAdmin()).get("/api/v1/spot-checks/2091-01")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")).header("ETag", "\"1\"");

        // Illegal moves: 409 (or 422 for a park outside the sample), and nothing changes.
        as(TestTokens.expert()).body(findingBody(confirmed, "REVOKED", null, "改判"))
                .post("/api/v1/spot-checks/2091-01/findings")
                .then().statusCode(409).contentType("application/problem+json").body("type", equalTo(ILLEGAL));
        as(TestTokens.expert()).body(resolutionBody("REVOKED", "改判"))
                .post("/api/v1/spot-checks/2091-01/findings/{park}/resolution", confirmed)
                .then().statusCode(409).body("type", equalTo(ILLEGAL));
        as(TestTokens.expert()).body(findingBody(notSampled, "CONFIRMED", null, "未抽中"))
                .post("/api/v1/spot-checks/2091-01/findings")
                .then().statusCode(422).body("type", equalTo("urn:circular-parks:problem:unknown-reference"))
                .body("field", equalTo("parkCode"));
        as(TestTokens.expert()).body(findingBody(notSampled, "RECTIFICATION_REQUIRED", null, "缺期限"))
                .post("/api/v1/spot-checks/2091-01/findings")
                .then().statusCode(400).body("field", equalTo("rectificationDeadline"));
        as(TestTokens.provinceAdmin()).header("If-Match", "\"1\"").post("/api/v1/spot-checks/2091-01/closure")
                .then().statusCode(409).body("type", equalTo(ILLEGAL));

        // The rectifications end: one confirmed (a stale If-Match first), one revoked.
        as(TestTokens.expert()).header("If-Match", "\"7\"").body(resolutionBody("CONFIRMED", "已整改"))
                .post("/api/v1/spot-checks/2091-01/findings/{park}/resolution", rectified)
                .then().statusCode(412).body("type", equalTo("urn:circular-parks:problem:stale-version"));
        as(TestTokens.expert()).header("If-Match", "\"0\"").body(resolutionBody("CONFIRMED", "固体废物综合利用率已达95%"))
                .post("/api/v1/spot-checks/2091-01/findings/{park}/resolution", rectified)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("CONFIRMED")).body("outcome", equalTo("RECTIFICATION_REQUIRED"))
                .body("resolution.reasons[0]", equalTo("固体废物综合利用率已达95%"))
                .body("resolution.resolvedBy", equalTo("expert.wang"));
        as(TestTokens.provinceAdmin()).body(resolutionBody("REVOKED", "整改期满仍未达标"))
                .post("/api/v1/spot-checks/2091-01/findings/{park}/resolution", revokedLater)
                .then().statusCode(200).body("status", equalTo("REVOKED"));

        // Revoked filings: the applications are REVOKED and the parks may apply again; the others stay FILED.
        for (String park : List.of(revoked, revokedLater)) {
            as(TestTokens.provinceAdmin()).get("/api/v1/applications/{id}", FILED.get(park))
                    .then().statusCode(200).body("status", equalTo("REVOKED"));
        }
        as(TestTokens.provinceAdmin()).get("/api/v1/applications/{id}", FILED.get(confirmed))
                .then().statusCode(200).body("status", equalTo("FILED"));
        as(TestTokens.parkManager(revoked)).body(applyBody(revoked, "整改完成后重新申请验收"))
                .post("/api/v1/applications").then().statusCode(201).body("status", equalTo("SUBMITTED"));

        // Every sampled park has a final finding: the province closes the round; nothing changes after.
        as(TestTokens.provinceAdmin()).header("If-Match", "\"1\"").post("/api/v1/spot-checks/2091-01/closure")
                .then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo("province.admin")).body("closedAt", notNullValue()).header("ETag", "\"2\"");
        as(TestTokens.provinceAdmin()).post("/api/v1/spot-checks/2091-01/closure")
                .then().statusCode(409).body("type", equalTo(ILLEGAL));
        as(TestTokens.provinceAdmin()).body(findingBody(notSampled, "CONFIRMED", null, "结束后"))
                .post("/api/v1/spot-checks/2091-01/findings")
                .then().statusCode(409).body("type", equalTo(ILLEGAL));

        // Every change is an event with its actor: the round's keyed by its code, the parks' by the park (so
        // only the events of one key are in order).
        List<ConsumerRecord<String, String>> records = acceptanceEvents(all -> ofRound(all, "2091-01").size() == 9);
        List<ConsumerRecord<String, String>> ofRound = ofRound(records, "2091-01");
        assertThat(ofRound).extracting(r -> header(r, "ce_type")).containsExactlyInAnyOrder(
                "acceptance.spot-check-drawn", "acceptance.spot-check-closed",
                "acceptance.spot-check-finding-recorded", "acceptance.spot-check-finding-recorded",
                "acceptance.spot-check-finding-recorded", "acceptance.spot-check-finding-recorded",
                "acceptance.rectification-confirmed", "acceptance.revoked", "acceptance.revoked");
        assertThat(keyed(ofRound, "2091-01")).extracting(r -> header(r, "ce_type"))
                .containsExactly("acceptance.spot-check-drawn", "acceptance.spot-check-closed");
        assertThat(keyed(ofRound, rectified)).extracting(r -> header(r, "ce_type"))
                .containsExactly("acceptance.spot-check-finding-recorded", "acceptance.rectification-confirmed");
        assertThat(keyed(ofRound, revoked)).extracting(r -> header(r, "ce_type"))
                .containsExactly("acceptance.spot-check-finding-recorded", "acceptance.revoked");
        assertThat(keyed(ofRound, revokedLater)).extracting(r -> header(r, "ce_type"))
                .containsExactly("acceptance.spot-check-finding-recorded", "acceptance.revoked");

        ConsumerRecord<String, String> drawn = keyed(ofRound, "2091-01").get(0);
        assertThat(header(drawn, "ce_subject")).isEqualTo("2091-01");
        assertThat(header(drawn, "ce_actor")).isEqualTo("province.admin");
        SpotCheckDrawn drawnEvent = IncomingEvent.from(drawn).dataAs(SpotCheckDrawn.class);
        assertThat(drawnEvent.population()).isEqualTo(YANTAI_PARKS);
        assertThat(drawnEvent.sample()).isEqualTo(expected);
        assertThat(drawnEvent.seed()).isEqualTo(seed);
        assertThat(drawnEvent.filingYears()).containsExactly(year);

        ConsumerRecord<String, String> rectification = keyed(ofRound, rectified).get(0);
        SpotCheckFindingRecorded recorded = IncomingEvent.from(rectification).dataAs(SpotCheckFindingRecorded.class);
        assertThat(recorded.outcome()).isEqualTo(SpotCheckOutcome.RECTIFICATION_REQUIRED);
        assertThat(recorded.rectificationDeadline()).isEqualTo(LocalDate.parse(deadline));
        assertThat(recorded.applicationId()).isEqualTo(UUID.fromString(FILED.get(rectified)));
        assertThat(IncomingEvent.from(rectification).actor()).isEqualTo("expert.wang");

        ConsumerRecord<String, String> revocation = keyed(ofRound, revoked).get(1);
        assertThat(header(revocation, "ce_subject")).isEqualTo(revoked);
        assertThat(header(revocation, "ce_actor")).isEqualTo("province.admin");
        AcceptanceRevoked revokedEvent = IncomingEvent.from(revocation).dataAs(AcceptanceRevoked.class);
        assertThat(revokedEvent.applicationId()).isEqualTo(UUID.fromString(FILED.get(revoked)));
        assertThat(revokedEvent.cityCode()).isEqualTo(Fixtures.YANTAI);
        assertThat(revokedEvent.level()).isEqualTo(level(revoked));
        assertThat(revokedEvent.reasons()).containsExactly("验收材料弄虚作假");
        assertThat(revokedEvent.roundCode()).isEqualTo("2091-01");
        AcceptanceRevoked later = IncomingEvent.from(keyed(ofRound, revokedLater).get(1)).dataAs(AcceptanceRevoked.class);
        assertThat(later.reasons()).containsExactly("整改期满仍未达标");
        ConsumerRecord<String, String> closed = keyed(ofRound, "2091-01").get(1);
        assertThat(json(closed.value()).get("revoked").asInt()).isEqualTo(2);
        assertThat(json(closed.value()).get("confirmed").asInt()).isEqualTo(2);
    }

    private static List<ConsumerRecord<String, String>> keyed(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    @Test
    void aLevelFilterNarrowsThePopulationAndASizeLargerThanItTakesEveryPark() {
        as(TestTokens.provinceAdmin())
                .body(drawBody("2091-03", List.of("NATIONAL"), List.of(Fixtures.YANTAI), List.of(), 5, null, null,
                        List.of("expert.wang")))
                .post("/api/v1/spot-checks")
                .then().statusCode(201)
                .body("populationParkCodes", equalTo(List.of("SDP022", "SDP023")))
                .body("sample.size()", equalTo(2))
                .body("seed", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{32}"));
        // The same code again, an empty population, size and rate together: refused, nothing drawn.
        as(TestTokens.provinceAdmin())
                .body(drawBody("2091-03", List.of(), List.of(Fixtures.YANTAI), List.of(), 1, null, null, List.of("expert.wang")))
                .post("/api/v1/spot-checks")
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:spot-check-exists"));
        as(TestTokens.provinceAdmin())
                .body(drawBody("2091-04", List.of(), List.of(Fixtures.YANTAI), List.of(2001), 1, null, null, List.of("expert.wang")))
                .post("/api/v1/spot-checks")
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:empty-population"));
        as(TestTokens.provinceAdmin())
                .body(drawBody("2091-04", List.of(), List.of(Fixtures.YANTAI), List.of(), 1, "0.5", null, List.of("expert.wang")))
                .post("/api/v1/spot-checks")
                .then().statusCode(400).contentType("application/problem+json");
        as(TestTokens.provinceAdmin()).get("/api/v1/spot-checks/2091-04").then().statusCode(404);
    }

    @Test
    void expertsSeeOnlyTheirRoundsAndCitiesAndParksReadOnlyTheirFindings() {
        String zhao = TestTokens.token("expert.zhao", "expert", Map.of());
        JsonPath round = drawOneParkOfYantai("2091-02", "scope-test", "expert.zhao");
        String sampled = round.getString("sample[0].parkCode");
        String other = YANTAI_PARKS.stream().filter(p -> !p.equals(sampled)).findFirst().orElseThrow();

        // expert.wang is not assigned: the round does not exist for him.
        as(TestTokens.expert()).get("/api/v1/spot-checks/2091-02").then().statusCode(404)
                .body("type", equalTo("urn:circular-parks:problem:not-found"));
        as(TestTokens.expert()).get("/api/v1/spot-checks/2091-02/verification").then().statusCode(404);
        as(TestTokens.expert()).body(findingBody(sampled, "CONFIRMED", null, "越权"))
                .post("/api/v1/spot-checks/2091-02/findings").then().statusCode(404);
        as(TestTokens.expert()).get("/api/v1/spot-checks?size=200").then().statusCode(200)
                .body("items.code", not(hasItem("2091-02")));
        as(zhao).get("/api/v1/spot-checks?size=200").then().statusCode(200)
                .body("items.code", hasItem("2091-02"));
        as(zhao).get("/api/v1/spot-checks/2091-02").then().statusCode(200);
        as(zhao).body(findingBody(sampled, "CONFIRMED", null, "现场核查属实"))
                .post("/api/v1/spot-checks/2091-02/findings").then().statusCode(201);

        // Roles that may not act: 403 whatever the data; no token: 401.
        for (String token : List.of(TestTokens.auditor(), TestTokens.integration(), TestTokens.cityOfficer(Fixtures.YANTAI),
                TestTokens.parkManager(sampled))) {
            as(token).body(findingBody(other, "CONFIRMED", null, "无权")).post("/api/v1/spot-checks/2091-02/findings")
                    .then().statusCode(403);
            as(token).post("/api/v1/spot-checks/2091-02/closure").then().statusCode(403);
        }
        as(TestTokens.cityOfficer(Fixtures.YANTAI)).get("/api/v1/spot-checks/2091-02").then().statusCode(403);
        given().get("/api/v1/spot-check-findings").then().statusCode(401);

        // Findings are read within scope: the park's city and the park itself, not another city or park.
        as(TestTokens.cityOfficer(Fixtures.YANTAI)).get("/api/v1/spot-check-findings?roundCode=2091-02")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].parkCode", equalTo(sampled));
        as(TestTokens.cityOfficer(Fixtures.JINAN)).get("/api/v1/spot-check-findings?roundCode=2091-02")
                .then().statusCode(200).body("total", equalTo(0));
        as(TestTokens.cityOfficer(Fixtures.JINAN)).get("/api/v1/spot-check-findings?cityCode=" + Fixtures.YANTAI)
                .then().statusCode(403);
        as(TestTokens.parkManager(sampled)).get("/api/v1/spot-check-findings?roundCode=2091-02")
                .then().statusCode(200).body("total", equalTo(1));
        as(TestTokens.parkManager(other)).get("/api/v1/spot-check-findings?roundCode=2091-02")
                .then().statusCode(200).body("total", equalTo(0));
        as(TestTokens.parkManager(other)).get("/api/v1/spot-check-findings?parkCode=" + sampled)
                .then().statusCode(403);
        as(TestTokens.expert()).get("/api/v1/spot-check-findings?roundCode=2091-02")
                .then().statusCode(200).body("total", equalTo(0));
        as(zhao).get("/api/v1/spot-check-findings?roundCode=2091-02")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void anExpertWhoDeclaredAConflictOfInterestWithASampledParkDoesNotRecordItsFinding() {
        String qin = TestTokens.token("expert.qin", "expert", Map.of());
        // 秦川 advises the management committees of Yantai's parks: every one is declared on the roster.
        String conflicts = String.join(",", YANTAI_PARKS.stream().map(p -> "\"" + p + "\"").toList());
        as(TestTokens.provinceAdmin())
                .body("{\"name\":\"秦川\",\"organisation\":\"烟台市循环经济研究会\",\"active\":true,\"conflictParks\":["
                        + conflicts + "]}")
                .put("/api/v1/experts/expert.qin").then().statusCode(200).body("conflictParks", equalTo(YANTAI_PARKS));
        JsonPath round = drawOneParkOfYantai("2091-05", "conflict-test", "expert.qin");
        String sampled = round.getString("sample[0].parkCode");

        as(qin).body(findingBody(sampled, "CONFIRMED", null, "现场核查属实")).post("/api/v1/spot-checks/2091-05/findings")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:conflict-of-interest"))
                .body("field", equalTo("parkCode"));
        as(TestTokens.provinceAdmin()).get("/api/v1/spot-check-findings?roundCode=2091-05")
                .then().statusCode(200).body("total", equalTo(0));
        // The province (or another expert of the round) records it instead.
        as(TestTokens.provinceAdmin()).body(findingBody(sampled, "CONFIRMED", null, "省级核查属实"))
                .post("/api/v1/spot-checks/2091-05/findings").then().statusCode(201);
    }

    /** Applies, passes and files the park's application through the API; returns the application's id. */
    private static String fileApplication(String park) {
        String id = as(TestTokens.parkManager(park)).body(applyBody(park, "抽查测试：循环化改造已完成"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        Fixtures.passed(id, Fixtures.YANTAI);
        as(TestTokens.provinceAdmin()).body("{\"remarks\":\"准予备案\"}")
                .post("/api/v1/applications/{id}/filing", id).then().statusCode(200);
        return id;
    }

    /** The sample computed here, independently of the service: ascending SHA-256 of "seed:parkCode". */
    private static List<String> expectedSample(List<String> population, String seed, int size) {
        return population.stream().sorted(Comparator.comparing(p -> sha256(seed + ":" + p))).limit(size).toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ParkLevel level(String park) {
        return Fixtures.PARKS.stream().filter(p -> p.code().equals(park)).findFirst().orElseThrow().level();
    }

    static String drawBody(String code, List<String> levels, List<String> cities, List<Integer> years, Integer size,
                           String rate, String seed, List<String> experts) {
        ObjectNode body = JSON.createObjectNode().put("code", code).put("name", "抽查 " + code);
        levels.forEach(body.putArray("levels")::add);
        cities.forEach(body.putArray("cityCodes")::add);
        years.forEach(body.putArray("filingYears")::add);
        if (size != null) {
            body.put("sampleSize", size);
        }
        if (rate != null) {
            body.put("sampleRate", new java.math.BigDecimal(rate));
        }
        if (seed != null) {
            body.put("seed", seed);
        }
        experts.forEach(body.putArray("experts")::add);
        return body.toString();
    }

    static String findingBody(String park, String outcome, String deadline, String reason) {
        ObjectNode body = JSON.createObjectNode().put("parkCode", park).put("outcome", outcome);
        body.putArray("reasons").add(reason);
        if (deadline != null) {
            body.put("rectificationDeadline", deadline);
        }
        return body.toString();
    }

    static String resolutionBody(String outcome, String reason) {
        ObjectNode body = JSON.createObjectNode().put("outcome", outcome);
        body.putArray("reasons").add(reason);
        return body.toString();
    }

    /** A round drawn by the province: one of Yantai's parks, with the seed given and one expert assigned. */
    private static JsonPath drawOneParkOfYantai(String roundCode, String seed, String expert) {
        return json200(as(TestTokens.provinceAdmin())
                .body(drawBody(roundCode, List.of(), List.of(Fixtures.YANTAI), List.of(), 1, null, seed, List.of(expert)))
                .post("/api/v1/spot-checks")
                .then().statusCode(201).extract().asString());
    }

    private static JsonPath json200(String body) {
        return new JsonPath(body);
    }

    /** The events of a round: keyed by its code, or about its parks with its roundCode in the data. */
    private static List<ConsumerRecord<String, String>> ofRound(List<ConsumerRecord<String, String>> records,
                                                                String round) {
        return records.stream().filter(r -> round.equals(r.key()) || round.equals(json(r.value()).path("roundCode").asText()))
                .toList();
    }
}
