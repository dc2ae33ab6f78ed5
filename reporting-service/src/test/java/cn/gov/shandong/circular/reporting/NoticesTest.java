package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Notices (通报) on overdue parks (issue 9, item 3), on a programme of the test's own (a fresh code from
 * {@link TestData}) running 2083-2085, with fresh parks P31-P35 in 临沂市, 聊城市 and 淄博市. The province's clock is
 * pinned: the drafts are made as of 10 March 2084, so the 2083 parks without a filing in 2083 are overdue; each test
 * publishes in a year of its own, so that the numbers it sees are its own (notice numbers run per publication year
 * across all programmes, so the far-future years stay: they are what keeps the numbering this test's own).
 */
@QuarkusTest
class NoticesTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P31 = TestData.parkCode();
    private static final String P32 = TestData.parkCode();
    private static final String P33 = TestData.parkCode();
    private static final String P34 = TestData.parkCode();
    private static final String P35 = TestData.parkCode();
    private static final String P36 = TestData.parkCode();

    private static final String CODE = TestData.programmeCode();
    private static final String LINYI = "371300";
    private static final String LIAOCHENG = "371500";
    private static final String ZIBO = "370300";
    private static final LocalDate DRAFTING_DAY = LocalDate.of(2084, 3, 10);
    private static final String TITLE = "关于2083年度园区循环化改造逾期未完成情况的通报";
    private static final String TEXT = "各市工业和信息化局：截至2084年3月10日，下列园区未按计划完成循环化改造验收备案，现予通报。";
    private static boolean published;
    private static boolean filedLater;

    @Inject
    ProvinceClock clock;

    @Inject
    DataSource dataSource;

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    /**
     * P31 (临沂, national) and P33 (聊城) unfiled, P32 (临沂) filed late on 15 January 2084, P34
     * (临沂) filed in time, all scheduled for 2083; P35 (淄博) for 2084.
     */
    private static synchronized void published() {
        if (published) {
            return;
        }
        TestEvents.send(TestEvents.programme(CODE, 2083, 2085, "1.00", "0.50"));
        park(P31, "通报测试临沂国家级园区", LINYI, "临沂市", ParkLevel.NATIONAL, 2083);
        park(P32, "通报测试临沂补报园区", LINYI, "临沂市", ParkLevel.PROVINCIAL, 2083);
        park(P33, "通报测试聊城园区", LIAOCHENG, "聊城市", ParkLevel.PROVINCIAL, 2083);
        park(P34, "通报测试临沂准时园区", LINYI, "临沂市", ParkLevel.PROVINCIAL, 2083);
        park(P35, "通报测试淄博园区", ZIBO, "淄博市", ParkLevel.PROVINCIAL, 2084);
        // Scheduled for 2085, never registered: overdue in 2086, but without a city to notify.
        TestEvents.send(UUID.randomUUID(), Instant.now().minusSeconds(60), TestEvents.parkScheduled(CODE, P36, 2085));
        file(P32, LINYI, ParkLevel.PROVINCIAL, "2084-01-15T02:00:00Z");
        file(P34, LINYI, ParkLevel.PROVINCIAL, "2083-06-01T02:00:00Z");
        published = true;
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(given().auth().oauth2(TestTokens.provinceAdmin())
                        .get("/api/v1/overdue?programme=" + CODE + "&year=2083&asOf=" + DRAFTING_DAY)
                        .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.status != null }.parkCode"))
                        .containsExactly(P31, P32, P33));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(given().auth().oauth2(TestTokens.provinceAdmin())
                        .get("/api/v1/overdue?programme=" + CODE + "&year=2083&asOf=" + DRAFTING_DAY)
                        .then().extract().jsonPath().getString("items.find { it.parkCode == '" + P32 + "' }.status"))
                        .isEqualTo("FILED_LATE"));
    }

    private static void park(String code, String name, String city, String cityName, ParkLevel level, int year) {
        TestEvents.send(TestEvents.parkRegistered(code, name, city, cityName, level));
        TestEvents.send(UUID.randomUUID(), Instant.now().minusSeconds(60), TestEvents.parkScheduled(CODE, code, year));
    }

    private static void file(String park, String city, ParkLevel level, String at) {
        TestEvents.send(UUID.randomUUID(), Instant.parse(at), TestEvents.filed(UUID.randomUUID(), park, city, level, at),
                "province.admin");
    }

    @Test
    void aDraftNamesTheWholeOverdueListOfItsYearAsOfTheDraftingDayWithCityLevelAndYear() {
        published();
        clock.pin(DRAFTING_DAY);
        ExtractableResponse<Response> created = draft(Map.of("programmeCode", CODE, "year", 2083, "title", TITLE, "text", TEXT))
                .then().statusCode(201).header("ETag", "\"0\"").extract();
        JsonPath notice = created.jsonPath();
        assertThat(created.header("Location")).endsWith("/api/v1/notices/" + notice.getString("id"));
        assertThat(notice.getString("status")).isEqualTo("DRAFT");
        assertThat(notice.getString("number")).isNull();
        assertThat(notice.getString("publishedOn")).isNull();
        assertThat(notice.getString("parksAsOf")).isEqualTo("2084-03-10");
        assertThat(notice.getString("title")).isEqualTo(TITLE);
        assertThat(notice.getList("parks.parkCode")).containsExactly(P31, P32, P33);
        assertThat(notice.getMap("parks[0]")).containsEntry("cityCode", LINYI).containsEntry("cityName", "临沂市")
                .containsEntry("level", "NATIONAL").containsEntry("scheduledYear", 2083)
                .containsEntry("statusWhenNamed", "NOT_FILED").containsEntry("daysOverdueWhenNamed", 70)
                .containsEntry("stateNow", "NOT_FILED");
        assertThat(notice.getMap("parks[1]")).containsEntry("statusWhenNamed", "FILED_LATE")
                .containsEntry("filedLateOnWhenNamed", "2084-01-15").containsEntry("daysOverdueWhenNamed", 15);
        assertThat(notice.getMap("parks[2]")).containsEntry("cityCode", LIAOCHENG).containsEntry("level", "PROVINCIAL");
    }

    @Test
    void aDraftMayNameASubsetButOnlyParksOnTheOverdueListAndARefusalLeavesNothing() throws SQLException {
        published();
        clock.pin(DRAFTING_DAY);
        JsonPath subset = draft(Map.of("programmeCode", CODE, "year", 2083, "title", TITLE, "text", TEXT,
                "parkCodes", List.of(P33, P31))).then().statusCode(201).extract().jsonPath();
        // In the overdue list's order: year, city, park.
        assertThat(subset.getList("parks.parkCode")).containsExactly(P31, P33);

        long notices = count("notice");
        long named = count("notice_park");
        long events = count("outbox_event");
        // Filed in time: not overdue.
        draft(Map.of("programmeCode", CODE, "year", 2083, "title", TITLE, "text", TEXT,
                "parkCodes", List.of(P31, P34)))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:not-overdue"))
                .body("field", equalTo("parkCodes[1]")).body("detail", containsString(P34));
        // Scheduled for 2084: not on the 2083 list.
        draft(Map.of("programmeCode", CODE, "year", 2083, "title", TITLE, "text", TEXT, "parkCodes", List.of(P35)))
                .then().statusCode(422).body("field", equalTo("parkCodes[0]"));
        // 2084 is not over on the drafting day: nothing to give notice of.
        draft(Map.of("programmeCode", CODE, "year", 2084, "title", TITLE, "text", TEXT))
                .then().statusCode(422).body("type", equalTo("urn:circular-parks:problem:not-overdue"));
        draft(Map.of("programmeCode", TestData.programmeCode(), "year", 2083, "title", TITLE, "text", TEXT))
                .then().statusCode(422).body("type", equalTo("urn:circular-parks:problem:unknown-reference"))
                .body("field", equalTo("programmeCode"));
        draft(Map.of("programmeCode", CODE, "year", 2082, "title", TITLE, "text", TEXT))
                .then().statusCode(400).body("field", equalTo("year"));
        draft(Map.of("programmeCode", CODE, "year", 2083, "title", TITLE, "text", TEXT,
                "parkCodes", List.of(P31, P31))).then().statusCode(400).body("field", equalTo("parkCodes[1]"));
        draft(Map.of("programmeCode", CODE, "year", 2083, "title", " ", "text", TEXT)).then().statusCode(400);
        // A park overdue but not registered yet cannot be named, alone or in the whole list.
        clock.pin(LocalDate.of(2086, 2, 1));
        draft(Map.of("programmeCode", CODE, "year", 2085, "title", TITLE, "text", TEXT))
                .then().statusCode(422).body("field", equalTo("parkCodes")).body("detail", containsString(P36));
        draft(Map.of("programmeCode", CODE, "year", 2085, "title", TITLE, "text", TEXT, "parkCodes", List.of(P36)))
                .then().statusCode(422).body("field", equalTo("parkCodes[0]"));
        // Only the province drafts.
        given().auth().oauth2(TestTokens.cityOfficer(LINYI)).contentType(ContentType.JSON)
                .body(Map.of("programmeCode", CODE, "year", 2083, "title", TITLE, "text", TEXT))
                .post("/api/v1/notices").then().statusCode(403);
        assertThat(count("notice")).isEqualTo(notices);
        assertThat(count("notice_park")).isEqualTo(named);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    @Test
    void aRepeatedIdempotencyKeyGivesTheFirstDraftAndAnotherBodyWithItIsRefused() throws SQLException {
        published();
        clock.pin(DRAFTING_DAY);
        String key = "notice-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("programmeCode", CODE, "year", 2083, "title", TITLE, "text", TEXT);
        String first = given().auth().oauth2(TestTokens.provinceAdmin()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/notices").then().statusCode(201).extract().path("id");
        long notices = count("notice");
        given().auth().oauth2(TestTokens.provinceAdmin()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/notices").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(TestTokens.provinceAdmin()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("programmeCode", CODE, "year", 2083, "title", "另一个标题", "text", TEXT))
                .post("/api/v1/notices").then().statusCode(409)
                .body("type", equalTo("urn:circular-parks:problem:idempotency-key-reused"));
        assertThat(count("notice")).isEqualTo(notices);
    }

    @Test
    void aDraftIsEditedWithItsCurrentVersionOnlyAndMayTakeItsParksAgain() {
        published();
        clock.pin(DRAFTING_DAY);
        String id = draft(Map.of("programmeCode", CODE, "year", 2083, "title", TITLE, "text", TEXT))
                .then().statusCode(201).extract().path("id");
        edit(id, "\"7\"", Map.of("title", "改", "text", "改"))
                .then().statusCode(412).body("type", equalTo("urn:circular-parks:problem:stale-version"));
        clock.pin(DRAFTING_DAY.plusDays(2));
        JsonPath edited = edit(id, "\"0\"", Map.of("title", TITLE + "（修改稿）", "text", TEXT + "请有关市督促整改。"))
                .then().statusCode(200).header("ETag", "\"1\"").extract().jsonPath();
        assertThat(edited.getString("title")).isEqualTo(TITLE + "（修改稿）");
        assertThat(edited.getString("text")).endsWith("请有关市督促整改。");
        // Without parkCodes the parks stay as named on the drafting day.
        assertThat(edited.getList("parks.parkCode")).containsExactly(P31, P32, P33);
        assertThat(edited.getString("parksAsOf")).isEqualTo("2084-03-10");
        JsonPath narrowed = edit(id, "\"1\"", Map.of("title", TITLE, "text", TEXT, "parkCodes", List.of(P33)))
                .then().statusCode(200).header("ETag", "\"2\"").extract().jsonPath();
        assertThat(narrowed.getList("parks.parkCode")).containsExactly(P33);
        assertThat(narrowed.getString("parksAsOf")).isEqualTo("2084-03-12");
        edit(id, "\"2\"", Map.of("title", TITLE, "text", TEXT, "parkCodes", List.of(P34)))
                .then().statusCode(422).body("field", equalTo("parkCodes[0]"));
        given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/notices/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("parks.parkCode", equalTo(List.of(P33)));
    }

    @Test
    void publicationNumbersTheNoticesOfAYearWithoutGapsByTheProvincesDayAndFreezesThem() throws SQLException {
        published();
        clock.pin(DRAFTING_DAY);
        String first = draftAll();
        String second = draftAll();
        String third = draftAll();
        // 00:30 on 1 January 2086 in the province, still 2085 in UTC.
        clock.pin(Instant.parse("2085-12-31T16:30:00Z"));
        JsonPath one = publish(first, "\"0\"").then().statusCode(200).header("ETag", "\"1\"").extract().jsonPath();
        assertThat(one.getString("number")).isEqualTo("鲁园循通〔2086〕第1号");
        assertThat(one.getString("publishedOn")).isEqualTo("2086-01-01");
        assertThat(one.getString("status")).isEqualTo("PUBLISHED");

        long events = count("outbox_event");
        long counters = count("notice_number_counter");
        // A stale publication takes no number, a second publication and an edit of a published notice are refused.
        publish(third, "\"5\"").then().statusCode(412);
        publish(first, "\"1\"").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
        edit(first, "\"1\"", Map.of("title", "改", "text", "改")).then().statusCode(409)
                .body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
        given().auth().oauth2(TestTokens.auditor()).post("/api/v1/notices/" + second + "/publication").then().statusCode(403);
        assertThat(count("outbox_event")).isEqualTo(events);
        assertThat(count("notice_number_counter")).isEqualTo(counters);

        assertThat(publish(second, null).then().statusCode(200).extract().path("number").toString())
                .isEqualTo("鲁园循通〔2086〕第2号");
        assertThat(publish(third, "\"0\"").then().statusCode(200).extract().path("number").toString())
                .isEqualTo("鲁园循通〔2086〕第3号");
        // Each publication is announced once, in its transaction: reporting.notice-published, keyed by the notice.
        assertThat(count("outbox_event")).isEqualTo(events + 2);
        Map<String, Object> event = outboxEventOf(first);
        assertThat(event).containsEntry("event_type", "reporting.notice-published").containsEntry("topic", "reporting.events")
                .containsEntry("actor", "province.admin");
        JsonPath data = JsonPath.from((String) event.get("payload"));
        assertThat(data.getString("number")).isEqualTo("鲁园循通〔2086〕第1号");
        assertThat(data.getString("publishedOn")).isEqualTo("2086-01-01");
        assertThat(data.getInt("year")).isEqualTo(2083);
        assertThat(data.getList("parks.parkCode")).containsExactly(P31, P32, P33);
        assertThat(data.getList("parks.cityCode")).containsExactly(LINYI, LINYI, LIAOCHENG);
        // Reporting reads its own topic back into the audit trail.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.auditor()).queryParam("subject", first).get("/api/v1/events")
                        .then().statusCode(200).body("total", equalTo(1))
                        .body("items[0].type", equalTo("reporting.notice-published")));
        JsonPath stored = given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/notices/" + first)
                .then().statusCode(200).extract().jsonPath();
        assertThat(stored.getString("title")).isEqualTo(TITLE);
        assertThat(stored.getString("number")).isEqualTo("鲁园循通〔2086〕第1号");
    }

    @Test
    void eachRoleSeesThePublishedNoticesNamingItsCityOrParkAndOnlyTheProvinceAdminSeesDrafts() {
        published();
        clock.pin(DRAFTING_DAY);
        String linyiAndLiaocheng = draftOf(List.of(P31, P33));
        String liaochengOnly = draftOf(List.of(P33));
        String draft = draftOf(List.of(P32));
        clock.pin(LocalDate.of(2085, 3, 12));
        publish(linyiAndLiaocheng, null).then().statusCode(200);
        publish(liaochengOnly, null).then().statusCode(200);

        // Province-wide roles see both published notices; drafts only the province-admin.
        for (String token : List.of(TestTokens.auditor(), TestTokens.expert(), TestTokens.integration())) {
            assertThat(ids(token, "")).contains(linyiAndLiaocheng, liaochengOnly).doesNotContain(draft);
            given().auth().oauth2(token).get("/api/v1/notices/" + draft).then().statusCode(404)
                    .body("type", equalTo("urn:circular-parks:problem:not-found"));
            given().auth().oauth2(token).get("/api/v1/notices/" + linyiAndLiaocheng).then().statusCode(200);
            assertThat(ids(token, "&status=DRAFT")).isEmpty();
        }
        assertThat(ids(TestTokens.provinceAdmin(), "")).contains(linyiAndLiaocheng, liaochengOnly, draft);
        assertThat(ids(TestTokens.provinceAdmin(), "&status=DRAFT")).contains(draft).doesNotContain(liaochengOnly);

        // 临沂's officer: the notice naming a 临沂 park, whole, with the state today of their own parks only.
        // (Other tests publish notices naming these parks too: contains, not containsExactly.)
        assertThat(ids(TestTokens.cityOfficer(LINYI), "")).contains(linyiAndLiaocheng).doesNotContain(liaochengOnly, draft);
        JsonPath seen = given().auth().oauth2(TestTokens.cityOfficer(LINYI)).get("/api/v1/notices/" + linyiAndLiaocheng)
                .then().statusCode(200).extract().jsonPath();
        assertThat(seen.getList("parks.parkCode")).containsExactly(P31, P33);
        assertThat(seen.getString("parks[0].stateNow")).isEqualTo("NOT_FILED");
        assertThat(seen.getString("parks[1].stateNow")).isNull();
        assertThat(seen.getString("parks[1].cityName")).isEqualTo("聊城市");
        given().auth().oauth2(TestTokens.cityOfficer(LINYI)).get("/api/v1/notices/" + liaochengOnly).then().statusCode(404);
        given().auth().oauth2(TestTokens.cityOfficer(LINYI)).get("/api/v1/notices/" + draft).then().statusCode(404);

        // 聊城's officer sees both; 淄博's none.
        assertThat(ids(TestTokens.cityOfficer(LIAOCHENG), "")).contains(liaochengOnly, linyiAndLiaocheng).doesNotContain(draft);
        assertThat(ids(TestTokens.cityOfficer(ZIBO), "")).isEmpty();
        given().auth().oauth2(TestTokens.cityOfficer(ZIBO)).get("/api/v1/notices/" + linyiAndLiaocheng).then().statusCode(404);

        // A park manager: the notices naming their park, the state today of their park only.
        assertThat(ids(TestTokens.parkManager(P33), "")).contains(liaochengOnly, linyiAndLiaocheng).doesNotContain(draft);
        JsonPath managed = given().auth().oauth2(TestTokens.parkManager(P33)).get("/api/v1/notices/" + linyiAndLiaocheng)
                .then().statusCode(200).extract().jsonPath();
        assertThat(managed.getString("parks[0].stateNow")).isNull();
        assertThat(managed.getString("parks[1].stateNow")).isEqualTo("NOT_FILED");
        assertThat(ids(TestTokens.parkManager(P31), "")).contains(linyiAndLiaocheng).doesNotContain(liaochengOnly, draft);
        assertThat(ids(TestTokens.parkManager(P32), "")).doesNotContain(linyiAndLiaocheng, liaochengOnly, draft);
        given().auth().oauth2(TestTokens.parkManager(P32)).get("/api/v1/notices/" + draft).then().statusCode(404);
        given().get("/api/v1/notices").then().statusCode(401);
        given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/notices?programme=" + CODE + "&year=83")
                .then().statusCode(400).body("field", equalTo("year"));
        given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/notices?programme=" + CODE + "&status=SENT")
                .then().statusCode(400).body("field", equalTo("status"));
    }

    @Test
    void aNamedParkThatFilesAfterTheNoticeShowsAsFiledLateWithItsDay() {
        published();
        clock.pin(DRAFTING_DAY);
        String id = draftAll();
        clock.pin(LocalDate.of(2084, 3, 12));
        publish(id, null).then().statusCode(200);
        fileSdp9831Later();
        clock.pin(LocalDate.of(2084, 5, 1));
        JsonPath notice = given().auth().oauth2(TestTokens.cityOfficer(LINYI)).get("/api/v1/notices/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(notice.getString("asOf")).isEqualTo("2084-05-01");
        // As named: frozen. Today: filed late, after the notice.
        assertThat(notice.getMap("parks[0]")).containsEntry("parkCode", P31)
                .containsEntry("statusWhenNamed", "NOT_FILED").containsEntry("stateNow", "FILED_LATE")
                .containsEntry("filedLateOn", "2084-04-02").containsEntry("filedAfterNotice", true);
        assertThat(notice.getMap("parks[1]")).containsEntry("parkCode", P32)
                .containsEntry("stateNow", "FILED_LATE").containsEntry("filedLateOn", "2084-01-15")
                .containsEntry("filedAfterNotice", false);
        // Outside the officer's city: the park is named, its state today is not theirs to see.
        assertThat(notice.getMap("parks[2]")).containsEntry("parkCode", P33).containsEntry("stateNow", null);
        assertThat(given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/notices/" + id)
                .then().extract().jsonPath().getString("parks[2].stateNow")).isEqualTo("NOT_FILED");
        // As of a day before the late filing, the same notice shows the park still unfiled.
        clock.pin(LocalDate.of(2084, 4, 1));
        assertThat(given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/notices/" + id)
                .then().extract().jsonPath().getString("parks[0].stateNow")).isEqualTo("NOT_FILED");
    }

    /** P31 is filed on 2 April 2084, after the notices naming it. */
    private static synchronized void fileSdp9831Later() {
        if (filedLater) {
            return;
        }
        file(P31, LINYI, ParkLevel.NATIONAL, "2084-04-02T02:00:00Z");
        filedLater = true;
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(given().auth().oauth2(TestTokens.provinceAdmin())
                        .get("/api/v1/overdue?programme=" + CODE + "&year=2083&asOf=2084-05-01")
                        .then().extract().jsonPath().getString("items.find { it.parkCode == '" + P31 + "' }.filedLateOn"))
                        .isEqualTo("2084-04-02"));
    }

    // ----------------------------------------------------------------------------------------- helpers

    private static Response draft(Map<String, ?> body) {
        return given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/notices");
    }

    private static String draftAll() {
        return draft(Map.of("programmeCode", CODE, "year", 2083, "title", TITLE, "text", TEXT))
                .then().statusCode(201).extract().path("id");
    }

    private static String draftOf(List<String> parks) {
        return draft(Map.of("programmeCode", CODE, "year", 2083, "title", TITLE, "text", TEXT, "parkCodes", parks))
                .then().statusCode(201).extract().path("id");
    }

    private static Response edit(String id, String ifMatch, Map<String, ?> body) {
        return given().auth().oauth2(TestTokens.provinceAdmin()).header("If-Match", ifMatch).contentType(ContentType.JSON)
                .body(body).put("/api/v1/notices/" + id);
    }

    private static Response publish(String id, String ifMatch) {
        var request = given().auth().oauth2(TestTokens.provinceAdmin());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/notices/" + id + "/publication");
    }

    /** The ids of the programme's notices the caller sees, in the list's order. */
    private static List<String> ids(String token, String filters) {
        return given().auth().oauth2(token).get("/api/v1/notices?size=200&programme=" + CODE + filters)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    /** The outbox row announcing this notice. */
    private Map<String, Object> outboxEventOf(String noticeId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var sql = connection.prepareStatement(
                "select event_type, topic, actor, payload from outbox_event where event_key = ?")) {
            sql.setString(1, noticeId);
            try (ResultSet rows = sql.executeQuery()) {
                assertThat(rows.next()).as("an outbox event for notice " + noticeId).isTrue();
                Map<String, Object> row = Map.of("event_type", rows.getString(1), "topic", rows.getString(2),
                        "actor", rows.getString(3), "payload", rows.getString(4));
                assertThat(rows.next()).as("one outbox event for notice " + noticeId).isFalse();
                return row;
            }
        }
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
