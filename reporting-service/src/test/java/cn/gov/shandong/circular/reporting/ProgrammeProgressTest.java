package cn.gov.shandong.circular.reporting;

import static cn.gov.shandong.circular.reporting.ProgressTables.lines;
import static cn.gov.shandong.circular.reporting.ProgressTables.progress;
import static cn.gov.shandong.circular.reporting.ProgressTables.with;
import static cn.gov.shandong.circular.reporting.ProgressTables.zeros;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The 2018-2020 programme fed as parks-service and plans-service publish it (106 registrations and
 * 106 schedules generated from Attachment 2) must reproduce Attachment 1 cell for cell; filings then
 * move only their own cells. Ordered: the filing tests build on each other.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammeProgressTest {

    private static final String PROGRAMME = "?programme=2018-2020";
    private static final UUID FILING_ID = UUID.randomUUID();
    private static final UUID APPLICATION_ID = UUID.randomUUID();
    /** 01:30 on 20 November 2018 in Shanghai, still the 19th in UTC. */
    private static final String FILED_AT = "2018-11-19T17:30:00Z";
    private static boolean published;

    @Inject
    EntityManager entityManager;

    /** Publishes the programme once per test run and waits until it is projected. */
    private static synchronized void programmePublished() {
        if (!published) {
            // Attachment 2's parks as parks-service registers them (the registrations are shared with other tests).
            ProvinceRegistry.published();
            List<Attachments.ScheduledPark> parks = Attachments.attachment2();
            assertThat(parks).hasSize(106);
            for (Attachments.ScheduledPark park : parks) {
                TestEvents.send(TestEvents.parkScheduled("2018-2020", park.code(), park.year()));
            }
            // The goals come from the programme's own definition, as plans-service announces it.
            TestEvents.send(TestEvents.programme2018());
            published = true;
        }
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(lines(progress(TestTokens.provinceAdmin(), PROGRAMME), "planned"))
                        .isEqualTo(Attachments.attachment1()));
    }

    @Test
    @Order(1)
    void theProgrammesEventsReproduceAttachment1CellForCell() {
        programmePublished();

        JsonPath progress = progress(TestTokens.provinceAdmin(), PROGRAMME);
        assertThat(progress.getString("programme")).isEqualTo("2018-2020");
        assertThat(progress.getString("asOf")).isNull();
        assertThat(progress.getList("years", Integer.class)).containsExactly(2018, 2019, 2020);
        assertThat(progress.getList("rows")).hasSize(17);
        // Planned: the attachment, including the totals row 16/17/73 = 106 (25 national, 81 provincial).
        List<String> planned = lines(progress, "planned");
        assertThat(planned).isEqualTo(Attachments.attachment1());
        assertThat(planned.get(0)).isEqualTo("province,全省合计,16,4,12,17,4,13,73,17,56,106,25,81");
        // Nothing is filed yet.
        assertThat(lines(progress, "completed")).isEqualTo(zeros(Attachments.attachment1()));
    }

    @Test
    @Order(2)
    void aFilingCompletesItsOwnCellAndNoOther() {
        programmePublished();
        TestEvents.send(FILING_ID, null,
                TestEvents.filed(APPLICATION_ID, "SDP001", "370100", ParkLevel.NATIONAL, FILED_AT), "province.admin");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lines(progress(TestTokens.provinceAdmin(), PROGRAMME), "completed"))
                        .isEqualTo(completedAfterFilingSdp001()));
        assertThat(lines(progress(TestTokens.provinceAdmin(), PROGRAMME), "planned"))
                .isEqualTo(Attachments.attachment1());
    }

    @Test
    @Order(3)
    void theSameFilingDeliveredAgainCountsOnce() {
        programmePublished();
        TestEvents.send(FILING_ID, null,
                TestEvents.filed(APPLICATION_ID, "SDP001", "370100", ParkLevel.NATIONAL, FILED_AT), "province.admin");
        // A later event of the same park (same key, same partition) is handled after the duplicate.
        UUID sentinel = TestEvents.send(TestEvents.passed(UUID.randomUUID(), "SDP001", "370100", 90));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.auditor())
                        .queryParam("subject", "SDP001").queryParam("type", "acceptance.reviewed")
                        .when().get("/api/v1/events")
                        .then().statusCode(200).body("items[0].eventId", equalTo(sentinel.toString())));

        assertThat(lines(progress(TestTokens.provinceAdmin(), PROGRAMME), "completed"))
                .isEqualTo(completedAfterFilingSdp001());
        given().auth().oauth2(TestTokens.auditor())
                .queryParam("subject", "SDP001").queryParam("type", "acceptance.filed")
                .when().get("/api/v1/events")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].eventId", equalTo(FILING_ID.toString()))
                .body("items[0].topic", equalTo("acceptance.events"))
                .body("items[0].actor", equalTo("province.admin"))
                .body("items[0].data.filedAt", equalTo(FILED_AT));
    }

    @Test
    @Order(4)
    void goalsCountTheFiledNationalPark() {
        programmePublished();
        given().auth().oauth2(TestTokens.integration())
                .when().get("/api/v1/goals" + PROGRAMME)
                .then().statusCode(200)
                .body("national.parks", equalTo(25))
                .body("national.completed", equalTo(1))
                .body("national.share", equalTo(1.00f))
                .body("national.required", equalTo(25))
                .body("national.met", equalTo(false))
                .body("provincial.share", equalTo(0.50f))
                .body("provincial.parks", equalTo(81))
                .body("provincial.completed", equalTo(0))
                .body("provincial.required", equalTo(41))
                .body("provincial.met", equalTo(false))
                .body("unclassifiedParks", equalTo(0));
        given().auth().oauth2(TestTokens.expert())
                .when().get("/api/v1/goals" + PROGRAMME + "&asOf=2018-01-01")
                .then().statusCode(200)
                .body("asOf", equalTo("2018-01-01"))
                .body("national.completed", equalTo(0));
        // A city officer measures the same goals on their city: Jinan has 2 national parks, 3 provincial.
        given().auth().oauth2(TestTokens.cityOfficer("370100"))
                .when().get("/api/v1/goals" + PROGRAMME)
                .then().statusCode(200)
                .body("cityCode", equalTo("370100"))
                .body("national.parks", equalTo(2))
                .body("national.completed", equalTo(1))
                .body("national.required", equalTo(2))
                .body("provincial.parks", equalTo(3))
                .body("provincial.required", equalTo(2));
    }

    @Test
    @Order(5)
    void asOfCountsFilingsUpToTheEndOfThatDayInShanghai() {
        programmePublished();
        JsonPath beforeTheProgramme = progress(TestTokens.auditor(), PROGRAMME + "&asOf=2018-01-01");
        assertThat(beforeTheProgramme.getString("asOf")).isEqualTo("2018-01-01");
        assertThat(lines(beforeTheProgramme, "completed")).isEqualTo(zeros(Attachments.attachment1()));
        assertThat(lines(beforeTheProgramme, "planned")).isEqualTo(Attachments.attachment1());

        // Filed at 17:30 UTC on the 19th, which is already the 20th in Shanghai.
        assertThat(lines(progress(TestTokens.auditor(), PROGRAMME + "&asOf=2018-11-19"), "completed"))
                .isEqualTo(zeros(Attachments.attachment1()));
        assertThat(lines(progress(TestTokens.auditor(), PROGRAMME + "&asOf=2018-11-20"), "completed"))
                .isEqualTo(completedAfterFilingSdp001());
    }

    @Test
    @Order(6)
    void aCityOfficerSeesOnlyTheirCitysRow() {
        programmePublished();
        JsonPath qingdao = progress(TestTokens.cityOfficer("370200"), PROGRAMME);
        assertThat(qingdao.getList("rows")).hasSize(1);
        assertThat(qingdao.getMap("province")).isNull();
        assertThat(lines(qingdao, "planned")).containsExactly("370200,青岛市,2,1,1,0,0,0,2,2,0,4,3,1");
        assertThat(qingdao.getList("years", Integer.class)).containsExactly(2018, 2019, 2020);
    }

    @Test
    @Order(7)
    void callersOutsideTheRolesAndBadParametersGetProblems() {
        programmePublished();
        for (String path : List.of("/api/v1/progress", "/api/v1/goals")) {
            given().auth().oauth2(TestTokens.parkManager("SDP001"))
                    .when().get(path + PROGRAMME)
                    .then().statusCode(403).contentType("application/problem+json");
            given().when().get(path + PROGRAMME).then().statusCode(401);
            given().auth().oauth2(TestTokens.provinceAdmin())
                    .when().get(path + PROGRAMME + "&asOf=2019-13-45")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:circular-parks:problem:bad-request"))
                    .body("field", equalTo("asOf"));
            given().auth().oauth2(TestTokens.provinceAdmin())
                    .when().get(path + PROGRAMME + "&asOf=2019-02-30")
                    .then().statusCode(400).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.provinceAdmin())
                    .when().get(path + "?programme=1999-2001")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:circular-parks:problem:not-found"));
            given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("programme", " ")
                    .when().get(path)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        // Without a programme the report is the 2018-2020 one.
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/progress")
                .then().statusCode(200)
                .body("programme", equalTo("2018-2020"))
                .body("province.cumulative.planned.total", equalTo(106))
                .body("rows[0].cityCode", equalTo("370100"))
                .body("rows[16].cityCode", equalTo("371700"))
                .body("asOf", nullValue());
    }

    @Test
    @Order(8)
    void rebuildingFromTheEventLogGivesTheSameTables() {
        programmePublished();
        Map<String, String> before = projectionTables();
        String progressBefore = given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/progress" + PROGRAMME).then().statusCode(200).extract().asString();
        assertThat(before.get("park_view")).contains("SDP106");
        assertThat(before.get("park_completion")).contains(FILING_ID.toString());
        assertThat(before.get("programme_view")).contains("鲁经信循〔2018〕336号");

        given().auth().oauth2(TestTokens.auditor())
                .when().post("/api/v1/projections/rebuild")
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(projectionTables()).isEqualTo(before);

        int logged = given().auth().oauth2(TestTokens.auditor()).queryParam("size", 1)
                .when().get("/api/v1/events").then().statusCode(200).extract().path("total");
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().post("/api/v1/projections/rebuild")
                .then().statusCode(200)
                .body("replayedEvents", equalTo(logged));

        assertThat(projectionTables()).isEqualTo(before);
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/progress" + PROGRAMME)
                .then().statusCode(200).body(equalTo(progressBefore));
    }

    @Test
    @Order(9)
    void theExportedProgressTableHoldsAttachment1InItsPlannedColumns() throws java.io.IOException {
        programmePublished();
        byte[] bytes = given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/progress/export" + PROGRAMME + "&asOf=2020-12-31&format=csv")
                .then().statusCode(200).extract().asByteArray();
        List<org.apache.commons.csv.CSVRecord> records;
        try (java.io.Reader reader = new java.io.InputStreamReader(
                new java.io.ByteArrayInputStream(bytes, 3, bytes.length - 3), java.nio.charset.StandardCharsets.UTF_8)) {
            records = org.apache.commons.csv.CSVFormat.RFC4180.parse(reader).getRecords();
        }
        // Per year 9 columns (planned total/national/provincial, then completed, then not completed in time),
        // then the same cumulated.
        List<String> planned = new java.util.ArrayList<>();
        List<String> completed = new java.util.ArrayList<>();
        List<String> late = new java.util.ArrayList<>();
        for (org.apache.commons.csv.CSVRecord record : records.subList(1, records.size())) {
            String first = record.get(0).isEmpty() && record.get(1).equals("全省合计") ? "province" : record.get(0);
            List<String> p = new java.util.ArrayList<>(List.of(first, record.get(1)));
            List<String> c = new java.util.ArrayList<>(List.of(first, record.get(1)));
            List<String> l = new java.util.ArrayList<>(List.of(first, record.get(1)));
            for (int group = 0; group < 4; group++) {
                for (int level = 0; level < 3; level++) {
                    p.add(record.get(2 + group * 9 + level));
                    c.add(record.get(5 + group * 9 + level));
                    l.add(record.get(8 + group * 9 + level));
                }
            }
            planned.add(String.join(",", p));
            completed.add(String.join(",", c));
            late.add(String.join(",", l));
        }
        assertThat(planned).isEqualTo(Attachments.attachment1());
        assertThat(completed).isEqualTo(completedAfterFilingSdp001());
        // As of 31 December 2020 the 2018 and 2019 parks not filed missed their year; 2020 is not over yet.
        List<String> expectedLate = new java.util.ArrayList<>();
        for (String line : Attachments.attachment1()) {
            String[] f = line.split(",");
            boolean jinan = f[0].equals("province") || f[0].equals("370100");
            long[] y2018 = {Long.parseLong(f[2]) - (jinan ? 1 : 0), Long.parseLong(f[3]) - (jinan ? 1 : 0), Long.parseLong(f[4])};
            long[] y2019 = {Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7])};
            expectedLate.add(f[0] + "," + f[1] + "," + y2018[0] + "," + y2018[1] + "," + y2018[2] + ","
                    + y2019[0] + "," + y2019[1] + "," + y2019[2] + ",0,0,0,"
                    + (y2018[0] + y2019[0]) + "," + (y2018[1] + y2019[1]) + "," + (y2018[2] + y2019[2]));
        }
        assertThat(late).isEqualTo(expectedLate);
        // Kept for docs/api.md's example of the file as it comes out.
        java.nio.file.Path examples = java.nio.file.Path.of("target", "export-examples");
        java.nio.file.Files.createDirectories(examples);
        java.nio.file.Files.write(examples.resolve("progress-2018-2020.csv"), bytes);
        java.nio.file.Files.write(examples.resolve("overdue-2018-2020-2019.csv"), given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/overdue/export" + PROGRAMME + "&year=2019&asOf=2020-03-10&format=csv")
                .then().statusCode(200).extract().asByteArray());
    }

    /** Completed after SDP001 (济南市, 2018, national) was filed: 2018 and cumulative of Jinan and the province. */
    private static List<String> completedAfterFilingSdp001() {
        List<String> lines = zeros(Attachments.attachment1());
        for (String row : List.of("province", "370100")) {
            for (int column : List.of(2, 3, 11, 12)) {   // 2018 total, national; cumulative total, national
                lines = with(lines, row, column, "1");
            }
        }
        return lines;
    }

    /** Every projection table as JSON text, rows in key order. */
    private Map<String, String> projectionTables() {
        return QuarkusTransaction.requiringNew().call(() -> Map.of(
                "park_view", table("park_view", "park_code"),
                "park_schedule", table("park_schedule", "programme_code, park_code"),
                "park_completion", table("park_completion", "park_code"),
                "programme_view", table("programme_view", "programme_code"),
                "approved_plan", table("approved_plan", "programme_code, park_code"),
                "approved_plan_target", table("approved_plan_target", "programme_code, park_code, indicator"),
                "approved_plan_project", table("approved_plan_project", "programme_code, park_code, position")));
    }

    private String table(String name, String key) {
        return (String) entityManager.createNativeQuery(
                        "select coalesce(json_agg(t order by " + key + ")::text, '[]') from " + name + " t")
                .getSingleResult();
    }
}
