package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;

import cn.gov.shandong.circular.common.testing.AuthorisationMatrix;
import cn.gov.shandong.circular.common.testing.AuthorisationMatrix.Request;
import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every operation as every caller (docs/authorisation.md, "reporting-service"), on a programme of its
 * own (a fresh code from {@link TestData}, years 2097-2099: the clock is pinned to 2100 so that its parks are overdue
 * and its notices can be drafted) with fresh parks, one in Weifang, the officer's city, and one in Jining, whose row
 * and name the officer must never get.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P01 = TestData.parkCode();
    private static final String P02 = TestData.parkCode();

    private static final String CODE = TestData.programmeCode();
    private static final String PROGRAMME = "programme=" + CODE;
    private static final String TEXTS = "{\"progress\": \"年度进展\", \"problems\": \"问题\", \"suggestions\": \"建议\"}";

    @Inject
    DataSource dataSource;

    @Inject
    ProvinceClock clock;

    /** The published notice naming each park, by park code. */
    private final Map<String, String> published = new HashMap<>();

    @Test
    void everyCallerGetsWhatTheAuthorisationTableSaysAndNothingOutsideTheirScope() {
        TestEvents.send(TestEvents.parkRegistered(P01, "授权矩阵潍坊园区", "370700", "潍坊市", ParkLevel.NATIONAL));
        TestEvents.send(TestEvents.parkRegistered(P02, "授权矩阵济宁园区", "370800", "济宁市", ParkLevel.PROVINCIAL));
        // Defined, so that the forecast (which needs the programme's end and shares) can answer.
        TestEvents.send(TestEvents.programme(CODE, 2097, 2099, "1.00", "0.50"));
        TestEvents.send(TestEvents.parkScheduled(CODE, P01, 2097));
        TestEvents.send(TestEvents.parkScheduled(CODE, P02, 2098));
        TestEvents.send(TestEvents.approved(java.util.UUID.randomUUID(), CODE, P01, "370700", 1, 0));
        TestEvents.send(TestEvents.approved(java.util.UUID.randomUUID(), CODE, P02, "370800", 1, 0));
        // Both parks projected, with their cities: the province's report has a row per city.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            String report = given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/progress?" + PROGRAMME)
                    .then().extract().asString();
            return report.contains("\"370700\"") && report.contains("\"370800\"");
        });
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/plan-targets?" + PROGRAMME)
                        .then().extract().jsonPath().getInt("total") == 2);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/forecast?" + PROGRAMME).statusCode() == 200);

        // Weifang's reports for 2002 (a draft) and 2003 (submitted), and the 2003 submission logged back.
        String officer = TestTokens.cityOfficer("370700");
        for (String year : List.of("2002", "2003")) {
            given().auth().oauth2(officer).contentType("application/json").body(TEXTS)
                    .put("/api/v1/annual-reports/370700/" + year).then().statusCode(200);
        }
        given().auth().oauth2(officer).post("/api/v1/annual-reports/370700/2003/submit").then().statusCode(200);
        awaitLogged("reporting.annual-report-submitted", 2003);

        AuthorisationMatrix matrix = AuthorisationMatrix.forService("reporting-service")
                .scopedCallers("370700", P01)
                .otherCity("\"370800\"", "济宁市", P02, "授权矩阵济宁园区")
                .request("GET /api/v1/progress", "all", () -> Request.query(PROGRAMME))
                .request("GET /api/v1/goals", "all", () -> Request.query(PROGRAMME))
                .request("GET /api/v1/programme-progress", "all", Request::none)
                .request("GET /api/v1/programme-progress/{code}", "all", () -> Request.pathValue("code", CODE))
                .request("GET /api/v1/events", "all", () -> Request.query("size=50"))
                .request("GET /api/v1/events/verify", "any", Request::none)
                .request("GET /api/v1/plan-targets", "all", () -> Request.query(PROGRAMME))
                .request("GET /api/v1/plan-targets", "own", () -> Request.query(PROGRAMME + "&cityCode=370700"))
                .request("GET /api/v1/plan-targets", "other city", () -> Request.query(PROGRAMME + "&cityCode=370800"))
                // Both parks are overdue as of the first day of 2100; the exports as CSV, whose text the matrix can search.
                .request("GET /api/v1/overdue", "all", () -> Request.query(PROGRAMME + "&asOf=2100-01-01"))
                .request("GET /api/v1/overdue", "own", () -> Request.query(PROGRAMME + "&asOf=2100-01-01&cityCode=370700"))
                .request("GET /api/v1/overdue", "other city", () -> Request.query(PROGRAMME + "&asOf=2100-01-01&cityCode=370800"))
                .request("GET /api/v1/overdue/export", "all", () -> Request.query(PROGRAMME + "&asOf=2100-01-01&format=csv"))
                .request("GET /api/v1/progress/export", "all", () -> Request.query(PROGRAMME + "&asOf=2100-01-01&format=csv"))
                .request("GET /api/v1/dispatch", "all", () -> Request.query(PROGRAMME + "&asOf=2100-01-01"))
                .request("GET /api/v1/forecast", "all", () -> Request.query(PROGRAMME + "&asOf=2098-06-30"))
                .request("GET /api/v1/dispatch", "own", () -> Request.query(PROGRAMME + "&asOf=2100-01-01&cityCode=370700"))
                .request("GET /api/v1/dispatch", "other city", () -> Request.query(PROGRAMME + "&asOf=2100-01-01&cityCode=370800"))
                // Notices: drafted as of 2100-01-01, when both parks are overdue; one park per notice.
                .request("POST /api/v1/notices", "any", () -> Request.body(noticeDraft(P01)))
                .request("GET /api/v1/notices", "all", () -> {
                    published(P01);
                    published(P02);
                    return Request.query("size=200");
                })
                .request("GET /api/v1/notices/{id}", "own", () -> Request.pathValue("id", published(P01)))
                .request("GET /api/v1/notices/{id}", "other city", () -> Request.pathValue("id", published(P02)))
                .request("GET /api/v1/notices/{id}", "draft", () -> Request.pathValue("id", draft(P01)))
                .request("GET /api/v1/notices/{id}", "unknown id", () -> Request.pathValue("id", UUID.randomUUID().toString()))
                .request("PUT /api/v1/notices/{id}", "draft", () -> Request.pathValue("id", draft(P01))
                        .andBody("{\"title\": \"关于2097年度园区循环化改造逾期情况的通报（修改稿）\", \"text\": \"现予通报。\"}"))
                .request("POST /api/v1/notices/{id}/publication", "published", () -> Request.pathValue("id", published(P01)))
                .request("POST /api/v1/notices/{id}/publication", "draft", () -> Request.pathValue("id", draft(P01)))
                // Annual reports (decision 46) of Weifang, the officer's city, and Jining: 2001 read and drafted, 2002
                // a draft to submit, 2003 a submitted report to return. A success announces an event that reporting
                // logs back; the row after it waits for that, so that its refusals meet a quiet database.
                .request("GET /api/v1/annual-reports", "all", () -> Request.query("year=2001"))
                .request("GET /api/v1/annual-reports/{cityCode}/{year}", "own", () -> report("370700", "2001"))
                .request("GET /api/v1/annual-reports/{cityCode}/{year}", "other city", () -> report("370800", "2001"))
                .request("PUT /api/v1/annual-reports/{cityCode}/{year}", "own", () -> {
                    settled();
                    return report("370700", "2001").andBody(TEXTS);
                })
                .request("PUT /api/v1/annual-reports/{cityCode}/{year}", "other city",
                        () -> report("370800", "2001").andBody(TEXTS))
                .request("POST /api/v1/annual-reports/{cityCode}/{year}/submit", "own", () -> report("370700", "2002"))
                .request("POST /api/v1/annual-reports/{cityCode}/{year}/submit", "other city", () -> {
                    awaitLogged("reporting.annual-report-submitted", 2002);
                    return report("370800", "2002");
                })
                .request("POST /api/v1/annual-reports/{cityCode}/{year}/return", "own",
                        () -> report("370700", "2003").andBody("{\"reasons\": [\"请补充。\"]}"))
                .request("GET /api/v1/annual-reports/export", "all", () -> {
                    awaitLogged("reporting.annual-report-returned", 2003);
                    return Request.query("year=2001&format=csv");
                });
        clock.pin(LocalDate.of(2100, 1, 1));
        try {
            matrix.run(dataSource);
        } finally {
            clock.release();
        }
    }

    private static String noticeDraft(String park) {
        return "{\"programmeCode\": \"" + CODE + "\", \"year\": " + (park.equals(P01) ? 2097 : 2098)
                + ", \"title\": \"关于园区循环化改造逾期情况的通报\", \"text\": \"下列园区未按计划完成验收备案，现予通报。\", "
                + "\"parkCodes\": [\"" + park + "\"]}";
    }

    /** A fresh draft naming the park, once earlier publications have come back into the event log. */
    private String draft(String park) {
        settled();
        return given().auth().oauth2(TestTokens.provinceAdmin()).contentType("application/json").body(noticeDraft(park))
                .post("/api/v1/notices").then().statusCode(201).extract().path("id");
    }

    /** A notice naming only this park, published (once per park), and logged back from reporting.events. */
    private String published(String park) {
        String id = published.computeIfAbsent(park, p -> {
            String draft = draft(p);
            given().auth().oauth2(TestTokens.provinceAdmin()).post("/api/v1/notices/" + draft + "/publication")
                    .then().statusCode(200);
            return draft;
        });
        settled();
        return id;
    }

    /**
     * Waits until every published notice's event is back in the event log: the matrix compares every table
     * before and after a refused write, and a publication's event arrives there asynchronously.
     */
    private void settled() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("select count(*) from notice n where n.status = 'PUBLISHED' "
                         + "and not exists (select 1 from event_log e where e.subject = n.id::text)")) {
                rows.next();
                return rows.getLong(1) == 0;
            }
        });
    }

    private static Request report(String city, String year) {
        return Request.pathValue("cityCode", city).andPath("year", year);
    }

    /** Waits until reporting has logged back its own event of this type on Weifang's report for the year. */
    private void awaitLogged(String type, int year) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement("select count(*) from event_log "
                         + "where event_type = ? and subject = '370700' and (data ->> 'year')::int = ?")) {
                query.setString(1, type);
                query.setInt(2, year);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1) > 0;
                }
            }
        });
    }
}
