package cn.gov.shandong.circular.plans;

import static cn.gov.shandong.circular.plans.PlanFixtures.PLANS;
import static cn.gov.shandong.circular.plans.PlanFixtures.as;

import cn.gov.shandong.circular.common.testing.AuthorisationMatrix;
import cn.gov.shandong.circular.common.testing.AuthorisationMatrix.Request;
import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every operation as every caller, against the seeded 2018-2020 schedule with Jinan's and Qingdao's parks
 * announced: own park SDP001 and other park SDP002 in Jinan, other city's park SDP006 in Qingdao
 * (docs/authorisation.md, "plans-service"). Before each implementation plan cell the park's latest version
 * is brought, through the API and as the roles that may, into the state the row needs.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    private static final String SCHEDULE = "GET /api/v1/programmes/{code}/schedule";
    private static final String PARK_SCHEDULE = "GET /api/v1/parks/{parkCode}/schedule";
    private static final String SUPERVISION = "/api/v1/supervision-records";
    private static final String OF_PARK = "/api/v1/parks/{parkCode}/supervision-records";
    private static final String VISIT = "{\"visitedOn\":\"2019-05-16\",\"findings\":\"重点项目按计划推进。\","
            + "\"problems\":[\"固废台账不完整。\"],\"actions\":[{\"description\":\"完善固废台账。\",\"deadline\":\"2019-08-31\"}]}";
    private static final String RESOLUTION = "{\"resolvedOn\":\"2019-08-20\",\"resolution\":\"台账已建立。\"}";
    private static final String JINAN = "370100";
    private static final String QINGDAO = "370200";

    /** What a row needs of the park's plan. */
    enum Needs { ANY, EDITABLE, SUBMITTED, APPROVED_LATEST, SOME_APPROVED }

    @Inject
    DataSource dataSource;

    @Inject
    RegistryFeed feed;

    @Inject
    EntityManager entityManager;

    @Test
    void everyCallerGetsWhatTheAuthorisationTableSaysAndNothingOutsideTheirScope() {
        feed.registerAndAwait(RegistryFeed.JINAN);
        feed.registerAndAwait(RegistryFeed.QINGDAO);
        AuthorisationMatrix matrix = AuthorisationMatrix.forService("plans-service")
                .scopedCallers(JINAN, "SDP001")
                .otherPark("\"SDP002\"")
                .otherCity("\"SDP006\"", "\"SDP007\"", "\"" + QINGDAO + "\"")
                .request("GET /api/v1/programmes/{code}", "any", () -> Request.pathValue("code", "2018-2020"))
                .request(SCHEDULE, "all", () -> Request.pathValue("code", "2018-2020").andQuery("size=200"))
                .request(SCHEDULE, "own", () -> Request.pathValue("code", "2018-2020").andQuery("cityCode=370100&size=200"))
                .request(SCHEDULE, "other city", () -> Request.pathValue("code", "2018-2020").andQuery("cityCode=370200&size=200"))
                .request(PARK_SCHEDULE, "own", () -> Request.pathValue("parkCode", "SDP001"))
                .request(PARK_SCHEDULE, "other park", () -> Request.pathValue("parkCode", "SDP002"))
                .request(PARK_SCHEDULE, "other city", () -> Request.pathValue("parkCode", "SDP006"))
                .request(PARK_SCHEDULE, "unknown id", () -> Request.pathValue("parkCode", "SDP999"));

        programmeRows(matrix);

        Map<String, String> parks = new LinkedHashMap<>();
        parks.put("own", "SDP001");
        parks.put("other park", "SDP002");
        parks.put("other city", "SDP006");
        String content = PlanFixtures.content(PlanFixtures.coreIndicators(), PlanFixtures.project("授权矩阵项目")).toString();
        parks.forEach((variant, park) -> {
            // The create's body names the park; the own park has no plan until the manager's cell makes it.
            matrix.request("POST " + PLANS, variant, () -> Request.body(body(park)));
            matrix.request("GET " + PLANS + "/{id}", variant, () -> Request.pathValue("id", version(park, Needs.ANY)));
            matrix.request("PUT " + PLANS + "/{id}", variant,
                    () -> Request.pathValue("id", version(park, Needs.EDITABLE)).andBody(content));
            matrix.request("POST " + PLANS + "/{id}/submission", variant,
                    () -> Request.pathValue("id", version(park, Needs.EDITABLE)));
            matrix.request("POST " + PLANS + "/{id}/decision", variant,
                    () -> Request.pathValue("id", version(park, Needs.SUBMITTED))
                            .andBody("{\"outcome\":\"RETURNED\",\"reasons\":\"请补充基准年数据\"}"));
            matrix.request("POST " + PLANS + "/{id}/revisions", variant,
                    () -> Request.pathValue("id", version(park, Needs.APPROVED_LATEST)));
            matrix.request("GET /api/v1/parks/{parkCode}/implementation-plan", variant, () -> {
                version(park, Needs.SOME_APPROVED);
                return Request.pathValue("parkCode", park);
            });
            matrix.request("GET /api/v1/parks/{parkCode}/implementation-plan/history", variant,
                    () -> Request.pathValue("parkCode", park));
            matrix.request("GET /api/v1/parks/{parkCode}/projects", variant, () -> {
                version(park, Needs.SOME_APPROVED);
                return Request.pathValue("parkCode", park);
            });
            matrix.request("POST /api/v1/parks/{parkCode}/projects/{projectId}/progress", variant,
                    () -> Request.pathValue("parkCode", park).andPath("projectId", approvedProject(park))
                            .andBody("{\"reportedOn\":\"2019-06-30\",\"percentComplete\":40,\"investmentToDate\":3000}"));
            matrix.request("GET /api/v1/parks/{parkCode}/projects/{projectId}/progress", variant,
                    () -> Request.pathValue("parkCode", park).andPath("projectId", approvedProject(park)));
            matrix.request("POST " + OF_PARK, variant, () -> Request.pathValue("parkCode", park).andBody(VISIT));
            matrix.request("GET " + OF_PARK, variant, () -> {
                supervisionRecord(park);
                return Request.pathValue("parkCode", park);
            });
            matrix.request("GET " + SUPERVISION + "/{id}", variant,
                    () -> Request.pathValue("id", (String) supervisionRecord(park).get("id")));
            matrix.request("POST " + SUPERVISION + "/{id}/actions/{actionId}/resolution", variant, () -> {
                // A fresh record per cell: an action is resolved once.
                Map<String, Object> record = newSupervisionRecord(park);
                return Request.pathValue("id", (String) record.get("id"))
                        .andPath("actionId", (String) record.get("actionId")).andBody(RESOLUTION);
            });
        });
        matrix.request("GET " + PLANS, "all", () -> Request.query("size=200"))
                .request("GET " + PLANS, "own", () -> Request.query("parkCode=SDP001"))
                .request("GET " + PLANS, "other park", () -> Request.query("parkCode=SDP002"))
                .request("GET " + PLANS, "other city", () -> Request.query("cityCode=" + QINGDAO))
                .request("GET " + PLANS + "/{id}", "unknown id", () -> Request.pathValue("id", UUID.randomUUID().toString()))
                .request("GET /api/v1/parks/{parkCode}/implementation-plan", "unknown id",
                        () -> Request.pathValue("parkCode", "SDP999"))
                .request("GET /api/v1/parks/{parkCode}/implementation-plan/history", "unknown id",
                        () -> Request.pathValue("parkCode", "SDP999"))
                .request("GET /api/v1/parks/{parkCode}/projects", "unknown id", () -> Request.pathValue("parkCode", "SDP999"))
                .request("GET /api/v1/investment-totals", "all", Request::none)
                .request("GET /api/v1/investment-totals", "own", () -> Request.query("cityCode=" + JINAN))
                .request("GET /api/v1/investment-totals", "other city", () -> Request.query("cityCode=" + QINGDAO))
                .request("GET /api/v1/indicators", "any", Request::none)
                .request("POST " + OF_PARK, "unknown id", () -> Request.pathValue("parkCode", "SDP999").andBody(VISIT))
                .request("GET " + OF_PARK, "unknown id", () -> Request.pathValue("parkCode", "SDP999"))
                .request("GET " + SUPERVISION, "all", () -> Request.query("size=200"))
                .request("GET " + SUPERVISION, "own", () -> Request.query("parkCode=SDP001"))
                .request("GET " + SUPERVISION, "other park", () -> Request.query("parkCode=SDP002"))
                .request("GET " + SUPERVISION, "other city", () -> Request.query("cityCode=" + QINGDAO))
                .request("GET " + SUPERVISION + "/{id}", "unknown id",
                        () -> Request.pathValue("id", UUID.randomUUID().toString()))
                .request("POST " + SUPERVISION + "/{id}/actions/{actionId}/resolution", "unknown id",
                        () -> Request.pathValue("id", UUID.randomUUID().toString())
                                .andPath("actionId", UUID.randomUUID().toString()).andBody(RESOLUTION));
        promotionPlanRequests(matrix);
        matrix.run(dataSource);
    }

    private static final String PROGRAMMES = "/api/v1/programmes";
    private static final String DEFINITION = "{\"name\":\"授权矩阵推进方案\",\"document\":\"鲁工信资〔2030〕1号\","
            + "\"startYear\":2030,\"endYear\":2035,\"goals\":{\"nationalShare\":1.00,\"provincialShare\":0.50}}";
    private int programmes;

    /**
     * Programme writes: each cell gets a fresh programme (codes 2101-2130, 2102-2130, ...) in the state it
     * needs. The parks they schedule are SDP005 (a park of the officer's city whose schedule no other test
     * reads), so the seeded schedules other tests check stay as seeded; only the province may write here.
     */
    private void programmeRows(AuthorisationMatrix matrix) {
        matrix.request("POST " + PROGRAMMES, "any",
                        () -> Request.body("{\"code\":\"" + nextCode() + "\",\"definition\":" + DEFINITION + "}"))
                .request("PUT " + PROGRAMMES + "/{code}", "any",
                        () -> Request.pathValue("code", programme(false, null)).andBody(DEFINITION))
                .request("PUT " + PROGRAMMES + "/{code}", "unknown id",
                        () -> Request.pathValue("code", "2099-2099").andBody(DEFINITION))
                .request("POST " + PROGRAMMES + "/{code}/activation", "any",
                        () -> Request.pathValue("code", programme(false, null)))
                .request("POST " + PROGRAMMES + "/{code}/closure", "any",
                        () -> Request.pathValue("code", programme(true, null)))
                .request("POST " + PROGRAMMES + "/{code}/schedule", "any",
                        () -> Request.pathValue("code", programme(false, null))
                                .andBody("{\"entries\":[{\"parkCode\":\"SDP005\",\"year\":2031}]}"))
                .request("POST " + PROGRAMMES + "/{code}/schedule/{parkCode}/rescheduling", "other park",
                        () -> Request.pathValue("code", programme(true, "SDP005")).andPath("parkCode", "SDP005")
                                .andBody("{\"year\":2032,\"reason\":\"顺延一年\"}"))
                .request("POST " + PROGRAMMES + "/{code}/schedule/{parkCode}/withdrawal", "other park",
                        () -> Request.pathValue("code", programme(true, "SDP005")).andPath("parkCode", "SDP005")
                                .andBody("{\"reason\":\"已完成改造\"}"));
        Map<String, String> parks = Map.of("own", "SDP001", "other park", "SDP002", "other city", "SDP006",
                "unknown id", "SDP999");
        parks.forEach((variant, park) -> matrix
                .request("GET " + PROGRAMMES + "/{code}/schedule/{parkCode}", variant,
                        () -> Request.pathValue("code", "2018-2020").andPath("parkCode", park))
                .request("GET " + PROGRAMMES + "/{code}/schedule/{parkCode}/history", variant,
                        () -> Request.pathValue("code", "2018-2020").andPath("parkCode", park)));
    }

    private String nextCode() {
        programmes++;
        return (2100 + programmes) + "-2130";
    }

    /** A fresh programme with years 2030-2035 (code 21nn-2130), in force or a draft, with the park scheduled if given. */
    private String programme(boolean active, String park) {
        String code = nextCode();
        String admin = TestTokens.provinceAdmin();
        as(admin).body("{\"code\":\"" + code + "\",\"definition\":" + DEFINITION + "}").post(PROGRAMMES)
                .then().statusCode(201);
        if (park != null) {
            as(admin).body("{\"entries\":[{\"parkCode\":\"" + park + "\",\"year\":2031}]}")
                    .post(PROGRAMMES + "/" + code + "/schedule").then().statusCode(201);
        }
        if (active) {
            as(admin).post(PROGRAMMES + "/" + code + "/activation").then().statusCode(200);
        }
        return code;
    }

    private final Map<String, Map<String, Object>> supervisionRecords = new LinkedHashMap<>();

    /** One supervision record of the park, made once by an officer of its city. */
    private Map<String, Object> supervisionRecord(String park) {
        return supervisionRecords.computeIfAbsent(park, this::newSupervisionRecord);
    }

    /** A new supervision record of the park with one open action: its id and the action's id. */
    private Map<String, Object> newSupervisionRecord(String park) {
        var created = as(TestTokens.cityOfficer(cityOf(park))).body(VISIT)
                .post(OF_PARK, park).then().statusCode(201).extract();
        return Map.of("id", created.path("id"), "actionId", created.path("actions[0].id"));
    }

    private static String body(String park) {
        return PlanFixtures.draft(park, PlanFixtures.coreIndicators(), PlanFixtures.project("授权矩阵项目")).toString();
    }

    private static String cityOf(String park) {
        return park.equals("SDP006") ? QINGDAO : JINAN;
    }

    /** The id of the park's latest version once it is as the row needs (creating the plan if there is none). */
    private String version(String park, Needs needs) {
        for (int step = 0; step < 8; step++) {
            Object[] latest = latest(park, null);
            if (latest == null) {
                as(TestTokens.parkManager(park)).body(body(park)).post(PLANS).then().statusCode(201);
                continue;
            }
            String id = (String) latest[0];
            String status = (String) latest[1];
            if (needs == Needs.SOME_APPROVED && latest(park, "APPROVED") != null) {
                return (String) latest(park, "APPROVED")[0];
            }
            boolean done = switch (needs) {
                case ANY -> true;
                case EDITABLE -> status.equals("DRAFT") || status.equals("RETURNED");
                case SUBMITTED -> status.equals("SUBMITTED");
                case APPROVED_LATEST, SOME_APPROVED -> status.equals("APPROVED");
            };
            if (done) {
                return id;
            }
            switch (status) {
                case "DRAFT", "RETURNED" -> as(TestTokens.parkManager(park)).post(PLANS + "/" + id + "/submission")
                        .then().statusCode(200);
                case "SUBMITTED" -> as(TestTokens.cityOfficer(cityOf(park)))
                        .body(needs == Needs.EDITABLE ? "{\"outcome\":\"RETURNED\",\"reasons\":\"请修改\"}"
                                : "{\"outcome\":\"APPROVED\"}")
                        .post(PLANS + "/" + id + "/decision").then().statusCode(200);
                case "APPROVED" -> as(TestTokens.parkManager(park)).post(PLANS + "/" + id + "/revisions")
                        .then().statusCode(201);
                default -> throw new IllegalStateException("park " + park + "'s latest version is " + status);
            }
        }
        throw new IllegalStateException("park " + park + "'s plan did not reach " + needs);
    }

    /** A project of the park's approved version. */
    private String approvedProject(String park) {
        String plan = version(park, Needs.SOME_APPROVED);
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select cast(project_id as text) from plan_project where plan_id = cast(:plan as uuid) "
                                + "order by position limit 1")
                .setParameter("plan", plan).getSingleResult());
    }

    /** The park's newest version (of this status, if given): id and status, or null. */
    private Object[] latest(String park, String status) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select cast(id as text), status from implementation_plan where park_code = :park"
                                + (status == null ? "" : " and status = '" + status + "'")
                                + " order by revision desc limit 1")
                .setParameter("park", park)
                .getResultList());
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    // ----- city promotion plans (推进计划): 济南 2020 (own), 青岛 2018 (other city) -----

    private static final String PROMOTION = "/api/v1/promotion-plans";

    /** What a promotion plan row needs of the city's plan. */
    enum PromotionNeeds { ANY, EDITABLE, SUBMITTED, ACKNOWLEDGED_LATEST }

    private void promotionPlanRequests(AuthorisationMatrix matrix) {
        Map<String, String> cities = new LinkedHashMap<>();
        cities.put("own", JINAN);
        cities.put("other city", QINGDAO);
        cities.forEach((variant, city) -> {
            matrix.request("POST " + PROMOTION, variant, () -> Request.body(promotionDraft(city)));
            matrix.request("GET " + PROMOTION + "/candidate-parks", variant,
                    () -> Request.query("cityCode=" + city + "&year=" + promotionYear(city)));
            matrix.request("GET " + PROMOTION + "/{id}", variant,
                    () -> Request.pathValue("id", promotion(city, PromotionNeeds.ANY)));
            matrix.request("PUT " + PROMOTION + "/{id}", variant,
                    () -> Request.pathValue("id", promotion(city, PromotionNeeds.EDITABLE)).andBody(promotionContent(city)));
            matrix.request("POST " + PROMOTION + "/{id}/submission", variant,
                    () -> Request.pathValue("id", promotion(city, PromotionNeeds.EDITABLE)));
            matrix.request("POST " + PROMOTION + "/{id}/decision", variant,
                    () -> Request.pathValue("id", promotion(city, PromotionNeeds.SUBMITTED))
                            .andBody("{\"outcome\":\"RETURNED\",\"comments\":\"请补充时间节点\"}"));
            matrix.request("POST " + PROMOTION + "/{id}/revisions", variant,
                    () -> Request.pathValue("id", promotion(city, PromotionNeeds.ACKNOWLEDGED_LATEST)));
            matrix.request("GET " + PROMOTION + "/{id}/comparison", variant, () -> {
                String id = promotion(city, PromotionNeeds.ANY);
                return Request.pathValue("id", id).andQuery("from=" + id);
            });
            matrix.request("POST " + PROMOTION + "/{id}/milestones/{milestoneId}/completion", variant, () -> {
                String[] inForce = openMilestoneInForce(city);
                return Request.pathValue("id", inForce[0]).andPath("milestoneId", inForce[1])
                        .andBody("{\"doneOn\":\"2020-06-30\"}");
            });
        });
        matrix.request("GET " + PROMOTION, "all", () -> Request.query("size=200"))
                .request("GET " + PROMOTION, "own", () -> Request.query("cityCode=" + JINAN))
                .request("GET " + PROMOTION, "other city", () -> Request.query("cityCode=" + QINGDAO))
                .request("GET " + PROMOTION + "/{id}", "unknown id", () -> Request.pathValue("id", UUID.randomUUID().toString()));
    }

    private static int promotionYear(String city) {
        return city.equals(QINGDAO) ? 2018 : 2020;
    }

    /** The city's parks scheduled in its year, each with five milestones (each matrix run marks some done). */
    private static String promotionParks(String city) {
        int year = promotionYear(city);
        List<String> parks = city.equals(QINGDAO) ? List.of("SDP006", "SDP007") : List.of("SDP002", "SDP003");
        StringBuilder json = new StringBuilder("[");
        for (String park : parks) {
            json.append(json.length() > 1 ? "," : "").append("{\"parkCode\":\"").append(park)
                    .append("\",\"contents\":\"授权矩阵改造内容\",\"milestones\":[");
            for (int month = 1; month <= 5; month++) {
                json.append(month > 1 ? "," : "").append("{\"date\":\"").append(year).append("-0").append(month)
                        .append("-28\",\"description\":\"节点").append(month).append("\"}");
            }
            json.append("]}");
        }
        return json.append("]").toString();
    }

    private static String promotionDraft(String city) {
        return "{\"cityCode\":\"" + city + "\",\"year\":" + promotionYear(city) + ",\"parks\":" + promotionParks(city) + "}";
    }

    private static String promotionContent(String city) {
        return "{\"parks\":" + promotionParks(city) + "}";
    }

    /** The id of the city's latest version once it is as the row needs (creating the plan if there is none). */
    private String promotion(String city, PromotionNeeds needs) {
        String officer = TestTokens.cityOfficer(city);
        for (int step = 0; step < 8; step++) {
            Object[] latest = latestPromotion(city, null);
            if (latest == null) {
                as(officer).body(promotionDraft(city)).post(PROMOTION).then().statusCode(201);
                continue;
            }
            String id = (String) latest[0];
            String status = (String) latest[1];
            boolean done = switch (needs) {
                case ANY -> true;
                case EDITABLE -> status.equals("DRAFT") || status.equals("RETURNED");
                case SUBMITTED -> status.equals("SUBMITTED");
                case ACKNOWLEDGED_LATEST -> status.equals("ACKNOWLEDGED");
            };
            if (done) {
                return id;
            }
            switch (status) {
                case "DRAFT", "RETURNED" -> as(officer).post(PROMOTION + "/" + id + "/submission").then().statusCode(200);
                case "SUBMITTED" -> as(TestTokens.provinceAdmin())
                        .body(needs == PromotionNeeds.EDITABLE ? "{\"outcome\":\"RETURNED\",\"comments\":\"请修改\"}"
                                : "{\"outcome\":\"ACKNOWLEDGED\"}")
                        .post(PROMOTION + "/" + id + "/decision").then().statusCode(200);
                case "ACKNOWLEDGED" -> as(officer).post(PROMOTION + "/" + id + "/revisions").then().statusCode(201);
                default -> throw new IllegalStateException(city + "'s latest promotion plan is " + status);
            }
        }
        throw new IllegalStateException(city + "'s promotion plan did not reach " + needs);
    }

    /** The city's acknowledged version and one of its milestones not yet done. */
    private String[] openMilestoneInForce(String city) {
        if (latestPromotion(city, "ACKNOWLEDGED") == null) {
            promotion(city, PromotionNeeds.ACKNOWLEDGED_LATEST);
        }
        String plan = (String) latestPromotion(city, "ACKNOWLEDGED")[0];
        String milestone = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select cast(milestone_id as text) from promotion_milestone where plan_id = cast(:plan as uuid) "
                                + "and done_on is null order by park_code, position limit 1")
                .setParameter("plan", plan).getSingleResult());
        return new String[] {plan, milestone};
    }

    /** The city's newest promotion plan version (of this status, if given): id and status, or null. */
    private Object[] latestPromotion(String city, String status) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select cast(id as text), status from promotion_plan where city_code = :city and year = :year"
                                + (status == null ? "" : " and status = '" + status + "'")
                                + " order by revision desc limit 1")
                .setParameter("city", city).setParameter("year", promotionYear(city))
                .getResultList());
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }
}
