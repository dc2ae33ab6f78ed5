package cn.gov.shandong.circular.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9 through the running platform, with Keycloak's tokens: the province imports parks in bulk into the
 * registry, exports the progress table as a workbook that reads back as Attachment 1, and an insider's change of
 * a stored event is found by the verification of the audit trail.
 *
 * <p>Runs after the other system tests (class order 6): the imported parks are not in the 106 of Attachment 2
 * that {@link FilingFlowIT} counts.
 */
@ExtendWith(LocalPlatform.Running.class)
@Order(6)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionReportingIT {

    private static final String PARKS = "http://127.0.0.1:8081";
    private static final String REPORTING = "http://127.0.0.1:8084";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    /** The codes the bulk import gave to its parks. */
    private static List<String> imported = List.of();
    /** The number of the notice published in step 4. */
    private static String noticeNumber;

    @Test
    @Order(1)
    void theProvinceImportsParksInBulkAfterADryRunAndReportingLogsEachRegistration() {
        String admin = Keycloak.token("province.admin");
        String csv = "\uFEFF园区名称/name,城市代码/cityCode,园区级别/level,园区类型/zoneKind,统一社会信用代码/unifiedSocialCreditCode\r\n"
                + "系统测试" + RUN + "东营港化工产业园,370500,PROVINCIAL,INDUSTRIAL_PARK,\r\n"
                + "系统测试" + RUN + "烟台经济技术开发区新区,370600,国家级,ECONOMIC_AND_TECHNOLOGICAL_DEVELOPMENT_ZONE,\r\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        JsonPath goalsBefore = goals(admin);

        // A dry run checks the whole file and registers nothing.
        given().auth().oauth2(admin).contentType("text/csv; charset=UTF-8").body(file)
                .when().post(PARKS + "/api/v1/parks/imports?dryRun=true")
                .then().statusCode(200).body("dryRun", is(true)).body("parks", is(2))
                .body("items[0].code", nullValue()).body("items[1].cityName", is("烟台市"));
        // A file with one bad row is refused whole, the row and field named.
        given().auth().oauth2(admin).contentType("text/csv; charset=UTF-8")
                .body((csv + "系统测试" + RUN + "无效城市园区,379900,PROVINCIAL,INDUSTRIAL_PARK,\r\n").getBytes(StandardCharsets.UTF_8))
                .when().post(PARKS + "/api/v1/parks/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("import-rejected"));
        // A city officer may not import.
        given().auth().oauth2(Keycloak.token("jinan.officer")).contentType("text/csv; charset=UTF-8").body(file)
                .when().post(PARKS + "/api/v1/parks/imports")
                .then().statusCode(403);

        imported = given().auth().oauth2(admin).contentType("text/csv; charset=UTF-8").body(file)
                .when().post(PARKS + "/api/v1/parks/imports")
                .then().statusCode(201).body("parks", is(2))
                .extract().jsonPath().getList("items.code");
        assertThat(imported).hasSize(2).allMatch(code -> code.matches("SDP\\d{3,}"));
        given().auth().oauth2(admin).when().get(PARKS + "/api/v1/parks/" + imported.get(1))
                .then().statusCode(200).body("level", is("NATIONAL")).body("status", is("ACTIVE"))
                .body("cityCode", is("370600"));

        // The goals' registry block counts the province's active parks, the imported ones too: one more of each
        // level, while the programme's own parks (Attachment 2) stay 25 national and 81 provincial.
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath goals = goals(admin);
            assertThat(goals.getLong("registry.national.parks")).isEqualTo(goalsBefore.getLong("registry.national.parks") + 1);
            assertThat(goals.getLong("registry.provincial.parks"))
                    .isEqualTo(goalsBefore.getLong("registry.provincial.parks") + 1);
            assertThat(goals.getLong("national.parks")).isEqualTo(25);
            assertThat(goals.getLong("provincial.parks")).isEqualTo(81);
        });

        // Each registration reaches reporting's audit trail through parks.events.
        String auditor = Keycloak.token("auditor.li");
        for (String code : imported) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().auth().oauth2(auditor).queryParam("parkCode", code).queryParam("type", "park.registered")
                            .when().get(REPORTING + "/api/v1/events")
                            .then().statusCode(200).body("total", is(1))
                            .body("items[0].actor", is("province.admin")));
        }
    }

    @Test
    @Order(2)
    void theProgressWorkbookReadsBackWithAttachmentOnesPlannedCounts() throws IOException {
        ExtractableResponse<Response> file = given().auth().oauth2(Keycloak.token("province.admin"))
                .queryParam("programme", "2018-2020").queryParam("format", "xlsx")
                .when().get(REPORTING + "/api/v1/progress/export")
                .then().statusCode(200).extract();
        assertThat(file.contentType()).isEqualTo(XLSX);
        assertThat(file.header("Content-Disposition")).contains("attachment").contains(".xlsx");

        Map<String, List<Integer>> attachment = AttachmentOne.rows();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("城市代码 / City code");
            assertThat(text(sheet.getRow(0).getCell(2))).isEqualTo("2018年计划 合计 / 2018 planned total");
            int checked = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String code = text(row.getCell(0));
                String key = code == null || code.isEmpty() ? "province" : code;
                List<Integer> expected = attachment.get(key);
                if (expected == null) {
                    continue;
                }
                // Each year's block: planned t/n/p, completed t/n/p, not completed in time t/n/p; then cumulative.
                List<Integer> planned = new ArrayList<>();
                for (int block = 0; block < 4; block++) {
                    for (int c = 0; c < 3; c++) {
                        Cell cell = row.getCell(2 + block * 9 + c);
                        assertThat(cell.getCellType()).as("%s block %d", key, block).isEqualTo(CellType.NUMERIC);
                        planned.add((int) cell.getNumericCellValue());
                    }
                }
                assertThat(planned).as("planned counts of %s", key).isEqualTo(expected);
                checked++;
            }
            assertThat(checked).as("the province's row and the 17 cities' (Laiwu's kept)").isEqualTo(attachment.size());
        }
    }

    @Test
    @Order(3)
    void anInsidersChangeOfAStoredEventIsNamedByTheVerification() throws SQLException {
        String auditor = Keycloak.token("auditor.li");
        assertThat(verify(auditor).getBoolean("intact")).as("the chain before the change").isTrue();
        JsonPath entry = given().auth().oauth2(auditor).queryParam("parkCode", imported.get(0))
                .queryParam("type", "park.registered")
                .when().get(REPORTING + "/api/v1/events").then().statusCode(200).extract().jsonPath();
        long seq = entry.getLong("items[0].seq");
        String eventId = entry.getString("items[0].eventId");

        String original = insider("select data::text from event_log where event_id = '" + eventId + "'");
        try {
            // An insider with database rights sets the append-only trigger aside and renames the park in the log.
            insider("alter table event_log disable trigger event_log_append_only",
                    "update event_log set data = jsonb_set(data, '{name}', '\"改名的园区\"') where event_id = '" + eventId + "'",
                    "alter table event_log enable trigger event_log_append_only");
            JsonPath broken = verify(auditor);
            assertThat(broken.getBoolean("intact")).isFalse();
            assertThat(broken.getLong("firstBrokenSeq")).isEqualTo(seq);
            assertThat(broken.getString("eventId")).isEqualTo(eventId);
            assertThat(broken.getString("reason")).isEqualTo("HASH_MISMATCH");
        } finally {
            insider("alter table event_log disable trigger event_log_append_only",
                    "update event_log set data = '" + original.replace("'", "''") + "'::jsonb where event_id = '" + eventId + "'",
                    "alter table event_log enable trigger event_log_append_only");
        }
        assertThat(verify(auditor).getBoolean("intact")).as("the chain once the row is put back").isTrue();
    }

    @Test
    @Order(4)
    void anOverdueParkIsNamedInAPublishedNoticeThatItsCitySeesAndAnotherCityDoesNot() {
        String admin = Keycloak.token("province.admin");
        // 胶南经济开发区 (SDP007, Qingdao) was to complete in 2018 and no system test files it: overdue since 2019.
        given().auth().oauth2(admin).queryParam("programme", "2018-2020").queryParam("year", 2018)
                .queryParam("cityCode", "370200")
                .when().get(REPORTING + "/api/v1/overdue")
                .then().statusCode(200).body("items.parkCode", hasItem("SDP007"));
        String id = given().auth().oauth2(admin).contentType("application/json")
                .header("Idempotency-Key", "system-test-notice-" + RUN)
                .body(Map.of("programmeCode", "2018-2020", "year", 2018,
                        "title", "关于2018年度未按期完成循环化改造园区情况的通报",
                        "text", "胶南经济开发区未按期完成园区循环化改造，请青岛市督促整改。", "parkCodes", List.of("SDP007")))
                .when().post(REPORTING + "/api/v1/notices")
                .then().statusCode(201).body("status", is("DRAFT")).body("parks.parkCode", contains("SDP007"))
                .extract().path("id");
        // Before publication the city does not see the draft.
        given().auth().oauth2(Keycloak.token("qingdao.officer")).when().get(REPORTING + "/api/v1/notices/" + id)
                .then().statusCode(404);
        String number = given().auth().oauth2(admin).header("If-Match", "\"0\"")
                .when().post(REPORTING + "/api/v1/notices/" + id + "/publication")
                .then().statusCode(200).body("status", is("PUBLISHED"))
                .extract().path("number");
        assertThat(number).matches("鲁园循通〔\\d{4}〕第\\d+号");
        noticeNumber = number;

        given().auth().oauth2(Keycloak.token("qingdao.officer")).when().get(REPORTING + "/api/v1/notices/" + id)
                .then().statusCode(200).body("number", is(number))
                .body("parks[0].parkCode", is("SDP007")).body("parks[0].stateNow", is("NOT_FILED"));
        given().auth().oauth2(Keycloak.token("jinan.officer")).when().get(REPORTING + "/api/v1/notices/" + id)
                .then().statusCode(404);
        given().auth().oauth2(Keycloak.token("joint.meeting")).when().get(REPORTING + "/api/v1/notices/" + id)
                .then().statusCode(200).body("number", is(number));
        // The publication is an event on reporting.events, read back into the audit trail.
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(Keycloak.token("auditor.li")).queryParam("type", "reporting.notice-published")
                        .queryParam("subject", id)
                        .when().get(REPORTING + "/api/v1/events")
                        .then().statusCode(200).body("total", is(1))
                        .body("items[0].data.number", is(number)).body("items[0].actor", is("province.admin")));
    }

    @Test
    @Order(5)
    void aCitysAnnualReportSubmittedAfterThe31stOfJanuaryIsFlaggedLateAndTheProvinceSeesIt() {
        // The report on 2024 was due by the end of 2025-01-31: submitted today, it is late.
        String officer = Keycloak.token("qingdao.officer");
        String report = REPORTING + "/api/v1/annual-reports/370200/2024";
        given().auth().oauth2(officer).when().get(report)
                .then().statusCode(200).body("status", is("MISSING")).body("dueOn", is("2025-01-31"))
                .body("figuresFrozen", is(false));
        given().auth().oauth2(officer).contentType("application/json")
                .body(Map.of("progress", "2024年青岛市推进园区循环化改造情况。", "problems", "个别园区项目进度滞后。",
                        "suggestions", "建议加大省级专项资金支持。"))
                .when().put(report)
                .then().statusCode(200).body("status", is("DRAFT"));
        // Another city's officer can neither read nor submit it.
        given().auth().oauth2(Keycloak.token("jinan.officer")).header("If-Match", "\"0\"")
                .when().post(report + "/submit").then().statusCode(org.hamcrest.Matchers.either(is(403)).or(is(404)));
        given().auth().oauth2(officer).header("If-Match", "\"0\"")
                .when().post(report + "/submit")
                .then().statusCode(200).body("status", is("SUBMITTED"))
                .body("submittedOnTime", is(false)).body("daysLate", org.hamcrest.Matchers.greaterThan(300))
                .body("figuresFrozen", is(true)).body("figures.asOf", is("2024-12-31"));

        // The province's list of the year: Qingdao submitted late, the cities that sent nothing are missing and overdue.
        JsonPath all = given().auth().oauth2(Keycloak.token("province.admin")).queryParam("year", 2024)
                .when().get(REPORTING + "/api/v1/annual-reports")
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getMap("items.find { it.cityCode == '370200' }"))
                .containsEntry("status", "SUBMITTED").containsEntry("submittedOnTime", false);
        assertThat(all.getMap("items.find { it.cityCode == '370300' }"))
                .containsEntry("status", "MISSING").containsEntry("overdue", true);
        assertThat(all.getList("items.cityCode")).as("Laiwu was part of Jinan by 2024").doesNotContain("371200");
        given().auth().oauth2(Keycloak.token("joint.meeting")).queryParam("year", 2024)
                .when().get(REPORTING + "/api/v1/annual-reports").then().statusCode(200);
    }

    @Test
    @Order(6)
    void theJointMeetingSeesThatTheFirstProgrammesGoalsWereMissedAndWhy() {
        // 2018-2020 ended on 2020-12-31; a handful of its 106 parks have been filed by the system tests since.
        JsonPath forecast = given().auth().oauth2(Keycloak.token("joint.meeting")).queryParam("programme", "2018-2020")
                .when().get(REPORTING + "/api/v1/forecast").then().statusCode(200).extract().jsonPath();
        assertThat(forecast.getBoolean("ended")).isTrue();
        assertThat(forecast.getString("endsOn")).isEqualTo("2020-12-31");
        for (String level : List.of("national", "provincial")) {
            long parks = forecast.getLong(level + ".parks");
            assertThat(parks).isEqualTo(level.equals("national") ? 25 : 81);
            assertThat(forecast.getLong(level + ".completed") + forecast.getLong(level + ".inAcceptance")
                    + forecast.getLong(level + ".planned") + forecast.getLong(level + ".notStarted")).isEqualTo(parks);
            assertThat(forecast.getString(level + ".outlook")).isEqualTo("MISSED");
            assertThat(forecast.getString(level + ".explanation")).contains("目标未实现");
        }
        assertThat(forecast.getLong("provincial.required")).isEqualTo(41);
        // Park managers have no report; the joint meeting changes nothing.
        given().auth().oauth2(Keycloak.token("mingshui.manager")).queryParam("programme", "2018-2020")
                .when().get(REPORTING + "/api/v1/forecast").then().statusCode(403);
        given().auth().oauth2(Keycloak.token("joint.meeting")).contentType("text/csv; charset=UTF-8")
                .body("x".getBytes(StandardCharsets.UTF_8))
                .when().post(PARKS + "/api/v1/parks/imports").then().statusCode(403);
    }

    @Test
    @Order(7)
    void theJointMeetingsDispatchViewGivesQingdaosParksReportAndNoticeInOneCall() {
        JsonPath view = given().auth().oauth2(Keycloak.token("joint.meeting"))
                .queryParam("programme", "2018-2020").queryParam("cityCode", "370200")
                .when().get(REPORTING + "/api/v1/dispatch").then().statusCode(200).extract().jsonPath();
        assertThat(view.getList("cities.cityCode")).containsExactly("370200");
        // Attachment 1's Qingdao: 4 parks in 2018-2020.
        assertThat(view.getInt("cities[0].programme.planned")).isEqualTo(AttachmentOne.rows().get("370200").get(9));
        assertThat(view.getInt("cities[0].programme.overdue")).isPositive();
        // The report due by 31 January of this year (on last year) has not come: overdue.
        assertThat(view.getString("cities[0].annualReport.status")).isEqualTo("MISSING");
        assertThat(view.getBoolean("cities[0].annualReport.overdue")).isTrue();
        assertThat(view.getString("cities[0].latestNotices[0].number")).isEqualTo(noticeNumber);
        // Jinan's officer may not look at Qingdao's.
        given().auth().oauth2(Keycloak.token("jinan.officer")).queryParam("programme", "2018-2020")
                .queryParam("cityCode", "370200")
                .when().get(REPORTING + "/api/v1/dispatch").then().statusCode(403);
    }

    private static JsonPath goals(String token) {
        return given().auth().oauth2(token).queryParam("programme", "2018-2020")
                .when().get(REPORTING + "/api/v1/goals").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath verify(String token) {
        return given().auth().oauth2(token).when().get(REPORTING + "/api/v1/events/verify")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Runs the statements on reporting's database as its owner would; returns the first column of the last query. */
    private static String insider(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(LocalPlatform.POSTGRES_URL + LocalPlatform.DB_PREFIX
                + "reporting", "postgres", "postgres");
             Statement sql = connection.createStatement()) {
            String result = null;
            for (String statement : statements) {
                if (sql.execute(statement)) {
                    try (ResultSet rows = sql.getResultSet()) {
                        result = rows.next() ? rows.getString(1) : null;
                    }
                }
            }
            return result;
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                : cell.getStringCellValue();
    }
}
