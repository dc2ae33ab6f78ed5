package cn.gov.shandong.circular.plans;

import static cn.gov.shandong.circular.plans.PlanFixtures.PLANS;
import static cn.gov.shandong.circular.plans.PlanFixtures.TAIAN;
import static cn.gov.shandong.circular.plans.PlanFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ProjectProgressed;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Projects of an approved plan, their dated progress (定期调度) and the investment totals. Parks of 泰安. */
@QuarkusTest
class ProjectProgressTest {

    static final RegistryFeed.Park NINGYANG = new RegistryFeed.Park("SDP048", "宁阳经济开发区", TAIAN, "泰安市",
            ParkLevel.PROVINCIAL);
    static final RegistryFeed.Park TAIAN_HIGH_TECH = new RegistryFeed.Park("SDP049", "泰安高新区", TAIAN, "泰安市",
            ParkLevel.NATIONAL);
    static final RegistryFeed.Park DAIYUE = new RegistryFeed.Park("SDP050", "岱岳经济开发区", TAIAN, "泰安市",
            ParkLevel.PROVINCIAL);

    @Inject
    RegistryFeed feed;

    @BeforeEach
    void parksAreKnown() {
        feed.registerAndAwait(List.of(NINGYANG, TAIAN_HIGH_TECH, DAIYUE));
    }

    @Test
    void theParkRecordsDatedProgressOfItsApprovedProjectsAndTheHistoryIsKept() {
        String manager = TestTokens.parkManager("SDP048");
        ObjectNode heat = PlanFixtures.project("余热梯级利用").put("kind", "ENERGY_CASCADE_USE").put("totalInvestment", 1200);
        heat.putObject("funding").put("enterprise", 1000).put("bankCredit", 200);
        String plan = PlanFixtures.approvedPlan("SDP048", TAIAN, PlanFixtures.project("中水回用"), heat);
        List<String> projects = as(manager).get(PLANS + "/{id}", plan).then().statusCode(200)
                .extract().path("projects.id");

        String progress = "/api/v1/parks/SDP048/projects/{project}/progress";
        as(manager).header("Idempotency-Key", "sdp048-progress-1")
                .body("{\"reportedOn\":\"2018-12-31\",\"percentComplete\":30,\"investmentToDate\":2500,\"note\":\"管网开工\"}")
                .post(progress, projects.get(0))
                .then().statusCode(201)
                .body("projectId", equalTo(projects.get(0)))
                .body("planId", equalTo(plan))
                .body("percentComplete", equalTo(30))
                .body("recordedBy", equalTo("manager.SDP048"));
        as(manager).header("Idempotency-Key", "sdp048-progress-1")
                .body("{\"reportedOn\":\"2018-12-31\",\"percentComplete\":30,\"investmentToDate\":2500,\"note\":\"管网开工\"}")
                .post(progress, projects.get(0))
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        as(manager).body("{\"reportedOn\":\"2019-06-30\",\"percentComplete\":45.5,\"investmentToDate\":3200.5}")
                .post(progress, projects.get(0))
                .then().statusCode(201);

        as(TestTokens.cityOfficer(TAIAN)).get(progress, projects.get(0))
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.reportedOn", contains("2019-06-30", "2018-12-31"))
                .body("items[0].investmentToDate", equalTo(3200.5f))
                .body("items[1].note", equalTo("管网开工"));
        as(TestTokens.integration()).get("/api/v1/parks/SDP048/projects")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.project.name", contains("中水回用", "余热梯级利用"))
                .body("items[0].planId", equalTo(plan))
                .body("items[0].latestProgress.percentComplete", equalTo(45.5f))
                .body("items[1].latestProgress", nullValue());

        // Refused: a percentage over 100, a day in the future, a project of no approved plan, another park.
        String tomorrow = LocalDate.now().plusDays(2).toString();
        as(manager).body("{\"reportedOn\":\"" + tomorrow + "\",\"percentComplete\":100.5,\"investmentToDate\":1}")
                .post(progress, projects.get(0))
                .then().statusCode(400).body("violations.field", contains("reportedOn", "percentComplete"));
        as(manager).body("{\"reportedOn\":\"2019-06-30\",\"percentComplete\":50,\"investmentToDate\":1}")
                .post(progress, "00000000-0000-4000-8000-000000000048")
                .then().statusCode(404);
        as(TestTokens.parkManager("SDP049")).body("{\"reportedOn\":\"2019-06-30\",\"percentComplete\":50,\"investmentToDate\":1}")
                .post(progress, projects.get(0))
                .then().statusCode(404);
        assertThat(feed.count("select count(*) from project_progress where park_code = :p", "SDP048")).isEqualTo(2);

        // Consumers read the progress on plans.events, with the project's name and the values in their units.
        List<IncomingEvent> events = PlanFixtures.eventsAbout(Set.of(projects.get(0)), 2).stream()
                .filter(e -> e.type().equals(ProjectProgressed.TYPE)).toList();
        assertThat(events).hasSize(2);
        ProjectProgressed latest = events.get(1).dataAs(ProjectProgressed.class);
        assertThat(latest.projectName()).isEqualTo("中水回用");
        assertThat(latest.cityCode()).isEqualTo(TAIAN);
        assertThat(latest.reportedOn()).isEqualTo(LocalDate.parse("2019-06-30"));
        assertThat(latest.percentComplete()).isEqualTo(45.5);
        assertThat(latest.investmentToDate()).isEqualTo(3200.5);
        assertThat(events.get(1).actor()).isEqualTo("manager.SDP048");
    }

    @Test
    void investmentTotalsAddUpTheApprovedPlansOfACityBySource() {
        // SDP049: approved, 8600 万元. SDP050: only a draft, not counted.
        PlanFixtures.approvedPlan("SDP049", TAIAN, PlanFixtures.project("高新区中水回用"));
        as(TestTokens.parkManager("SDP050"))
                .body(PlanFixtures.draft("SDP050", PlanFixtures.coreIndicators(), PlanFixtures.project("草稿项目")).toString())
                .post(PLANS).then().statusCode(201);
        long approvedInTaian = feed.count("select count(*) from implementation_plan where city_code = :p "
                + "and status = 'APPROVED'", TAIAN);
        long projectsInTaian = feed.count("select count(*) from plan_project pp join implementation_plan p "
                + "on p.id = pp.plan_id where p.city_code = :p and p.status = 'APPROVED'", TAIAN);
        assertThat(approvedInTaian).isBetween(1L, 2L);

        // The officer's own city; the province names it; the other test's park SDP048 may count too.
        var officer = as(TestTokens.cityOfficer(TAIAN)).get("/api/v1/investment-totals")
                .then().statusCode(200)
                .body("cityCode", equalTo(TAIAN))
                .body("plans", equalTo((int) approvedInTaian))
                .body("projects", equalTo((int) projectsInTaian))
                .extract().jsonPath();
        double total = officer.getDouble("totalInvestment");
        double bySource = officer.getDouble("bySource.enterprise") + officer.getDouble("bySource.centralBudget")
                + officer.getDouble("bySource.provincialSpecialFunds") + officer.getDouble("bySource.bankCredit")
                + officer.getDouble("bySource.other");
        assertThat(bySource).isEqualTo(total);
        assertThat(officer.getDouble("bySource.centralBudget")).isEqualTo(1000.0 * projectsInTaianWithCentralBudget());
        as(TestTokens.provinceAdmin()).queryParam("cityCode", TAIAN).get("/api/v1/investment-totals")
                .then().statusCode(200).body("totalInvestment", equalTo(officer.get("totalInvestment")));
        as(TestTokens.auditor()).queryParam("programmeCode", "2018-2020").get("/api/v1/investment-totals")
                .then().statusCode(200).body("cityCode", nullValue()).body("programmeCode", equalTo("2018-2020"));
        as(TestTokens.cityOfficer(TAIAN)).queryParam("cityCode", "370100").get("/api/v1/investment-totals")
                .then().statusCode(403).body("type", equalTo("urn:circular-parks:problem:out-of-scope"));
        as(TestTokens.parkManager("SDP049")).get("/api/v1/investment-totals")
                .then().statusCode(403).body("type", equalTo("urn:circular-parks:problem:role-not-allowed"));
    }

    /** Projects of approved Tai'an plans with a central budget share (every fixture project has 1000 but the heat one). */
    private long projectsInTaianWithCentralBudget() {
        return feed.count("select count(*) from plan_project pp join implementation_plan p on p.id = pp.plan_id "
                + "where p.city_code = :p and p.status = 'APPROVED' and pp.funding_central_budget > 0", TAIAN);
    }

    @Test
    void plansAreListedByCityYearParkAndStatusWithinTheCallersScope() {
        as(TestTokens.cityOfficer(TAIAN)).queryParam("cityCode", TAIAN).queryParam("year", 2020)
                .queryParam("status", "approved").queryParam("size", 200)
                .get(PLANS)
                .then().statusCode(200)
                .body("items.cityCode.unique()", org.hamcrest.Matchers.everyItem(equalTo(TAIAN)))
                .body("items.status.unique()", org.hamcrest.Matchers.everyItem(equalTo("APPROVED")))
                // SDP048 is scheduled for 2019: not listed under 2020.
                .body("items.parkCode", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("SDP048")));
        as(TestTokens.parkManager("SDP050")).get(PLANS).then().statusCode(200)
                .body("items.parkCode.unique()", org.hamcrest.Matchers.everyItem(equalTo("SDP050")));
        as(TestTokens.parkManager("SDP050")).queryParam("parkCode", "SDP049").get(PLANS)
                .then().statusCode(403).body("type", equalTo("urn:circular-parks:problem:out-of-scope"));
        as(TestTokens.cityOfficer("370100")).queryParam("cityCode", TAIAN).get(PLANS)
                .then().statusCode(403).body("type", equalTo("urn:circular-parks:problem:out-of-scope"));
        as(TestTokens.cityOfficer("370100")).queryParam("parkCode", "SDP049").get(PLANS)
                .then().statusCode(200).body("total", equalTo(0));
        as(TestTokens.expert()).queryParam("year", "2017").get(PLANS)
                .then().statusCode(200).body("total", equalTo(0));
        as(TestTokens.expert()).queryParam("year", "twenty").get(PLANS)
                .then().statusCode(400).body("field", equalTo("year"));
        as(TestTokens.expert()).queryParam("status", "DONE").get(PLANS)
                .then().statusCode(400).body("field", equalTo("status"));
        as(TestTokens.auditor()).get("/api/v1/indicators").then().statusCode(200)
                .body("total", equalTo(10))
                .body("items.findAll { it.core }.code", contains("RESOURCE_PRODUCTIVITY", "LAND_PRODUCTIVITY",
                        "SOLID_WASTE_UTILISATION", "WATER_REUSE"))
                .body("items.find { it.code == 'COD_EMISSIONS' }.better", equalTo("LOWER"))
                .body("items.find { it.code == 'COD_EMISSIONS' }.unit", equalTo("吨/年"));
    }
}
