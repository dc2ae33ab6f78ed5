package cn.gov.shandong.circular.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import cn.gov.shandong.circular.systemtest.AcceptanceClient.Filed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
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
 * One filing through the whole system, as users do it: the packaged services, a Kafka broker process,
 * Keycloak with the realm imported, PostgreSQL; real tokens by password grant; HTTP only.
 * The steps build on each other, so they run in order.
 */
@ExtendWith(LocalPlatform.Running.class)
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FilingFlowIT {

    static final String PARKS = "http://127.0.0.1:8081";
    static final String PLANS = "http://127.0.0.1:8082";
    static final String ACCEPTANCE = "http://127.0.0.1:8083";
    static final String REPORTING = "http://127.0.0.1:8084";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(30);
    /** SDP001's filing (step 5), whose number the next filing (SDP006, step 8) follows. */
    private static Filed firstFiling;

    @Test
    @Order(1)
    void registryHoldsTheSeventeenCitiesAndTheParksOfAttachmentTwo() {
        String admin = Keycloak.token("province.admin");
        given().auth().oauth2(admin).when().get(PARKS + "/api/v1/cities?size=50")
                .then().statusCode(200).body("total", is(17))
                .body("items.code", hasItems("370100", "371200", "371700"));
        given().auth().oauth2(admin).when().get(PARKS + "/api/v1/parks?size=200")
                .then().statusCode(200).body("total", is(106));
        given().auth().oauth2(admin).when().get(PARKS + "/api/v1/parks?cityCode=370100&level=NATIONAL")
                .then().statusCode(200).body("items.name", hasItems("明水经济技术开发区", "济南高新区"));
        given().auth().oauth2(admin).when().get(PARKS + "/api/v1/parks/SDP001")
                .then().statusCode(200).body("name", is("明水经济技术开发区")).body("level", is("NATIONAL"));
    }

    @Test
    @Order(2)
    void programmeSchedulesEachParkForItsYear() {
        String admin = Keycloak.token("province.admin");
        given().auth().oauth2(admin).when().get(PLANS + "/api/v1/programmes/2018-2020")
                .then().statusCode(200).body("startYear", is(2018)).body("endYear", is(2020));
        given().auth().oauth2(admin).when().get(PLANS + "/api/v1/programmes/2018-2020/schedule?size=200")
                .then().statusCode(200).body("total", is(106));
        given().auth().oauth2(admin).when().get(PLANS + "/api/v1/parks/SDP001/schedule")
                .then().statusCode(200).body("items[0].year", is(2018));
    }

    @Test
    @Order(3)
    void plannedTableEqualsAttachmentOneCellForCellAndNothingIsCompletedYet() {
        JsonNode progress = awaitProgress(p -> cumulativePlanned(p) == 106);

        Map<String, List<Integer>> attachmentOne = AttachmentOne.rows();
        assertThat(progress.get("rows")).hasSize(17);
        for (JsonNode row : progress.get("rows")) {
            String city = row.get("cityCode").asText();
            assertThat(cells(row, "planned")).as("planned, city " + city).isEqualTo(attachmentOne.get(city));
            assertThat(cells(row, "completed")).as("completed, city " + city).containsOnly(0);
        }
        assertThat(cells(progress.get("province"), "planned")).isEqualTo(attachmentOne.get("province"))
                .isEqualTo(List.of(16, 4, 12, 17, 4, 13, 73, 17, 56, 106, 25, 81));
    }

    @Test
    @Order(4)
    void outOfScopeCallsAreRefusedAndLeaveNothing() {
        // A Qingdao park's manager cannot apply for a Jinan park.
        given().auth().oauth2(Keycloak.token("qingdao.etdz.manager")).contentType(ContentType.JSON)
                .body(applicationWithoutPlan("SDP001", "越权申请"))
                .when().post(ACCEPTANCE + "/api/v1/applications")
                .then().statusCode(403).contentType("application/problem+json");
        // A Qingdao officer cannot read Jinan's parks.
        given().auth().oauth2(Keycloak.token("qingdao.officer"))
                .when().get(PARKS + "/api/v1/parks/SDP001")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Keycloak.token("province.admin"))
                .when().get(ACCEPTANCE + "/api/v1/applications?parkCode=SDP001")
                .then().statusCode(200).body("total", is(0));
        // No token, no data.
        given().when().get(REPORTING + "/api/v1/progress").then().statusCode(401);
    }

    @Test
    @Order(5)
    void aFiledAcceptanceRaisesTheCompletedCountByExactlyOne() throws Exception {
        // Without an approved implementation plan the park cannot apply.
        given().auth().oauth2(Keycloak.token("mingshui.manager")).contentType(ContentType.JSON)
                .body(applicationWithoutPlan("SDP001", "循环化改造实施方案已全部完成，申请验收。"))
                .when().post(ACCEPTANCE + "/api/v1/applications")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", is("urn:circular-parks:problem:no-approved-plan"));
        JsonNode plan = approvedPlan("SDP001", "mingshui.manager", "jinan.officer");

        Filed filed = fileAcceptance("mingshui.manager", "jinan.officer", "SDP001", plan);
        firstFiling = filed;

        // The Qingdao officer could not have reviewed it: it is not even visible to them.
        given().auth().oauth2(Keycloak.token("qingdao.officer"))
                .when().get(ACCEPTANCE + "/api/v1/applications/" + filed.applicationId())
                .then().statusCode(404);

        long filedAt = System.nanoTime();
        JsonNode progress = awaitProgress(p -> completed(p, "370100", 2018, "national") == 1);
        long millis = (System.nanoTime() - filedAt) / 1_000_000;
        System.out.printf("filing -> reporting projection: %d ms%n", millis);
        assertOnlyCompleted(progress, "370100", 2018, "national");
        given().auth().oauth2(Keycloak.token("province.admin")).when().get(REPORTING + "/api/v1/goals")
                .then().statusCode(200).body("national.completed", is(1)).body("national.parks", is(25));
    }

    @Test
    @Order(6)
    void theCountStaysOneAfterTheReportingServiceRestarts() {
        Map<String, Long> deadLettersBefore = EventBackbone.deadLetters();
        // A graceful stop (SIGTERM, as a rolling update does) right after the filing, its events maybe in flight.
        LocalPlatform.stopComponent("reporting");
        LocalPlatform.startComponent("reporting");

        JsonNode progress = awaitProgress(p -> cumulativePlanned(p) == 106);
        assertOnlyCompleted(progress, "370100", 2018, "national");
        // What the stopping service had not applied is applied after the restart, not dead-lettered (decision 56).
        assertThat(EventBackbone.deadLetters()).isEqualTo(deadLettersBefore);
    }

    @Test
    @Order(7)
    void eventsAreOnTheTopicsAsCloudEventsKeyedByParkNamingTheActor() throws Exception {
        // applied, review opened, panel assigned, three experts scored, reviewed (passed), filed
        List<ConsumerRecord<String, String>> records = readTopic("acceptance.events", 8);
        List<String> types = records.stream().map(r -> header(r, "ce_type")).toList();
        assertThat(types).contains("acceptance.applied", "acceptance.review-opened", "acceptance.review-panel-assigned",
                "acceptance.expert-scored", "acceptance.reviewed", "acceptance.filed");
        assertThat(types.stream().filter("acceptance.expert-scored"::equals)).hasSize(AcceptanceClient.EXPERTS.size());
        ConsumerRecord<String, String> filed = records.stream()
                .filter(r -> "acceptance.filed".equals(header(r, "ce_type"))).findFirst().orElseThrow();
        assertThat(filed.key()).isEqualTo("SDP001");
        assertThat(header(filed, "ce_source")).isEqualTo("/acceptance-service");
        assertThat(header(filed, "ce_subject")).isEqualTo("SDP001");
        assertThat(UUID.fromString(header(filed, "ce_id"))).isNotNull();
        assertThat(JSON.readTree(filed.value()).get("actor").asText()).isEqualTo("province.admin");
        assertThat(JSON.readTree(filed.value()).path("filingNumber").asText()).isEqualTo(firstFiling.number());

        assertThat(readTopic("parks.events", 106)).hasSizeGreaterThanOrEqualTo(106);
        assertThat(readTopic("plans.events", 106)).hasSizeGreaterThanOrEqualTo(106);
    }

    @Test
    @Order(8)
    void aFilingDuringABrokerOutageSucceedsAndItsEventArrivesWhenTheBrokerIsBack() throws Exception {
        // The plan's approval travels on plans.events: it reaches acceptance-service before the broker goes.
        JsonNode plan = approvedPlan("SDP006", "qingdao.etdz.manager", "qingdao.officer");
        Filed filed;
        LocalPlatform.stopComponent("kafka");
        try {
            filed = fileAcceptance("qingdao.etdz.manager", "qingdao.officer", "SDP006", plan);
        } finally {
            LocalPlatform.startComponent("kafka");
        }
        // The province's next filing of the year has the next number.
        assertThat(filingYear(filed)).isEqualTo(filingYear(firstFiling));
        assertThat(filingSequence(filed)).as(filed.number() + " after " + firstFiling.number())
                .isEqualTo(filingSequence(firstFiling) + 1);
        JsonNode progress = awaitProgress(p -> completed(p, "370200", 2018, "national") == 1, Duration.ofSeconds(120));
        assertThat(completed(progress, "370100", 2018, "national")).isEqualTo(1);
        assertThat(cells(progress.get("province"), "completed"))
                .isEqualTo(List.of(2, 2, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0));
    }

    @Test
    @Order(9)
    void anEventArrivingWhileReportingsDatabaseIsAwayIsAppliedOnceWhenItIsBack() throws Exception {
        String admin = Keycloak.token("province.admin");
        String code;
        java.nio.file.Path log = LocalPlatform.stateDir().toPath().resolve("logs/reporting.log");
        long logBefore = java.nio.file.Files.size(log);
        try (Connection postgres = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                "postgres", "postgres"); Statement sql = postgres.createStatement()) {
            // reporting-service's database goes away: no new connections, open ones cut.
            sql.execute("alter database systest_reporting allow_connections false");
            sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'systest_reporting'");
            try {
                code = given().auth().oauth2(admin).contentType(ContentType.JSON)
                        .body(Map.of("name", "菏泽停库测试园区", "cityCode", "371700", "level", "PROVINCIAL",
                                "zoneKind", "INDUSTRIAL_PARK"))
                        .when().post(PARKS + "/api/v1/parks")
                        .then().statusCode(201).extract().path("code");
                // Keep the database away until reporting has met the outage with this very event twice:
                // once on the cut connection, once on a new connection being refused.
                Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                        logSince(log, logBefore).lines().filter(line ->
                                line.contains("failed for a passing reason") && line.contains("park.registered"))
                                .count() >= 2);
            } finally {
                sql.execute("alter database systest_reporting allow_connections true");
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(REPORTING + "/api/v1/events?subject=" + code)
                        .then().statusCode(200).body("total", is(1)));
        assertThat(readTopic("reporting-service.dlq", Integer.MAX_VALUE, 5_000)).extracting(ConsumerRecord::value)
                .noneMatch(value -> value.contains(code));
    }

    // --- the steps users take ---

    /**
     * The park's implementation plan under 2018-2020, drafted and submitted by its manager and approved by
     * its city in plans-service; returned as acceptance-service holds it once the approval has arrived.
     */
    private static JsonNode approvedPlan(String parkCode, String manager, String officer) throws Exception {
        PlansClient plans = new PlansClient();
        JsonNode approved = plans.approve(PlansClient.draft(parkCode, "2018-2020", 2017, 2020,
                        List.of("园区中水回用工程", "工业固废综合利用中心")),
                manager, officer, "system-test-plan-" + parkCode + "-" + UUID.randomUUID());
        JsonNode inAcceptance = plans.awaitInAcceptance(parkCode, approved.path("id").asText(), manager,
                Duration.ofSeconds(60));
        assertThat(inAcceptance.path("programmeCode").asText()).isEqualTo("2018-2020");
        assertThat(inAcceptance.path("targets")).hasSize(5);
        assertThat(inAcceptance.path("projects")).extracting(project -> project.path("name").asText())
                .containsExactlyInAnyOrder("园区中水回用工程", "工业固废综合利用中心");
        return inAcceptance;
    }

    /**
     * The acceptance per the 验收评价办法: the park manager applies with what the park achieved against its
     * approved plan, the city officer opens the review and names a panel of three experts, each expert
     * scores on the score sheet frozen on the review, the officer passes it, the province files it and
     * gives it its filing number.
     */
    private static Filed fileAcceptance(String manager, String officer, String parkCode, JsonNode plan) {
        // Four indicators beyond their targets (COD emissions: below), water reuse short of its 92 %.
        Map<String, Object> application = AcceptanceClient.application(parkCode, plan,
                Map.of("RESOURCE_PRODUCTIVITY", 5230, "LAND_PRODUCTIVITY", 23.1, "SOLID_WASTE_UTILISATION", 96.2,
                        "WATER_REUSE", 91.5, "COD_EMISSIONS", 950),
                "循环化改造实施方案已全部完成，申请验收。");
        String id = given().auth().oauth2(Keycloak.token(manager)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "system-test-apply-" + parkCode + "-" + UUID.randomUUID())
                .body(application)
                .when().post(ACCEPTANCE + "/api/v1/applications")
                .then().statusCode(201).body("status", is("SUBMITTED"))
                .extract().path("id");
        String applicationUrl = ACCEPTANCE + "/api/v1/applications/" + id;
        String reviewUrl = applicationUrl + "/review";
        // Filing an unreviewed application is an illegal transition.
        given().auth().oauth2(Keycloak.token("province.admin")).contentType(ContentType.JSON).body(Map.of())
                .when().post(applicationUrl + "/filing")
                .then().statusCode(409).contentType("application/problem+json");

        // The city opens the review: the score sheet in force is frozen on it, the indicators held against the plan.
        given().auth().oauth2(Keycloak.token(officer))
                .when().post(reviewUrl)
                .then().statusCode(201);
        given().auth().oauth2(Keycloak.token(officer)).when().get(applicationUrl)
                .then().statusCode(200).body("status", is("UNDER_REVIEW"));
        JsonNode review = read(reviewUrl, officer);
        assertThat(review.path("status").asText()).isEqualTo("OPEN");
        assertThat(review.path("round").asInt()).isEqualTo(1);
        JsonNode sheet = review.path("scoreSheet");
        assertThat(sheet.path("totalPoints").asInt()).isEqualTo(100);
        assertThat(sheet.path("passLine").asDouble()).isEqualTo(60);
        Map<String, Integer> criteria = new java.util.LinkedHashMap<>();
        sheet.path("criteria").forEach(c -> criteria.put(c.path("code").asText(), c.path("maxPoints").asInt()));
        assertThat(criteria).containsExactlyInAnyOrderEntriesOf(Map.of("PLAN_TASKS", 25, "INDICATORS", 30,
                "PROJECTS", 25, "MANAGEMENT", 10, "DOCUMENTATION", 10));
        Map<String, Double> bands = new java.util.LinkedHashMap<>();
        sheet.path("bands").forEach(b -> bands.put(b.path("grade").asText(), b.path("minScore").asDouble()));
        assertThat(bands).containsExactlyInAnyOrderEntriesOf(Map.of("优秀", 90.0, "良好", 80.0, "中等", 70.0,
                "合格", 60.0, "不合格", 0.0));
        Map<String, Boolean> met = new java.util.LinkedHashMap<>();
        for (JsonNode indicator : review.path("indicators")) {
            met.put(indicator.path("indicator").asText(), indicator.path("met").asBoolean());
            JsonNode target = targetOf(plan, indicator.path("indicator").asText());
            assertThat(indicator.path("unit").asText()).isEqualTo(target.path("unit").asText());
            assertThat(valueOf(indicator.path("target"))).as(indicator.toString())
                    .isEqualByComparingTo(target.at("/target/value").decimalValue());
            if ("WATER_REUSE".equals(indicator.path("indicator").asText())) {
                assertThat(valueOf(indicator.path("achieved"))).as(indicator.toString()).isEqualByComparingTo("91.5");
            }
        }
        assertThat(met).containsExactlyInAnyOrderEntriesOf(Map.of("RESOURCE_PRODUCTIVITY", true,
                "LAND_PRODUCTIVITY", true, "SOLID_WASTE_UTILISATION", true, "WATER_REUSE", false,
                "COD_EMISSIONS", true));

        // A panel of three experts from the roster.
        given().auth().oauth2(Keycloak.token(officer)).contentType(ContentType.JSON)
                .body(Map.of("experts", AcceptanceClient.EXPERTS))
                .when().put(reviewUrl + "/panel")
                .then().statusCode(200);
        // Nothing scored yet: the city cannot pass it.
        given().auth().oauth2(Keycloak.token(officer)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PASSED"))
                .when().post(applicationUrl + "/decision")
                .then().statusCode(409).contentType("application/problem+json");
        // An expert scores for himself only.
        given().auth().oauth2(Keycloak.token("expert.wang")).contentType(ContentType.JSON)
                .body(AcceptanceClient.SCORES.get("expert.zhang"))
                .when().put(reviewUrl + "/scores/expert.zhang")
                .then().statusCode(403);
        for (String expert : AcceptanceClient.EXPERTS) {
            given().auth().oauth2(Keycloak.token(expert)).contentType(ContentType.JSON)
                    .body(AcceptanceClient.SCORES.get(expert))
                    .when().put(reviewUrl + "/scores/" + expert)
                    .then().statusCode(200);
        }
        review = read(reviewUrl, officer);
        Map<String, Double> totals = new java.util.LinkedHashMap<>();
        review.path("panel").forEach(member -> {
            assertThat(member.path("scored").asBoolean()).as(member.toString()).isTrue();
            totals.put(member.path("expert").asText(), member.path("total").asDouble());
        });
        assertThat(totals).containsExactlyInAnyOrderEntriesOf(Map.of("expert.wang", 88.0, "expert.zhang", 87.0,
                "expert.liu", 84.0));
        // (88 + 87 + 84) / 3 = 86.33…, one decimal, half up.
        assertThat(review.path("panelScore").decimalValue()).isEqualByComparingTo("86.3");
        assertThat(review.path("grade").asText()).isEqualTo("良好");

        // The city passes it; the province files it with the next number of the year.
        given().auth().oauth2(Keycloak.token(officer)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PASSED"))
                .when().post(applicationUrl + "/decision")
                .then().statusCode(200).body("status", is("PASSED"));
        assertThat(read(reviewUrl, officer).path("status").asText()).isEqualTo("DECIDED");
        JsonNode filed = json(given().auth().oauth2(Keycloak.token("province.admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("remarks", "准予备案"))
                .when().post(applicationUrl + "/filing")
                .then().statusCode(200).body("status", is("FILED"))
                .extract().asString());
        Filed result = new Filed(id, filed.at("/filing/number").asText());
        assertThat(result.number()).matches(AcceptanceClient.FILING_NUMBER);
        int filedIn = OffsetDateTime.parse(filed.at("/filing/filedAt").asText())
                .atZoneSameInstant(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(filingYear(result)).as("year of " + result.number()).isEqualTo(filedIn);
        return result;
    }

    /**
     * A well-formed application for a park without an approved plan: a value for each core indicator in
     * its unit (plans-service's code list), a made-up project.
     */
    private static Map<String, Object> applicationWithoutPlan(String parkCode, String summary) {
        List<Map<String, Object>> achievements = new ArrayList<>();
        List<Map<String, Object>> indicators = given().auth().oauth2(Keycloak.token("province.admin"))
                .when().get(PLANS + "/api/v1/indicators?size=200")
                .then().statusCode(200).extract().path("items");
        for (Map<String, Object> indicator : indicators) {
            if (Boolean.TRUE.equals(indicator.get("core"))) {
                achievements.add(Map.of("indicator", indicator.get("code"), "unit", indicator.get("unit"), "value", 90));
            }
        }
        return Map.of("parkCode", parkCode, "summary", summary, "programmeCode", "2018-2020",
                "achievements", achievements,
                "projects", List.of(Map.of("projectId", UUID.randomUUID().toString(), "completion", "COMPLETED")));
    }

    private static JsonNode targetOf(JsonNode plan, String indicator) {
        for (JsonNode target : plan.path("targets")) {
            if (indicator.equals(target.path("indicator").asText())) {
                return target;
            }
        }
        throw new AssertionError("no target for " + indicator + " in " + plan);
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

    /** A value the review shows, a number or a {@code {year, value}}. */
    private static java.math.BigDecimal valueOf(JsonNode value) {
        return (value.isObject() ? value.path("value") : value).decimalValue();
    }

    private static int filingYear(Filed filed) {
        java.util.regex.Matcher number = AcceptanceClient.FILING_NUMBER.matcher(filed.number());
        assertThat(number.matches()).as(filed.number()).isTrue();
        return Integer.parseInt(number.group(1));
    }

    private static int filingSequence(Filed filed) {
        java.util.regex.Matcher number = AcceptanceClient.FILING_NUMBER.matcher(filed.number());
        assertThat(number.matches()).as(filed.number()).isTrue();
        return Integer.parseInt(number.group(2));
    }

    // --- reading the progress table ---

    private static JsonNode awaitProgress(java.util.function.Predicate<JsonNode> condition) {
        return awaitProgress(condition, PROJECTION_WAIT);
    }

    private static JsonNode awaitProgress(java.util.function.Predicate<JsonNode> condition, Duration timeout) {
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
            String body = given().auth().oauth2(Keycloak.token("province.admin"))
                    .when().get(REPORTING + "/api/v1/progress?programme=2018-2020")
                    .then().statusCode(200).extract().asString();
            last[0] = JSON.readTree(body);
            return condition.test(last[0]);
        });
        return last[0];
    }

    private static int cumulativePlanned(JsonNode progress) {
        JsonNode province = progress.get("province");
        return province == null || province.isNull() ? 0 : province.at("/cumulative/planned/total").asInt();
    }

    /** A row's cells in Attachment 1's order: per year total/national/provincial, then the cumulative three. */
    private static List<Integer> cells(JsonNode row, String kind) {
        List<Integer> cells = new ArrayList<>();
        for (int year = 2018; year <= 2020; year++) {
            JsonNode counts = yearCell(row, year).get(kind);
            cells.addAll(List.of(counts.get("total").asInt(), counts.get("national").asInt(),
                    counts.get("provincial").asInt()));
        }
        JsonNode cumulative = row.get("cumulative").get(kind);
        cells.addAll(List.of(cumulative.get("total").asInt(), cumulative.get("national").asInt(),
                cumulative.get("provincial").asInt()));
        return cells;
    }

    private static JsonNode yearCell(JsonNode row, int year) {
        for (JsonNode cell : row.get("years")) {
            if (cell.get("year").asInt() == year) {
                return cell;
            }
        }
        throw new AssertionError("no year " + year + " in " + row);
    }

    private static int completed(JsonNode progress, String city, int year, String level) {
        for (JsonNode row : progress.get("rows")) {
            if (city.equals(row.get("cityCode").asText())) {
                return yearCell(row, year).get("completed").get(level).asInt();
            }
        }
        throw new AssertionError("no row for city " + city);
    }

    /** Exactly one park completed in the whole table: the given city, year and level. */
    private static void assertOnlyCompleted(JsonNode progress, String city, int year, String level) {
        for (JsonNode row : progress.get("rows")) {
            List<Integer> completed = cells(row, "completed");
            if (city.equals(row.get("cityCode").asText())) {
                int offset = (year - 2018) * 3;
                List<Integer> expected = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0));
                expected.set(offset, 1);
                expected.set(offset + ("national".equals(level) ? 1 : 2), 1);
                expected.set("national".equals(level) ? 10 : 11, 1);
                assertThat(completed).as("completed, city " + city).isEqualTo(expected);
            } else {
                assertThat(completed).as("completed, city " + row.get("cityCode").asText()).containsOnly(0);
            }
        }
        assertThat(progress.get("province").at("/cumulative/completed/total").asInt()).isEqualTo(1);
    }

    // --- reading Kafka as another system would ---

    private static List<ConsumerRecord<String, String>> readTopic(String topic, int atLeast) {
        return readTopic(topic, atLeast, 30_000);
    }

    /** What a log file got after it had {@code offset} bytes. */
    private static String logSince(java.nio.file.Path log, long offset) throws java.io.IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(log);
        return new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
                StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, String>> readTopic(String topic, int atLeast, long timeoutMillis) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (records.size() < atLeast && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
