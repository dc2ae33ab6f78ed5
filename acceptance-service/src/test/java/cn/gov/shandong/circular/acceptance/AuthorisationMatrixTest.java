package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;
import static cn.gov.shandong.circular.acceptance.Fixtures.reviewBody;

import cn.gov.shandong.circular.common.testing.AuthorisationMatrix;
import cn.gov.shandong.circular.common.testing.AuthorisationMatrix.Request;
import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every operation as every caller (docs/authorisation.md, "acceptance-service"), on parks of its own:
 * SDP071 (the manager's park) and SDP072 in Weifang (the officer's city), SDP073 in Jining. Before each
 * cell the park's latest application is brought, through the API and as the roles that may, into the
 * state the row is about: submitted for a review, returned for a resubmission, passed for a filing.
 * Filing is final (a filed park never applies again), so the filing rows stay last in the table.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AuthorisationMatrixTest {

    private static final String WEIFANG = "370700";
    private static final String JINING = "370800";
    private static final Fixtures.Park OWN = new Fixtures.Park("SDP071", "授权矩阵本园区", WEIFANG, "潍坊市", ParkLevel.NATIONAL);
    private static final Fixtures.Park OTHER_PARK = new Fixtures.Park("SDP072", "授权矩阵同城园区", WEIFANG, "潍坊市", ParkLevel.PROVINCIAL);
    private static final Fixtures.Park OTHER_CITY = new Fixtures.Park("SDP073", "授权矩阵外市园区", JINING, "济宁市", ParkLevel.PROVINCIAL);
    private static final String BY_ID = "GET /api/v1/applications/{id}";

    /** What a row needs of its park's latest application. */
    enum Needs { NO_OPEN_APPLICATION, ANY, SUBMITTED, RETURNED, PASSED }

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Test
    void everyCallerGetsWhatTheAuthorisationTableSaysAndNothingOutsideTheirScope() {
        List.of(OWN, OTHER_PARK, OTHER_CITY).forEach(Fixtures::publishParkRegistered);
        // Each park's approved plan, approved by its city, as plans-service announces it.
        List.of(OWN, OTHER_PARK, OTHER_CITY).forEach(park ->
                EventFixtures.publish(Fixtures.approved(UUID.randomUUID(), park.code(), park.cityCode(), 1, 0)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.count(entityManager,
                "select count(*) from park_directory where park_code in ('SDP071', 'SDP072', 'SDP073')") == 3
                && Fixtures.count(entityManager,
                "select count(*) from approved_plan where park_code in ('SDP071', 'SDP072', 'SDP073')") == 3);

        AuthorisationMatrix matrix = AuthorisationMatrix.forService("acceptance-service")
                .scopedCallers(WEIFANG, OWN.code())
                .otherPark("\"SDP072\"", OTHER_PARK.name())
                .otherCity("\"SDP073\"", OTHER_CITY.name(), "\"" + JINING + "\"");
        variants().forEach((variant, park) -> {
            String id = variant.replace(' ', '-');
            matrix.request("POST /api/v1/applications", variant, () -> {
                application(park, Needs.NO_OPEN_APPLICATION);
                return Request.body(applyBody(park.code(), "授权矩阵申请 " + id));
            });
            matrix.request(BY_ID, variant,
                    () -> Request.pathValue("id", application(park, Needs.ANY)));
            matrix.request("POST /api/v1/applications/{id}/review", variant,
                    () -> Request.pathValue("id", application(park, Needs.SUBMITTED))
                            .andBody(reviewBody("RETURNED", null, "请补充材料")));
            matrix.request("POST /api/v1/applications/{id}/resubmission", variant,
                    () -> Request.pathValue("id", application(park, Needs.RETURNED))
                            .andBody("{\"summary\":\"补充材料后重新提交\"}"));
            matrix.request("GET /api/v1/parks/{parkCode}/plan-targets", variant,
                    () -> Request.pathValue("parkCode", park.code()));
            matrix.request("POST /api/v1/applications/{id}/filing", variant,
                    () -> Request.pathValue("id", application(park, Needs.PASSED)).andBody("{\"remarks\":\"备案\"}"));
        });
        matrix.request("GET /api/v1/applications", "all", () -> Request.query("size=200"))
                .request("GET /api/v1/applications", "own", () -> Request.query("parkCode=" + OWN.code()))
                .request("GET /api/v1/applications", "other park", () -> Request.query("parkCode=" + OTHER_PARK.code()))
                .request("GET /api/v1/applications", "other city", () -> Request.query("cityCode=" + JINING))
                .request(BY_ID, "unknown id", () -> Request.pathValue("id", UUID.randomUUID().toString()))
                .request("GET /api/v1/parks/{parkCode}/plan-targets", "unknown id",
                        () -> Request.pathValue("parkCode", "SDP079"));
        spotChecks(matrix);
        matrix.run(dataSource);
    }

    /**
     * The spot-check rows, run after the filings: each round is drawn from one filed park, picked by city and
     * level (SDP071 Weifang national, SDP072 Weifang provincial, SDP073 Jining provincial).
     */
    private void spotChecks(AuthorisationMatrix matrix) {
        String round = "POST /api/v1/spot-checks/{code}";
        matrix.request("POST /api/v1/spot-checks", "any",
                () -> Request.body(SpotCheckTest.drawBody(nextRoundCode(), List.of("NATIONAL"), List.of(WEIFANG),
                        List.of(), 1, null, "matrix", List.of("expert.wang"))))
                .request("GET /api/v1/spot-checks", "all", () -> Request.query("size=200"));
        for (String operation : List.of("GET /api/v1/spot-checks/{code}", "GET /api/v1/spot-checks/{code}/verification")) {
            matrix.request(operation, "assigned", () -> Request.pathValue("code", assignedRound()))
                    .request(operation, "unassigned", () -> Request.pathValue("code", unassignedRound()))
                    .request(operation, "unknown id", () -> Request.pathValue("code", "2099-99"));
        }
        matrix.request(round + "/findings", "assigned", () -> Request.pathValue("code", drawn(OWN, "expert.wang"))
                        .andBody(SpotCheckTest.findingBody(OWN.code(), "CONFIRMED", null, "授权矩阵核查属实")))
                .request(round + "/findings", "unassigned", () -> Request.pathValue("code", drawn(OTHER_CITY, "expert.zhao"))
                        .andBody(SpotCheckTest.findingBody(OTHER_CITY.code(), "CONFIRMED", null, "授权矩阵核查属实")))
                .request(round + "/findings/{parkCode}/resolution", "assigned", () -> rectifying(OWN, "expert.wang"))
                .request(round + "/findings/{parkCode}/resolution", "unassigned", () -> rectifying(OTHER_CITY, "expert.zhao"))
                .request(round + "/closure", "assigned", () -> {
                    String code = drawn(OTHER_PARK, "expert.wang");
                    as(TestTokens.provinceAdmin()).body(SpotCheckTest.findingBody(OTHER_PARK.code(), "CONFIRMED", null, "属实"))
                            .post("/api/v1/spot-checks/" + code + "/findings").then().statusCode(201);
                    return Request.pathValue("code", code);
                })
                .request("GET /api/v1/spot-check-findings", "all", () -> Request.query("size=200"))
                .request("GET /api/v1/spot-check-findings", "own", () -> Request.query("parkCode=" + OWN.code()))
                .request("GET /api/v1/spot-check-findings", "other park", () -> Request.query("parkCode=" + OTHER_PARK.code()))
                .request("GET /api/v1/spot-check-findings", "other city", () -> Request.query("cityCode=" + JINING));
    }

    private int roundsDrawn;
    private String assigned;
    private String unassigned;

    private String nextRoundCode() {
        String code = "%04d-%02d".formatted(2200 + roundsDrawn / 90, 10 + roundsDrawn % 90);
        roundsDrawn++;
        return code;
    }

    private String assignedRound() {
        if (assigned == null) {
            assigned = drawn(OWN, "expert.wang");
        }
        return assigned;
    }

    private String unassignedRound() {
        if (unassigned == null) {
            unassigned = drawn(OTHER_CITY, "expert.zhao");
        }
        return unassigned;
    }

    /** A new round whose population (and so sample) is the park alone, with this expert. */
    private String drawn(Fixtures.Park park, String expert) {
        String code = nextRoundCode();
        as(TestTokens.provinceAdmin())
                .body(SpotCheckTest.drawBody(code, List.of(park.level().name()), List.of(park.cityCode()), List.of(), 1,
                        null, "matrix", List.of(expert)))
                .post("/api/v1/spot-checks").then().statusCode(201).body("sample[0].parkCode", org.hamcrest.Matchers.equalTo(park.code()));
        return code;
    }

    /** A new round whose finding about the park requires rectification: the resolution confirms it. */
    private Request rectifying(Fixtures.Park park, String expert) {
        String code = drawn(park, expert);
        as(TestTokens.provinceAdmin())
                .body(SpotCheckTest.findingBody(park.code(), "RECTIFICATION_REQUIRED",
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString(), "限期整改"))
                .post("/api/v1/spot-checks/" + code + "/findings").then().statusCode(201);
        return Request.pathValue("code", code).andPath("parkCode", park.code())
                .andBody(SpotCheckTest.resolutionBody("CONFIRMED", "已按期整改"));
    }

    private static java.util.Map<String, Fixtures.Park> variants() {
        java.util.Map<String, Fixtures.Park> variants = new java.util.LinkedHashMap<>();
        variants.put("own", OWN);
        variants.put("other park", OTHER_PARK);
        variants.put("other city", OTHER_CITY);
        return variants;
    }

    /** The id of the park's latest application once it is as the row needs (empty for "no open application"). */
    private String application(Fixtures.Park park, Needs needs) {
        for (int step = 0; step < 6; step++) {
            Object[] latest = latest(park.code());
            String id = latest == null ? null : latest[0].toString();
            String status = latest == null ? null : (String) latest[1];
            boolean closed = status == null || status.equals("FAILED");
            switch (needs) {
                case NO_OPEN_APPLICATION -> {
                    if (closed) {
                        return "";
                    }
                }
                case ANY -> {
                    if (id != null) {
                        return id;
                    }
                }
                default -> {
                    if (needs.name().equals(status)) {
                        return id;
                    }
                }
            }
            if (closed) {
                apply(park);
            } else if (status.equals("SUBMITTED")) {
                review(park, id, needs == Needs.PASSED ? reviewBody("PASSED", 85, "通过")
                        : needs == Needs.RETURNED ? reviewBody("RETURNED", null, "请补充材料")
                        : reviewBody("FAILED", 40, "未通过"));
            } else if (status.equals("RETURNED")) {
                as(TestTokens.parkManager(park.code())).body("{\"summary\":\"补充材料后重新提交\"}")
                        .post("/api/v1/applications/" + id + "/resubmission").then().statusCode(200);
            } else {
                throw new IllegalStateException("park " + park.code() + "'s application is " + status
                        + " and cannot become " + needs + "; a filing is final, keep the filing rows last in the table");
            }
        }
        throw new IllegalStateException("park " + park.code() + " did not reach " + needs);
    }

    private static void apply(Fixtures.Park park) {
        as(TestTokens.parkManager(park.code())).body(applyBody(park.code(), "授权矩阵的前置申请"))
                .post("/api/v1/applications").then().statusCode(201);
    }

    private static void review(Fixtures.Park park, String id, String body) {
        as(TestTokens.cityOfficer(park.cityCode())).body(body)
                .post("/api/v1/applications/" + id + "/review").then().statusCode(200);
    }

    /** The park's newest application: id and status, or null. */
    private Object[] latest(String parkCode) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select cast(id as text), status from acceptance_application where park_code = :park "
                                + "order by submitted_at desc limit 1")
                .setParameter("park", parkCode)
                .getResultList());
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }
}
