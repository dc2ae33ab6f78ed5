package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * City annual reports (issue 9, items 4 and 7) on a programme of the test's own (a fresh code from
 * {@link TestData}), 2085-2087, with fresh parks P51-P56 in 德州市, 聊城市 and 滨州市 (cities whose reports no other
 * test writes), reported on for 2085 (and 2086, 2087 for the refusals). The province's clock is pinned for each step
 * and released after each test; the years stay far ahead, as the deadlines they test are the pinned clock's.
 */
@QuarkusTest
class AnnualReportsTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P51 = TestData.parkCode();
    private static final String P52 = TestData.parkCode();
    private static final String P53 = TestData.parkCode();
    private static final String P54 = TestData.parkCode();
    private static final String P55 = TestData.parkCode();
    private static final String P56 = TestData.parkCode();

    private static final String CODE = TestData.programmeCode();
    private static final String DEZHOU = "371400";
    private static final String LIAOCHENG = "371500";
    private static final String BINZHOU = "371600";
    private static final String BASE = "/api/v1/annual-reports/";
    private static boolean published;

    @Inject
    ProvinceClock clock;

    @Inject
    DataSource dataSource;

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    /**
     * 德州: P51 national, scheduled 2085, filed in June (in time); P52 provincial, 2085, not filed (overdue
     * at the year's end); P53 provincial, 2086. 聊城: P54 national, 2085, filed at the last millisecond of
     * 2085 in the province; P55 provincial, 2085, filed at midnight (2086: not in 2085's figures).
     */
    private static synchronized void published() {
        if (published) {
            return;
        }
        // The province's cities, as parks-service's registry names them: the status list has a line for each.
        ProvinceRegistry.published();
        TestEvents.send(TestEvents.programme(CODE, 2085, 2087, "1.00", "0.50"));
        park(P51, "年报测试德州国家级园区", DEZHOU, "德州市", ParkLevel.NATIONAL, 2085);
        park(P52, "年报测试德州省级园区", DEZHOU, "德州市", ParkLevel.PROVINCIAL, 2085);
        park(P53, "年报测试德州次年园区", DEZHOU, "德州市", ParkLevel.PROVINCIAL, 2086);
        park(P54, "年报测试聊城国家级园区", LIAOCHENG, "聊城市", ParkLevel.NATIONAL, 2085);
        park(P55, "年报测试聊城省级园区", LIAOCHENG, "聊城市", ParkLevel.PROVINCIAL, 2085);
        park(P56, "年报测试滨州园区", BINZHOU, "滨州市", ParkLevel.PROVINCIAL, 2085);
        file(P51, DEZHOU, ParkLevel.NATIONAL, "2085-06-01T02:00:00Z");
        file(P54, LIAOCHENG, ParkLevel.NATIONAL, "2085-12-31T15:59:59.999Z");
        file(P55, LIAOCHENG, ParkLevel.PROVINCIAL, "2085-12-31T16:00:00Z");
        published = true;
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(given().auth().oauth2(TestTokens.provinceAdmin())
                        .get("/api/v1/progress?programme=" + CODE + "&asOf=2086-12-31").then().statusCode(200)
                        .extract().jsonPath().getLong("province.cumulative.completed.total")).isEqualTo(3));
    }

    private static void park(String code, String name, String city, String cityName, ParkLevel level, int year) {
        TestEvents.send(TestEvents.parkRegistered(code, name, city, cityName, level));
        TestEvents.send(UUID.randomUUID(), Instant.now().minusSeconds(60), TestEvents.parkScheduled(CODE, code, year));
    }

    private static void file(String park, String city, ParkLevel level, String at) {
        TestEvents.send(UUID.randomUUID(), Instant.parse(at),
                TestEvents.filed(UUID.randomUUID(), park, city, level, at), "province.admin");
    }

    @Test
    void aCityDraftsWithLiveFiguresSubmitsOnTimeFreezesThemAndAfterAReturnSubmitsAgainStillOnTime() throws SQLException {
        published();
        String officer = TestTokens.cityOfficer(DEZHOU);
        clock.pin(LocalDate.of(2085, 11, 15));
        JsonPath missing = get(officer, DEZHOU, 2085).statusCode(200).header("ETag", (String) null).extract().jsonPath();
        assertThat(missing.getString("status")).isEqualTo("MISSING");
        assertThat(missing.getString("dueOn")).isEqualTo("2086-01-31");
        assertThat(missing.getString("cityName")).isEqualTo("德州市");
        assertThat(missing.getBoolean("figuresFrozen")).isFalse();
        // The prefill: as of the end of 2085, P51 filed, P52 not; P53 (2086) not counted.
        assertThat(levels(missing)).containsExactly(
                List.of("ALL", 2, 1, 2, 1, 1), List.of("NATIONAL", 1, 1, 1, 1, 0), List.of("PROVINCIAL", 1, 0, 1, 0, 1));

        ExtractableResponse<Response> saved = save(officer, DEZHOU, 2085, null, texts("初稿")).statusCode(200).extract();
        assertThat(saved.header("ETag")).isEqualTo("\"0\"");
        assertThat(saved.jsonPath().getString("status")).isEqualTo("DRAFT");
        assertThat(saved.jsonPath().getString("progress")).isEqualTo("初稿进展");
        // A stale If-Match changes nothing.
        problem(save(officer, DEZHOU, 2085, "\"7\"", texts("过期")), 412, "stale-version");
        saved = save(officer, DEZHOU, 2085, "\"0\"", texts("二稿")).statusCode(200).extract();
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        // The year has not ended: its figures are not final.
        problem(submit(officer, DEZHOU, 2085, "\"1\""), 409, "year-not-ended");

        // 23:59:59.999 on 31 January 2086 in the province: in time.
        clock.pin(Instant.parse("2086-01-31T15:59:59.999Z"));
        JsonPath submitted = submit(officer, DEZHOU, 2085, "\"1\"").statusCode(200).header("ETag", "\"2\"")
                .extract().jsonPath();
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getBoolean("submittedOnTime")).isTrue();
        assertThat(submitted.getInt("daysLate")).isZero();
        assertThat(submitted.getInt("submissions")).isEqualTo(1);
        assertThat(submitted.getBoolean("figuresFrozen")).isTrue();
        assertThat(submitted.getString("figures.asOf")).isEqualTo("2085-12-31");
        assertThat(submitted.getString("submittedAt")).startsWith("2086-01-31T15:59:59.999");
        // Frozen: no edit, no second submission.
        problem(save(officer, DEZHOU, 2085, "\"2\"", texts("改")), 409, "illegal-transition");
        problem(submit(officer, DEZHOU, 2085, "\"2\""), 409, "illegal-transition");

        // A filing dated within 2085 arrives late: the live figures change, the submitted ones do not.
        file(P52, DEZHOU, ParkLevel.PROVINCIAL, "2085-12-20T02:00:00Z");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(given().auth().oauth2(TestTokens.provinceAdmin())
                        .get("/api/v1/progress?programme=" + CODE + "&asOf=2085-12-31").then().statusCode(200)
                        .extract().jsonPath().getLong("province.cumulative.completed.total")).isEqualTo(3));
        JsonPath frozen = get(TestTokens.provinceAdmin(), DEZHOU, 2085).statusCode(200).extract().jsonPath();
        assertThat(levels(frozen).get(0)).isEqualTo(List.of("ALL", 2, 1, 2, 1, 1));

        // The province returns it; the city sees why, edits and submits again after the due day.
        clock.pin(Instant.parse("2086-02-03T01:00:00Z"));
        problem(returnIt(TestTokens.provinceAdmin(), DEZHOU, 2085, "\"1\"", "请补充。"), 412, "stale-version");
        JsonPath returned = returnIt(TestTokens.provinceAdmin(), DEZHOU, 2085, "\"2\"", "请说明逾期园区的整改措施。")
                .statusCode(200).header("ETag", "\"3\"").extract().jsonPath();
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(returned.getList("returnReasons")).containsExactly("请说明逾期园区的整改措施。");
        assertThat(returned.getString("returnedBy")).isEqualTo("province.admin");
        // Returned: the figures are live again (the prefill of the resubmission).
        assertThat(returned.getBoolean("figuresFrozen")).isFalse();
        assertThat(levels(returned).get(0)).isEqualTo(List.of("ALL", 2, 2, 2, 2, 0));
        problem(returnIt(TestTokens.provinceAdmin(), DEZHOU, 2085, "\"3\"", "再退"), 409, "illegal-transition");
        save(officer, DEZHOU, 2085, "\"3\"", texts("修改稿")).statusCode(200).header("ETag", "\"4\"");

        clock.pin(Instant.parse("2086-02-05T01:00:00Z"));
        JsonPath again = submit(officer, DEZHOU, 2085, "\"4\"").statusCode(200).extract().jsonPath();
        assertThat(again.getString("status")).isEqualTo("SUBMITTED");
        assertThat(again.getInt("submissions")).isEqualTo(2);
        // On time stays that of the first submission (decision 46); the figures are frozen afresh.
        assertThat(again.getBoolean("submittedOnTime")).isTrue();
        assertThat(again.getInt("daysLate")).isZero();
        assertThat(again.getString("firstSubmittedAt")).startsWith("2086-01-31T15:59:59.999");
        assertThat(again.getString("submittedAt")).startsWith("2086-02-05T01:00");
        assertThat(again.getString("progress")).isEqualTo("修改稿进展");
        assertThat(levels(again).get(0)).isEqualTo(List.of("ALL", 2, 2, 2, 2, 0));

        // Both submissions are kept as received: the first with its figures and the return's reasons.
        assertThat(query("""
                select s.number || '|' || s.days_late || '|' || s.progress || '|'
                       || (s.figures -> 'programmes' -> 0 -> 'levels' -> 0 ->> 'completedCumulative') || '|'
                       || coalesce(s.return_reasons ->> 0, '-')
                from annual_report_submission s join annual_report r on r.id = s.report_id
                where r.city_code = '371400' and r.year = 2085 order by s.number""")).containsExactly(
                "1|0|二稿进展|1|请说明逾期园区的整改措施。", "2|5|修改稿进展|2|-");

        // Each submission and the return announced on reporting.events, keyed by the city, and logged back in
        // the audit trail: the first submission with the figures it froze.
        assertThat(query("""
                select event_type || '|' || event_key || '|' || (payload::jsonb ->> 'number') || '|'
                       || coalesce(payload::jsonb ->> 'daysLate', payload::jsonb -> 'reasons' ->> 0)
                from outbox_event where topic = 'reporting.events' and event_key = '371400'
                  and (payload::jsonb ->> 'year') = '2085' order by occurred_at""")).containsExactly(
                "reporting.annual-report-submitted|371400|1|0",
                "reporting.annual-report-returned|371400|1|请说明逾期园区的整改措施。",
                "reporting.annual-report-submitted|371400|2|0");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath log = given().auth().oauth2(TestTokens.auditor())
                    .get("/api/v1/events?type=reporting.annual-report-submitted&subject=371400&limit=50")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(log.getList("items.findAll { it.data.year == 2085 && it.data.number == 1 }")).hasSize(1);
            assertThat(log.getList("items.find { it.data.year == 2085 && it.data.number == 1 }.data.figures"))
                    .contains(Map.of("programmeCode", CODE, "level", "ALL", "plannedInYear", 2, "completedInYear", 1,
                            "plannedCumulative", 2, "completedCumulative", 1, "overdue", 1));
        });
    }

    @Test
    void aSubmissionAtMidnightAfterTheDueDayIsOneDayLateAndItsFiguresEndAtTheLastMillisecondOfTheYear() {
        published();
        String officer = TestTokens.cityOfficer(LIAOCHENG);
        clock.pin(Instant.parse("2086-01-31T16:00:00Z"));
        save(officer, LIAOCHENG, 2085, null, texts("聊城")).statusCode(200);
        JsonPath late = submit(officer, LIAOCHENG, 2085, null).statusCode(200).extract().jsonPath();
        assertThat(late.getBoolean("submittedOnTime")).isFalse();
        assertThat(late.getInt("daysLate")).isEqualTo(1);
        // P54 filed at 23:59:59.999 on 31 December counts; P55 filed at midnight does not.
        assertThat(levels(late)).containsExactly(
                List.of("ALL", 2, 1, 2, 1, 1), List.of("NATIONAL", 1, 1, 1, 1, 0), List.of("PROVINCIAL", 1, 0, 1, 0, 1));
    }

    @Test
    void theProvinceSeesEveryCitysStatusOverdueAfterTheDueDayAndACityOnlyItsOwn() throws IOException {
        published();
        // For 2087: 滨州 drafts but does not submit; 聊城 submits at midnight after the due day.
        clock.pin(LocalDate.of(2088, 1, 20));
        save(TestTokens.cityOfficer(BINZHOU), BINZHOU, 2087, null, texts("滨州")).statusCode(200);
        JsonPath before = list(TestTokens.provinceAdmin(), 2087);
        assertThat(before.getString("asOf")).isEqualTo("2088-01-20");
        assertThat(item(before, BINZHOU)).containsEntry("status", "DRAFT").containsEntry("overdue", false);
        assertThat(item(before, "370200")).containsEntry("status", "MISSING").containsEntry("overdue", false);

        clock.pin(Instant.parse("2088-01-31T16:00:00Z"));
        save(TestTokens.cityOfficer(LIAOCHENG), LIAOCHENG, 2087, null, texts("聊城")).statusCode(200);
        submit(TestTokens.cityOfficer(LIAOCHENG), LIAOCHENG, 2087, "\"0\"").statusCode(200);
        clock.pin(LocalDate.of(2088, 2, 10));
        for (String token : List.of(TestTokens.provinceAdmin(), TestTokens.auditor(), TestTokens.integration(), TestTokens.jointMeeting())) {
            JsonPath all = list(token, 2087);
            List<String> cities = all.getList("items.cityCode");
            // Every city of the division table that was not abolished by the end of 2087, by code.
            assertThat(cities).hasSizeBetween(16, 17).isSorted().contains("370100", "370200", "370300", "370400",
                    "370500", "370600", "370700", "370800", "370900", "371000", "371100", "371300", DEZHOU, LIAOCHENG,
                    BINZHOU, "371700");
            assertThat(all.getString("dueOn")).isEqualTo("2088-01-31");
            assertThat(item(all, BINZHOU)).containsEntry("status", "DRAFT").containsEntry("overdue", true);
            assertThat(item(all, "370200")).containsEntry("status", "MISSING").containsEntry("overdue", true)
                    .containsEntry("version", null);
            assertThat(item(all, LIAOCHENG)).containsEntry("status", "SUBMITTED").containsEntry("submittedOnTime", false)
                    .containsEntry("daysLate", 1).containsEntry("overdue", false);
            List<String> statuses = all.getList("items.status");
            assertThat(all.getInt("summary.cities")).isEqualTo(cities.size());
            assertThat(all.getInt("summary.missing")).isEqualTo(count(statuses, "MISSING"));
            assertThat(all.getInt("summary.draft")).isEqualTo(count(statuses, "DRAFT"));
            assertThat(all.getInt("summary.submitted")).isEqualTo(count(statuses, "SUBMITTED"));
            assertThat(all.getInt("summary.returned")).isEqualTo(count(statuses, "RETURNED"));
            assertThat(all.getInt("summary.overdue")).isEqualTo(count(statuses, "MISSING") + count(statuses, "DRAFT"));
        }
        JsonPath own = list(TestTokens.cityOfficer(BINZHOU), 2087);
        assertThat(own.getList("items.cityCode")).containsExactly(BINZHOU);
        assertThat(own.getInt("summary.cities")).isEqualTo(1);

        // The export, read back: the same lines, cell for cell, headers 中文 / English.
        JsonPath all = list(TestTokens.provinceAdmin(), 2087);
        byte[] csv = export(TestTokens.provinceAdmin(), 2087, "csv", "text/csv");
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csv(csv);
        assertThat(records.get(0).toList()).containsExactly("城市代码 / City code", "城市 / City", "年度 / Year",
                "状态 / Status", "截止日期 / Due on", "逾期未报 / Overdue", "首次提交日期 / First submitted on",
                "按时 / On time", "逾期天数 / Days late", "提交次数 / Submissions", "最近提交日期 / Last submitted on",
                "退回日期 / Returned on");
        List<List<Object>> expected = new ArrayList<>();
        for (Map<String, Object> item : all.<Map<String, Object>>getList("items")) {
            expected.add(cells(item));
        }
        assertThat(records.subList(1, records.size()).stream().map(r -> (List<Object>) new ArrayList<Object>(
                r.toList().stream().map(v -> v.isEmpty() ? null : (Object) v).toList())).toList())
                .isEqualTo(expected.stream().map(row -> row.stream().map(v -> v == null ? null : (Object) v.toString())
                        .toList()).toList());
        List<String> liaocheng = records.stream().filter(r -> r.get(0).equals(LIAOCHENG)).findFirst().orElseThrow().toList();
        assertThat(liaocheng).containsExactly(LIAOCHENG, "聊城市", "2087", "已提交", "2088-01-31", "否", "2088-02-01",
                "逾期", "1", "1", "2088-02-01", "");

        byte[] xlsx = export(TestTokens.provinceAdmin(), 2087, "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("城市代码 / City code");
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < 12; c++) {
                    cells.add(cell(row.getCell(c)));
                }
                rows.add(cells);
            }
            assertThat(rows).isEqualTo(expected);
        }
        // A city officer's file holds their city only.
        List<CSVRecord> ownFile = csv(export(TestTokens.cityOfficer(BINZHOU), 2087, "csv", "text/csv"));
        assertThat(ownFile).hasSize(2);
        assertThat(ownFile.get(1).get(0)).isEqualTo(BINZHOU);
    }

    @Test
    void onlyTheCitysOfficersWriteItOnlyTheProvinceReturnsItAndRefusalsLeaveNothingBehind() throws SQLException {
        published();
        clock.pin(LocalDate.of(2087, 3, 1));
        String rows = state();
        // Roles that do not write, another city's officer, a park manager, no token.
        problem(save(TestTokens.provinceAdmin(), BINZHOU, 2086, null, texts("省")), 403, null);
        problem(save(TestTokens.auditor(), BINZHOU, 2086, null, texts("审计")), 403, null);
        problem(save(TestTokens.cityOfficer(DEZHOU), BINZHOU, 2086, null, texts("德州")), 403, "out-of-scope");
        problem(save(TestTokens.parkManager(P56), BINZHOU, 2086, null, texts("园区")), 403, null);
        given().contentType(ContentType.JSON).body(texts("无")).put(BASE + BINZHOU + "/2086").then().statusCode(401);
        // Unknown city, a year not begun, and a submission or return of nothing.
        String nowhere = TestData.cityCode();
        problem(save(TestTokens.cityOfficer(nowhere), nowhere, 2086, null, texts("无此市")), 404, "not-found");
        problem(save(TestTokens.cityOfficer(BINZHOU), BINZHOU, 2088, null, texts("未来")), 409, "year-not-begun");
        problem(submit(TestTokens.cityOfficer(BINZHOU), BINZHOU, 2086, null), 404, "not-found");
        problem(returnIt(TestTokens.provinceAdmin(), BINZHOU, 2086, null, "无"), 404, "not-found");
        problem(save(TestTokens.cityOfficer(BINZHOU), BINZHOU, 2086, "\"3\"", texts("无版本")), 412, "stale-version");
        given().auth().oauth2(TestTokens.cityOfficer(BINZHOU)).contentType(ContentType.JSON)
                .body(Map.of("progress", "长".repeat(10001))).put(BASE + BINZHOU + "/2086").then().statusCode(400);
        problem(get(TestTokens.parkManager(P56), BINZHOU, 2086), 403, null);
        problem(get(TestTokens.expert(), BINZHOU, 2086), 403, null);
        problem(get(TestTokens.cityOfficer(DEZHOU), BINZHOU, 2086), 403, "out-of-scope");
        assertThat(state()).isEqualTo(rows);

        // An empty report is not submitted; the city officer may not return, the province may not submit.
        save(TestTokens.cityOfficer(BINZHOU), BINZHOU, 2086, null, Map.of("problems", "只有问题")).statusCode(200);
        rows = state();
        problem(submit(TestTokens.cityOfficer(BINZHOU), BINZHOU, 2086, "\"0\""), 422, "incomplete-annual-report");
        problem(submit(TestTokens.provinceAdmin(), BINZHOU, 2086, "\"0\""), 403, null);
        problem(returnIt(TestTokens.cityOfficer(BINZHOU), BINZHOU, 2086, "\"0\"", "自己退回"), 403, null);
        problem(returnIt(TestTokens.provinceAdmin(), BINZHOU, 2086, "\"0\"", "未提交"), 409, "illegal-transition");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("reasons", List.of()))
                .post(BASE + BINZHOU + "/2086/return").then().statusCode(400);
        assertThat(state()).isEqualTo(rows);
        assertThat(get(TestTokens.auditor(), BINZHOU, 2086).statusCode(200).extract().jsonPath().getString("problems"))
                .isEqualTo("只有问题");
    }

    // ----- requests -----

    private static Map<String, Object> texts(String prefix) {
        return Map.of("progress", prefix + "进展", "problems", prefix + "问题", "suggestions", prefix + "建议");
    }

    private static io.restassured.response.ValidatableResponse get(String token, String city, int year) {
        return given().auth().oauth2(token).get(BASE + city + "/" + year).then();
    }

    private static io.restassured.response.ValidatableResponse save(String token, String city, int year, String ifMatch,
                                                                     Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(BASE + city + "/" + year).then();
    }

    private static io.restassured.response.ValidatableResponse submit(String token, String city, int year, String ifMatch) {
        var request = given().auth().oauth2(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(BASE + city + "/" + year + "/submit").then();
    }

    private static io.restassured.response.ValidatableResponse returnIt(String token, String city, int year, String ifMatch,
                                                                         String reason) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reasons", List.of(reason)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(BASE + city + "/" + year + "/return").then();
    }

    private static JsonPath list(String token, int year) {
        return given().auth().oauth2(token).get(BASE + "?year=" + year).then().statusCode(200).extract().jsonPath();
    }

    private static byte[] export(String token, int year, String format, String type) {
        return given().auth().oauth2(token).get(BASE + "export?year=" + year + "&format=" + format).then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith(type)).extract().asByteArray();
    }

    private static void problem(io.restassured.response.ValidatableResponse response, int status, String slug) {
        ExtractableResponse<Response> reply = response.statusCode(status).extract();
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (slug != null) {
            assertThat(reply.jsonPath().getString("type")).isEqualTo("urn:circular-parks:problem:" + slug);
        }
    }

    // ----- reading answers -----

    /** The first programme's level rows as [level, plannedInYear, completedInYear, plannedCumulative, completedCumulative, overdue]. */
    private static List<List<Object>> levels(JsonPath report) {
        assertThat(report.getList("figures.programmes.programmeCode")).containsExactly(CODE);
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> level : report.<Map<String, Object>>getList("figures.programmes[0].levels")) {
            rows.add(List.of(level.get("level"), level.get("plannedInYear"), level.get("completedInYear"),
                    level.get("plannedCumulative"), level.get("completedCumulative"), level.get("overdue")));
        }
        return rows;
    }

    private static Map<String, Object> item(JsonPath list, String city) {
        return list.getMap("items.find { it.cityCode == '" + city + "' }");
    }

    private static long count(List<String> statuses, String status) {
        return statuses.stream().filter(status::equals).count();
    }

    /** A status item as the export's cells, with the labels written out here. */
    private static List<Object> cells(Map<String, Object> item) {
        List<Object> cells = new ArrayList<>();
        cells.add(item.get("cityCode"));
        cells.add(item.get("cityName"));
        cells.add(2087L);
        cells.add(switch ((String) item.get("status")) {
            case "MISSING" -> "未提交";
            case "DRAFT" -> "草稿";
            case "SUBMITTED" -> "已提交";
            default -> "已退回";
        });
        cells.add(LocalDate.of(2088, 1, 31));
        cells.add(Boolean.TRUE.equals(item.get("overdue")) ? "是" : "否");
        cells.add(day(item.get("firstSubmittedAt")));
        cells.add(item.get("submittedOnTime") == null ? null : Boolean.TRUE.equals(item.get("submittedOnTime")) ? "按时" : "逾期");
        cells.add(item.get("daysLate") == null ? null : ((Number) item.get("daysLate")).longValue());
        cells.add(((Number) item.get("submissions")).longValue());
        cells.add(day(item.get("submittedAt")));
        cells.add(day(item.get("returnedAt")));
        return cells;
    }

    /** The day in the province of an instant of the JSON. */
    private static LocalDate day(Object value) {
        return value == null ? null
                : java.time.OffsetDateTime.parse((String) value).atZoneSameInstant(ProgrammeCalendar.ZONE).toLocalDate();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }

    private static Object cell(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            return (long) cell.getNumericCellValue();
        }
        return cell.getStringCellValue();
    }

    // ----- the database -----

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** The annual reports' rows and the outbox, as text: what a refused write must leave as it was. */
    private String state() throws SQLException {
        return query("select coalesce(string_agg(r::text, ';' order by r.id), '') from annual_report r").get(0)
                + query("select coalesce(string_agg(s::text, ';' order by s.report_id, s.number), '') from annual_report_submission s").get(0)
                + query("select count(*) from outbox_event").get(0);
    }
}
