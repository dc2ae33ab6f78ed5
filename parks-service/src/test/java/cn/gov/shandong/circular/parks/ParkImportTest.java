package cn.gov.shandong.circular.parks;

import static cn.gov.shandong.circular.common.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ZoneKind;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Bulk imports of the registry (docs/decisions.md, 42): CSV and XLSX, dry run, all or nothing. Its parks are
 * provincial parks of 东营 (370500), 烟台 (370600), 济宁 (370800) and 威海 (371000), which the other tests do not
 * count, named 导入… so that no other test's names collide.
 */
@QuarkusTest
class ParkImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "园区名称/name,城市代码/cityCode,园区级别/level,园区类型/zoneKind,统一社会信用代码/unifiedSocialCreditCode\n";

    static ValidatableResponse postCsv(String token, String query, byte[] csv) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/parks/imports" + query).then();
    }

    private static ValidatableResponse postCsv(String query, String csv) {
        return postCsv(TestTokens.provinceAdmin(), query, csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCsvFileIsImportedAllAtOnceWithCodesFromTheSequenceAndOneEventPerPark() throws Exception {
        String csv = "\uFEFF" + HEADER
                + "导入东营港经济开发区,370500,PROVINCIAL,ECONOMIC_DEVELOPMENT_ZONE,91370500MA3C4FQX2" + check("91370500MA3C4FQX2") + "\r\n"
                + "导入烟台化工产业园,370600,省级,工业园区,\r\n"
                + "导入济宁新材料产业园区,370800,PROVINCIAL,INDUSTRIAL_PARK,\r\n";
        List<String> codes = postCsv("", csv).statusCode(201)
                .body("dryRun", is(false))
                .body("parks", is(3))
                .body("items.row", contains(2, 3, 4))
                .body("items.name", contains("导入东营港经济开发区", "导入烟台化工产业园", "导入济宁新材料产业园区"))
                .body("items[1].cityName", is("烟台市"))
                .body("items[1].zoneKind", is("INDUSTRIAL_PARK"))
                .body("items[0].unifiedSocialCreditCode", is("91370500MA3C4FQX2" + check("91370500MA3C4FQX2")))
                .extract().jsonPath().getList("items.code");
        assertThat(codes).allMatch(code -> code.matches("SDP\\d{3,}")).doesNotHaveDuplicates();
        assertThat(Integer.parseInt(codes.get(1).substring(3))).isEqualTo(Integer.parseInt(codes.get(0).substring(3)) + 1);

        given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/parks/" + codes.get(0)).then().statusCode(200)
                .body("status", is("ACTIVE")).body("level", is("PROVINCIAL"))
                .body("unifiedSocialCreditCode", is("91370500MA3C4FQX2" + check("91370500MA3C4FQX2")));
        given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/parks/" + codes.get(2) + "/history").then()
                .statusCode(200).body("items.kind", contains("IMPORTED")).body("items[0].actor", is("province.admin"))
                .body("items[0].value", is("导入济宁新材料产业园区"));

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll("parks.events", Duration.ofSeconds(20),
                all -> codes.stream().allMatch(code -> all.stream().anyMatch(r -> code.equals(r.key()))));
        ConsumerRecord<String, String> second = records.stream().filter(r -> codes.get(1).equals(r.key())).findFirst()
                .orElseThrow();
        assertThat(header(second, "ce_type")).isEqualTo("park.registered");
        assertThat(header(second, "ce_actor")).isEqualTo("province.admin");
        assertThat(IncomingEvent.from(second).dataAs(ParkRegistered.class)).isEqualTo(new ParkRegistered(codes.get(1),
                "导入烟台化工产业园", "370600", "烟台市", ParkLevel.PROVINCIAL, ZoneKind.INDUSTRIAL_PARK));
    }

    @Test
    void anXlsxWorkbookIsReadFromItsFirstSheetWithNumericCityCodes() throws Exception {
        byte[] workbook = workbook(List.of(
                List.of("园区名称", "城市代码", "园区级别", "园区类型"),
                List.of("导入威海临港经济开发区", 371000, "PROVINCIAL", "ECONOMIC_DEVELOPMENT_ZONE"),
                List.of("导入威海南海新区产业园", "371000", "省级", "产业园区")));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(XLSX).body(workbook)
                .when().post("/api/v1/parks/imports").then().statusCode(201)
                .body("parks", is(2))
                .body("items.cityCode", everyItem(is("371000")))
                .body("items.row", contains(2, 3))
                .body("items[1].zoneKind", is("INDUSTRIAL_PARK"));
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("cityCode", "371000").queryParam("size", 200)
                .when().get("/api/v1/parks").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItems("导入威海临港经济开发区", "导入威海南海新区产业园"));

        // An XLSX with a bad row is refused like a CSV one; a body that is no workbook is a 400.
        byte[] bad = workbook(List.of(
                List.of("name", "cityCode", "level", "zoneKind"),
                List.of("导入威海坏行园区", 371000, "COUNTY", "INDUSTRIAL_PARK")));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(XLSX).body(bad)
                .when().post("/api/v1/parks/imports").then().statusCode(422)
                .body("rejections", hasSize(1)).body("rejections[0].row", is(2)).body("rejections[0].field", is("level"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(XLSX).body("not a workbook".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/parks/imports").then().statusCode(400).contentType("application/problem+json")
                .body("field", is("body"));
    }

    @Test
    void aDryRunAnswersWhatWouldBeRegisteredAndStoresNothing() {
        String csv = HEADER + "导入试运行园区,370500,PROVINCIAL,INDUSTRIAL_PARK,\n";
        postCsv("?dryRun=true", csv).statusCode(200)
                .body("dryRun", is(true)).body("parks", is(1))
                .body("items[0].code", nullValue()).body("items[0].cityName", is("东营市"));
        assertNotListed("导入试运行园区");
        // The same file for real afterwards: the dry run reserved nothing.
        postCsv("?dryRun=false", csv).statusCode(201).body("items[0].code", org.hamcrest.Matchers.startsWith("SDP"));
        postCsv("?dryRun=maybe", csv).statusCode(400).body("field", is("dryRun"));
    }

    @Test
    void oneBadRowAtRowSevenRefusesTheWholeFileAndEveryRejectionIsListed() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 2; i <= 9; i++) {
            csv.append(i == 7 ? "导入全有全无园区7,379900,PROVINCIAL,INDUSTRIAL_PARK,\n"
                    : "导入全有全无园区" + i + ",370800,PROVINCIAL,INDUSTRIAL_PARK,\n");
        }
        csv.append("导入全有全无园区2,370800,PROVINCIAL,INDUSTRIAL_PARK,\n");   // row 10: the name of row 2
        postCsv("", csv.toString()).statusCode(422).contentType("application/problem+json")
                .body("type", is("urn:circular-parks:problem:import-rejected"))
                .body("rows", is(9))
                .body("rejections.row", contains(7, 10))
                .body("rejections.field", contains("cityCode", "name"))
                .body("rejections.value", contains("379900", "导入全有全无园区2"))
                .body("rejections[1].message", is("Row 2 has the same name"));
        for (int i = 2; i <= 9; i++) {
            assertNotListed("导入全有全无园区" + i);
        }
        List<ConsumerRecord<String, String>> all = KafkaTestClient.readAll("parks.events", Duration.ofSeconds(3), r -> false);
        assertThat(all).extracting(ConsumerRecord::value).noneMatch(v -> v.contains("导入全有全无园区"));
    }

    /** The refusals of an import, member for member and in order, as the API answered them before issue 20. */
    @Test
    void theRefusalsOfAnImportAreTheSameDocumentsMemberForMember() {
        String prefix = "{\"type\":\"urn:circular-parks:problem:";
        String refused = postCsv("", HEADER + "导入固定顺序园区,379900,PROVINCIAL,INDUSTRIAL_PARK,\n")
                .statusCode(422).contentType("application/problem+json").extract().asString();
        String noPark = postCsv("", HEADER).statusCode(422).extract().asString();
        String unreadable = postCsv(TestTokens.provinceAdmin(), "", new byte[] {'n', (byte) 0xFF, '\n'})
                .statusCode(400).extract().asString();
        String tooMany = postCsv("", "name,cityCode,level,zoneKind\n"
                + "导入超量园区,370500,PROVINCIAL,INDUSTRIAL_PARK\n".repeat(10_001)).statusCode(413).extract().asString();
        org.assertj.core.api.SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(withoutCorrelationId(refused)).isEqualTo(prefix + "import-rejected\",\"status\":422,"
                    + "\"title\":\"The import was refused; nothing was stored\",\"detail\":\"1 rejection(s) in 1 row(s) "
                    + "of 1; first: row 2, cityCode: No city of Shandong has the code 379900\","
                    + "\"instance\":\"/api/v1/parks/imports\",\"field\":\"cityCode\",\"rows\":1,\"rejections\":"
                    + "[{\"row\":2,\"field\":\"cityCode\",\"value\":\"379900\","
                    + "\"message\":\"No city of Shandong has the code 379900\"}],\"correlationId\":\"-\"}");
            softly.assertThat(withoutCorrelationId(noPark)).isEqualTo(prefix + "import-rejected\",\"status\":422,"
                    + "\"title\":\"The import was refused; nothing was stored\",\"detail\":\"1 rejection(s) in 1 row(s) "
                    + "of 0; first: row 1, body: The file names the columns but has no park\","
                    + "\"instance\":\"/api/v1/parks/imports\",\"field\":\"body\",\"rows\":0,\"rejections\":"
                    + "[{\"row\":1,\"field\":\"body\",\"value\":null,"
                    + "\"message\":\"The file names the columns but has no park\"}],\"correlationId\":\"-\"}");
            softly.assertThat(withoutCorrelationId(unreadable)).isEqualTo(prefix + "bad-request\",\"status\":400,"
                    + "\"title\":\"Bad request\",\"detail\":\"The CSV file is not UTF-8 text: save it as \\\"CSV UTF-8\\\"\","
                    + "\"instance\":\"/api/v1/parks/imports\",\"field\":\"body\",\"correlationId\":\"-\"}");
            softly.assertThat(withoutCorrelationId(tooMany)).isEqualTo(prefix + "body-too-large\",\"status\":413,"
                    + "\"title\":\"Request body too large\",\"detail\":\"The file has more than 10000 parks; import it in "
                    + "parts\",\"instance\":\"/api/v1/parks/imports\",\"field\":\"body\",\"correlationId\":\"-\"}");
        });
    }

    private static String withoutCorrelationId(String problem) {
        return problem.replaceFirst("\"correlationId\":\"[^\"]*\"", "\"correlationId\":\"-\"");
    }

    @Test
    void duplicatesOfTheRegistryAreRejectedByNameAndCreditCode() {
        String code = "91370800MA3C4FQX2" + check("91370800MA3C4FQX2");
        postCsv("", HEADER + "导入信用代码园区,370800,PROVINCIAL,INDUSTRIAL_PARK," + code + "\n").statusCode(201);
        postCsv("", HEADER
                + "明水经济技术开发区,370800,PROVINCIAL,INDUSTRIAL_PARK,\n"
                + "导入另一信用代码园区,370800,PROVINCIAL,INDUSTRIAL_PARK," + code + "\n").statusCode(422)
                .body("rejections.field", contains("name", "unifiedSocialCreditCode"))
                .body("rejections[0].message", is("A park of this name is already registered as SDP001"));
    }

    @Test
    void onlyTheProvinceImportsAndBadFilesAreProblems() {
        byte[] csv = (HEADER + "导入越权园区,370500,PROVINCIAL,INDUSTRIAL_PARK,\n").getBytes(StandardCharsets.UTF_8);
        for (String token : List.of(TestTokens.cityOfficer("370500"), TestTokens.parkManager("SDP001"), TestTokens.auditor(),
                TestTokens.expert(), TestTokens.integration())) {
            postCsv(token, "", csv).statusCode(403).contentType("application/problem+json");
        }
        given().contentType("text/csv").body(csv).when().post("/api/v1/parks/imports").then().statusCode(401);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType("application/json").body("{}")
                .when().post("/api/v1/parks/imports").then().statusCode(415).contentType("application/problem+json");
        postCsv(TestTokens.provinceAdmin(), "", new byte[] {'n', (byte) 0xFF, '\n'}).statusCode(400).body("field", is("body"));
        assertNotListed("导入越权园区");
    }

    @Test
    void aBodyOverFourMegabytesOrOverTenThousandParksIs413() {
        byte[] huge = new byte[4 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        postCsv(TestTokens.provinceAdmin(), "", huge).statusCode(413).contentType("application/problem+json")
                .body("type", is("urn:circular-parks:problem:body-too-large"));
        String many = "name,cityCode,level,zoneKind\n" + "导入超量园区,370500,PROVINCIAL,INDUSTRIAL_PARK\n".repeat(10_001);
        postCsv("", many).statusCode(413).contentType("application/problem+json").body("field", is("body"));
        // Other bodies keep the platform's 256 KB.
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType("application/json")
                .body(Map.of("name", "导入" + "园".repeat(100_000), "cityCode", "370500", "level", "PROVINCIAL",
                        "zoneKind", "INDUSTRIAL_PARK"))
                .when().post("/api/v1/parks").then().statusCode(413);
    }

    static void assertNotListed(String name) {
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("size", 200).queryParam("status", "ALL")
                .when().get("/api/v1/parks").then().statusCode(200)
                .body("items.findAll { it.name == '" + name + "' }.size()", is(0));
    }

    static char check(String first17) {
        return cn.gov.shandong.circular.parks.registry.CreditCode.checkCharacter(first17);
    }

    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("园区名单");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
