package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.AcceptanceRevoked;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkUnscheduled;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The overdue list (issue 9, item 3) and the exports (item 7) on a programme of the test's own (a fresh code from
 * {@link TestData}, years 2019-2021), with fresh parks P01-P08 in 临沂市 and 济宁市 that no other test uses. The exports are
 * read back (POI for XLSX, Commons CSV for CSV) and compared cell by cell with the JSON answers; the labels
 * the files use for levels and statuses are written out here, not taken from the code.
 */
@QuarkusTest
class OverdueAndExportsTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P01 = TestData.parkCode();
    private static final String P02 = TestData.parkCode();
    private static final String P03 = TestData.parkCode();
    private static final String P04 = TestData.parkCode();
    private static final String P05 = TestData.parkCode();
    private static final String P06 = TestData.parkCode();
    private static final String P07 = TestData.parkCode();
    private static final String P08 = TestData.parkCode();

    private static final String CODE = TestData.programmeCode();
    private static final String LINYI = "371300";
    private static final String JINING = "370800";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final UUID REVOKED_APPLICATION = UUID.randomUUID();
    /** A name a spreadsheet would run as a formula, with a quote and a comma. */
    private static final String TRICKY_NAME = "=临沂\"高新\",园区";
    private static boolean published;

    @Inject
    ProvinceClock clock;

    /** Publishes the programme once per run and waits until it is projected. */
    private static synchronized void published() {
        if (published) {
            return;
        }
        TestEvents.send(TestEvents.programme(CODE, 2019, 2021, "1.00", "0.50"));
        park(P01, "逾期测试准时园区", LINYI, "临沂市", ParkLevel.NATIONAL, 2019);
        park(P02, "逾期测试补报园区", LINYI, "临沂市", ParkLevel.PROVINCIAL, 2019);
        park(P03, "逾期测试济宁园区", JINING, "济宁市", ParkLevel.PROVINCIAL, 2019);
        park(P04, "逾期测试撤销园区", JINING, "济宁市", ParkLevel.NATIONAL, 2019);
        park(P05, "逾期测试撤出园区", LINYI, "临沂市", ParkLevel.PROVINCIAL, 2019);
        park(P06, "逾期测试2020园区", LINYI, "临沂市", ParkLevel.PROVINCIAL, 2020);
        park(P08, TRICKY_NAME, LINYI, "临沂市", ParkLevel.PROVINCIAL, 2019);
        // Scheduled, never registered: the province sees it without name or city.
        TestEvents.send(TestEvents.parkScheduled(CODE, P07, 2019));
        // P05 is taken out of the programme.
        TestEvents.send(UUID.randomUUID(), Instant.now().plusSeconds(5),
                new ParkUnscheduled(CODE, P05, 2019, "园区已整合"));
        // The last millisecond of 2019 in the province, and midnight of 2020.
        file(UUID.randomUUID(), P01, LINYI, ParkLevel.NATIONAL, "2019-12-31T15:59:59.999Z");
        file(UUID.randomUUID(), P02, LINYI, ParkLevel.PROVINCIAL, "2019-12-31T16:00:00Z");
        // Filed in time, revoked by a spot check on 1 September 2020.
        file(REVOKED_APPLICATION, P04, JINING, ParkLevel.NATIONAL, "2019-06-01T02:00:00Z");
        TestEvents.send(UUID.randomUUID(), Instant.parse("2020-09-01T02:00:00Z"), new AcceptanceRevoked(REVOKED_APPLICATION,
                P04, JINING, ParkLevel.NATIONAL, Instant.parse("2020-09-01T02:00:00Z"),
                List.of("整改期满仍未达到实施方案目标。"), "2020-01"), "province.admin");
        published = true;
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(codes(overdue(TestTokens.provinceAdmin(), "&year=2019&asOf=2020-12-31")))
                        .containsExactly(P03, P04, P02, P08, P07));
    }

    private static void park(String code, String name, String city, String cityName, ParkLevel level, int year) {
        TestEvents.send(TestEvents.parkRegistered(code, name, city, cityName, level));
        TestEvents.send(UUID.randomUUID(), Instant.now().minusSeconds(60), TestEvents.parkScheduled(CODE, code, year));
    }

    private static void file(UUID application, String park, String city, ParkLevel level, String at) {
        TestEvents.send(UUID.randomUUID(), Instant.parse(at), TestEvents.filed(application, park, city, level, at), "province.admin");
    }

    @Test
    void aParkFiledAtTheLastMillisecondOfItsYearIsInTimeAndOneFiledAtMidnightIsOneDayLate() {
        published();
        JsonPath list = overdue(TestTokens.provinceAdmin(), "&year=2019&asOf=2020-03-10");
        assertThat(codes(list)).containsExactly(P03, P02, P08, P07);
        Map<String, Object> late = list.getMap("items.find { it.parkCode == '" + P02 + "' }");
        assertThat(late).containsEntry("status", "FILED_LATE").containsEntry("daysOverdue", 1)
                .containsEntry("filedLateOn", "2020-01-01").containsEntry("deadline", "2019-12-31")
                .containsEntry("cityCode", LINYI).containsEntry("level", "PROVINCIAL").containsEntry("year", 2019);
        Map<String, Object> unfiled = list.getMap("items.find { it.parkCode == '" + P03 + "' }");
        assertThat(unfiled).containsEntry("status", "NOT_FILED").containsEntry("daysOverdue", 70)
                .containsEntry("filedLateOn", null).containsEntry("revokedOn", null);
        Map<String, Object> unregistered = list.getMap("items.find { it.parkCode == '" + P07 + "' }");
        assertThat(unregistered).containsEntry("parkName", null).containsEntry("cityCode", null).containsEntry("level", null);
        assertThat(list.getString("asOf")).isEqualTo("2020-03-10");
        assertThat(list.getInt("total")).isEqualTo(4);
    }

    @Test
    void aYearNotOverHasNoOverdueParks() {
        published();
        assertThat(codes(overdue(TestTokens.provinceAdmin(), "&asOf=2019-12-31"))).isEmpty();
        assertThat(codes(overdue(TestTokens.provinceAdmin(), "&year=2020&asOf=2020-12-31"))).isEmpty();
        assertThat(codes(overdue(TestTokens.provinceAdmin(), "&year=2020&asOf=2021-01-01"))).containsExactly(P06);
    }

    @Test
    void aRevokedFilingMakesItsParkOverdueFromTheRevocationAndAWithdrawnParkIsNeverOverdue() {
        published();
        assertThat(codes(overdue(TestTokens.provinceAdmin(), "&year=2019&asOf=2020-08-31"))).doesNotContain(P04);
        JsonPath list = overdue(TestTokens.provinceAdmin(), "&year=2019&asOf=2020-09-01");
        assertThat(list.getMap("items.find { it.parkCode == '" + P04 + "' }")).containsEntry("status", "NOT_FILED")
                .containsEntry("revokedOn", "2020-09-01").containsEntry("daysOverdue", 245);
        assertThat(codes(overdue(TestTokens.provinceAdmin(), "&asOf=2030-01-01"))).doesNotContain(P05, P01);
    }

    @Test
    void withoutAsOfTheListIsAsOfTodayByTheProvincesClock() {
        published();
        clock.pin(LocalDate.of(2020, 3, 10));
        try {
            JsonPath list = overdue(TestTokens.provinceAdmin(), "&year=2019");
            assertThat(list.getString("asOf")).isEqualTo("2020-03-10");
            assertThat(codes(list)).containsExactly(P03, P02, P08, P07);
        } finally {
            clock.release();
        }
    }

    @Test
    void aCityOfficerGetsTheirCityOnlyAndAnotherCityIs403AndParkManagersHaveNoList() {
        published();
        JsonPath list = overdue(TestTokens.cityOfficer(LINYI), "&asOf=2021-01-01");
        assertThat(codes(list)).containsExactly(P02, P08, P06);
        given().auth().oauth2(TestTokens.cityOfficer(LINYI)).get("/api/v1/overdue?programme=" + CODE + "&cityCode=" + JINING)
                .then().statusCode(403).body("type", equalTo("urn:circular-parks:problem:out-of-scope"));
        given().auth().oauth2(TestTokens.parkManager(P02)).get("/api/v1/overdue?programme=" + CODE)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.parkManager(P02)).get("/api/v1/overdue/export?format=csv&programme=" + CODE)
                .then().statusCode(403);
        // The province narrows to a city.
        assertThat(codes(overdue(TestTokens.provinceAdmin(), "&asOf=2020-03-10&cityCode=" + JINING))).containsExactly(P03);
    }

    @Test
    void badQuestionsAreRefusedNamingTheParameter() {
        published();
        given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/overdue?programme=" + TestData.programmeCode())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/overdue?programme=" + CODE + "&year=2018")
                .then().statusCode(400).body("field", equalTo("year"));
        given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/overdue?programme=" + CODE + "&year=19")
                .then().statusCode(400).body("field", equalTo("year"));
        given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/overdue?programme=" + CODE + "&asOf=2020-02-30")
                .then().statusCode(400).body("field", equalTo("asOf"));
        given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/overdue/export?programme=" + CODE + "&format=pdf")
                .then().statusCode(400).body("field", equalTo("format"));
        given().auth().oauth2(TestTokens.provinceAdmin()).accept("application/json")
                .get("/api/v1/overdue/export?programme=" + CODE)
                .then().statusCode(406).header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo("urn:circular-parks:problem:not-acceptable"));
    }

    @Test
    void theOverdueCsvIsTheListCellForCellWithABomAndBilingualHeaders() throws IOException {
        published();
        String query = "&year=2019&asOf=2020-12-31";
        JsonPath list = overdue(TestTokens.provinceAdmin(), query + "&size=200");
        ExtractableResponse<Response> file = given().auth().oauth2(TestTokens.provinceAdmin()).accept("application/json")
                .get("/api/v1/overdue/export?format=csv&programme=" + CODE + query).then().statusCode(200).extract();
        assertThat(file.contentType()).startsWith("text/csv").contains("charset=UTF-8");
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"overdue_" + CODE + "_2019_2020-12-31.csv\"; "
                + "filename*=UTF-8''%E9%80%BE%E6%9C%9F%E6%9C%AA%E5%AE%8C%E6%88%90%E5%9B%AD%E5%8C%BA_" + CODE + "_2019%E5%B9%B4_2020-12-31.csv");
        byte[] bytes = file.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csv(bytes);
        assertThat(records.get(0).values()).containsExactly("园区代码 / Park code", "园区名称 / Park name",
                "城市代码 / City code", "城市 / City", "级别 / Level", "计划完成年度 / Scheduled year", "截止日期 / Deadline",
                "逾期天数 / Days overdue", "状态 / Status", "逾期备案日期 / Filed late on", "撤销备案日期 / Filing revoked on");
        List<List<String>> expected = new ArrayList<>();
        for (Map<String, Object> item : list.<Map<String, Object>>getList("items")) {
            expected.add(overdueCells(item).stream().map(c -> c == null ? "" : c.toString()).toList());
        }
        assertThat(records.subList(1, records.size()).stream().map(r -> List.of(r.values())).toList())
                .isEqualTo(expected.stream().map(row -> row.stream()
                        .map(c -> c.equals(TRICKY_NAME) ? "'" + TRICKY_NAME : c).toList()).toList());
        assertThat(expected).hasSize(5);
    }

    @Test
    void theOverdueXlsxIsTheListCellForCellWithNumbersAsNumbers() throws IOException {
        published();
        String query = "&asOf=2021-01-01";
        JsonPath list = overdue(TestTokens.provinceAdmin(), query + "&size=200");
        ExtractableResponse<Response> file = given().auth().oauth2(TestTokens.provinceAdmin()).accept(XLSX)
                .get("/api/v1/overdue/export?programme=" + CODE + query).then().statusCode(200).extract();
        assertThat(file.contentType()).isEqualTo(XLSX);
        assertThat(file.header("Content-Disposition")).contains("filename=\"overdue_" + CODE + "_2021-01-01.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertFrozenBoldHeader(workbook, sheet, "园区代码 / Park code");
            List<Map<String, Object>> items = list.getList("items");
            assertThat(sheet.getLastRowNum()).isEqualTo(items.size());
            for (int r = 0; r < items.size(); r++) {
                List<Object> expected = overdueCells(items.get(r));
                Row row = sheet.getRow(r + 1);
                for (int c = 0; c < expected.size(); c++) {
                    assertThat(cell(row.getCell(c))).as("row %d column %d", r + 1, c).isEqualTo(expected.get(c));
                }
            }
            // Scheduled year and days overdue are numbers, the deadline a date.
            assertThat(sheet.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(6))).isTrue();
        }
    }

    @Test
    void theProgressExportsAreTheProgressTableCellForCell() throws IOException {
        published();
        String query = "?programme=" + CODE + "&asOf=2020-03-10";
        JsonPath progress = ProgressTables.progress(TestTokens.provinceAdmin(), query);
        List<List<Object>> expected = progressCells(progress, overdue(TestTokens.provinceAdmin(), "&asOf=2020-03-10&size=200"));
        assertThat(expected.get(0).subList(0, 2)).containsExactly("", "全省合计");

        ExtractableResponse<Response> csvFile = given().auth().oauth2(TestTokens.provinceAdmin()).accept("text/csv")
                .get("/api/v1/progress/export" + query).then().statusCode(200).extract();
        assertThat(csvFile.header("Content-Disposition")).isEqualTo("attachment; filename=\"progress_" + CODE + "_2020-03-10.csv\"; "
                + "filename*=UTF-8''%E5%9B%AD%E5%8C%BA%E5%BE%AA%E7%8E%AF%E5%8C%96%E6%94%B9%E9%80%A0%E8%BF%9B%E5%B1%95"
                + "_" + CODE + "_2020-03-10.csv");
        byte[] bytes = csvFile.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csv(bytes);
        assertThat(records.get(0).values()).startsWith("城市代码 / City code", "城市 / City",
                "2019年计划 合计 / 2019 planned total", "2019年计划 国家级 / 2019 planned national",
                "2019年计划 省级 / 2019 planned provincial", "2019年完成 合计 / 2019 completed total",
                "2019年完成 国家级 / 2019 completed national", "2019年完成 省级 / 2019 completed provincial",
                "2019年未按期完成 合计 / 2019 not completed in time total");
        assertThat(records.get(0).values()).endsWith("累计完成 省级 / Cumulative completed provincial",
                "累计未按期完成 合计 / Cumulative not completed in time total",
                "累计未按期完成 国家级 / Cumulative not completed in time national",
                "累计未按期完成 省级 / Cumulative not completed in time provincial");
        assertThat(records.subList(1, records.size()).stream().map(r -> List.of(r.values())).toList())
                .isEqualTo(expected.stream().map(row -> row.stream().map(String::valueOf).toList()).toList());
        // 2019: 临沂 planned 3 (P01, P02, P08; P05 was withdrawn), completed 2 (filed in time and late) as of
        // 2020-03-10, not completed in time 2 (P02 filed late, P08 not filed).
        assertThat(records.stream().filter(r -> r.get(0).equals(LINYI)).findFirst().orElseThrow().values())
                .startsWith(LINYI, "临沂市", "3", "1", "2", "2", "1", "1", "2", "0", "2");

        ExtractableResponse<Response> xlsxFile = given().auth().oauth2(TestTokens.provinceAdmin())
                .get("/api/v1/progress/export" + query + "&format=xlsx").then().statusCode(200).extract();
        assertThat(xlsxFile.contentType()).isEqualTo(XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxFile.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertFrozenBoldHeader(workbook, sheet, "城市代码 / City code");
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            for (int r = 0; r < expected.size(); r++) {
                Row row = sheet.getRow(r + 1);
                for (int c = 0; c < expected.get(r).size(); c++) {
                    Object want = expected.get(r).get(c);
                    assertThat(cell(row.getCell(c))).as("row %d column %d", r + 1, c).isEqualTo("".equals(want) ? null : want);
                    if (want instanceof Long) {
                        assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
                    }
                }
            }
        }
    }

    @Test
    void aCityOfficersProgressExportHasTheirRowOnlyAndNoProvinceRow() throws IOException {
        published();
        String query = "?programme=" + CODE + "&asOf=2020-03-10";
        List<List<Object>> expected = progressCells(ProgressTables.progress(TestTokens.cityOfficer(LINYI), query),
                overdue(TestTokens.cityOfficer(LINYI), "&asOf=2020-03-10&size=200"));
        byte[] bytes = given().auth().oauth2(TestTokens.cityOfficer(LINYI)).get("/api/v1/progress/export" + query + "&format=csv")
                .then().statusCode(200).extract().asByteArray();
        List<CSVRecord> records = csv(bytes);
        assertThat(records.subList(1, records.size()).stream().map(r -> List.of(r.values())).toList())
                .isEqualTo(expected.stream().map(row -> row.stream().map(String::valueOf).toList()).toList());
        assertThat(records).hasSize(2);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("济宁", "全省合计");
    }

    // ----- the JSON answers as the files' cells -----

    private static JsonPath overdue(String token, String query) {
        return given().auth().oauth2(token).get("/api/v1/overdue?programme=" + CODE + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> codes(JsonPath list) {
        return list.getList("items.parkCode", String.class);
    }

    /** A JSON item as the row of the overdue file: level and status in the words of the programme's documents. */
    private static List<Object> overdueCells(Map<String, Object> item) {
        Object level = item.get("level") == null ? null : Map.of("NATIONAL", "国家级", "PROVINCIAL", "省级").get(item.get("level"));
        Object status = Map.of("NOT_FILED", "未备案", "FILED_LATE", "逾期备案").get(item.get("status"));
        return Arrays.asList(item.get("parkCode"), item.get("parkName"), item.get("cityCode"), item.get("cityName"), level,
                ((Number) item.get("year")).longValue(), day(item.get("deadline")),
                ((Number) item.get("daysOverdue")).longValue(), status, day(item.get("filedLateOn")), day(item.get("revokedOn")));
    }

    /** The progress answer as the file's rows: the province's row first, then the cities. */
    /**
     * The progress answer as the file's rows: the province's row first, then the cities; beside planned and
     * completed, the parks of the overdue list (same caller, same day) counted by year and level.
     */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> progressCells(JsonPath progress, JsonPath overdue) {
        List<Map<String, Object>> late = overdue.getList("items");
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Object> province = progress.getMap("province");
        if (province != null) {
            rows.add(progressRow("", "全省合计", province, late));
        }
        for (Map<String, Object> row : progress.<Map<String, Object>>getList("rows")) {
            Object city = row.get("cityCode");
            rows.add(progressRow(city == null ? "" : (String) city, (String) row.get("cityName"), row,
                    late.stream().filter(p -> java.util.Objects.equals(p.get("cityCode"), city)).toList()));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> progressRow(String code, String name, Map<String, Object> row, List<Map<String, Object>> late) {
        List<Object> cells = new ArrayList<>(List.of(code, name));
        for (Map<String, Object> year : (List<Map<String, Object>>) row.get("years")) {
            counts(cells, (Map<String, Object>) year.get("planned"));
            counts(cells, (Map<String, Object>) year.get("completed"));
            lateCounts(cells, late.stream().filter(p -> p.get("year").equals(year.get("year"))).toList());
        }
        Map<String, Object> cumulative = (Map<String, Object>) row.get("cumulative");
        counts(cells, (Map<String, Object>) cumulative.get("planned"));
        counts(cells, (Map<String, Object>) cumulative.get("completed"));
        lateCounts(cells, late);
        return cells;
    }

    private static void lateCounts(List<Object> cells, List<Map<String, Object>> parks) {
        cells.add((long) parks.size());
        cells.add(parks.stream().filter(p -> "NATIONAL".equals(p.get("level"))).count());
        cells.add(parks.stream().filter(p -> "PROVINCIAL".equals(p.get("level"))).count());
    }

    private static void counts(List<Object> cells, Map<String, Object> counts) {
        for (String level : List.of("total", "national", "provincial")) {
            cells.add(((Number) counts.get(level)).longValue());
        }
    }

    private static LocalDate day(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }

    // ----- reading the files -----

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }

    /** A cell as the JSON would have it: text, a whole number (Long), a day, or null for no cell. */
    private static Object cell(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            double value = cell.getNumericCellValue();
            assertThat(value).isEqualTo(Math.rint(value));
            return (long) value;
        }
        return cell.getStringCellValue();
    }

    private static void assertFrozenBoldHeader(XSSFWorkbook workbook, Sheet sheet, String first) {
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(first);
        assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(sheet.getPaneInformation()).isNotNull();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    }
}
