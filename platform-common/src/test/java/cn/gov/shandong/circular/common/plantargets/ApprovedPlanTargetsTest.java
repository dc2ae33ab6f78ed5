package cn.gov.shandong.circular.common.plantargets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.common.time.SqlValues;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.ImplementationPlanReturned;
import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import cn.gov.shandong.circular.events.PlanTarget;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The approved plan-targets read model as acceptance- and reporting-service use it: the events applied in-process
 * (the services' tests cover the Kafka path, dedup and dead letters), the reads through a fixture resource that calls
 * them with a real token's scope. Every test makes its own parks (and programmes where it lists by programme).
 */
@QuarkusTest
class ApprovedPlanTargetsTest {

    private static final String DONGYING = "370500";
    private static final String YANTAI = "370600";
    private static final OffsetDateTime JUNE_15 = OffsetDateTime.parse("2018-06-15T02:30:00Z");

    @Inject
    ApprovedPlanTargets approvedPlans;

    @Inject
    EntityManager entityManager;

    @Test
    void theNewestRevisionWinsWhateverTheOrderAndReplacesEveryTargetAndProject() {
        String park = newPark();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        PlanProjectEntry reuse = new PlanProjectEntry(UUID.randomUUID(), "园区中水回用工程");
        PlanProjectEntry heat = new PlanProjectEntry(UUID.randomUUID(), "余热回收利用项目");
        List<PlanTarget> revised = new ArrayList<>(approval(second, park, DONGYING, "2018-2020", 2, 1, List.of()).targets());
        revised.add(new PlanTarget(Indicator.COD_EMISSIONS, "吨/年", 2017, 1250.0, 2020, 980.0));

        // Revision 2 (with an optional indicator and two projects) arrives first, revision 1 a day later.
        apply(event(JUNE_15.plusDays(1), new ImplementationPlanApproved(second, park, DONGYING, "2018-2020", 2, revised,
                List.of(heat, reuse))));
        apply(event(JUNE_15.plusDays(2), approval(first, park, DONGYING, "2018-2020", 1, 0, List.of(reuse))));

        assertThat(read(() -> approvedPlans.programmesOf(park))).containsExactly("2018-2020");
        Map<Indicator, PlanTarget> targets = read(() -> approvedPlans.targetsOf(park, "2018-2020"));
        assertThat(targets.keySet()).containsExactly(Indicator.RESOURCE_PRODUCTIVITY, Indicator.LAND_PRODUCTIVITY,
                Indicator.SOLID_WASTE_UTILISATION, Indicator.WATER_REUSE, Indicator.COD_EMISSIONS);
        assertThat(targets.get(Indicator.LAND_PRODUCTIVITY))
                .isEqualTo(new PlanTarget(Indicator.LAND_PRODUCTIVITY, "亿元/平方公里", 2017, 18.6, 2020, 23.5));
        assertThat(read(() -> approvedPlans.projectsOf(park, "2018-2020"))).containsExactly(heat, reuse);

        // Revision 3 drops the optional indicator and a project: nothing of revision 2 is left.
        UUID third = UUID.randomUUID();
        apply(event(JUNE_15.plusDays(3), approval(third, park, DONGYING, "2018-2020", 3, 2, List.of(reuse))));
        assertThat(read(() -> approvedPlans.targetsOf(park, "2018-2020")).keySet()).containsExactly(
                Indicator.RESOURCE_PRODUCTIVITY, Indicator.LAND_PRODUCTIVITY, Indicator.SOLID_WASTE_UTILISATION,
                Indicator.WATER_REUSE);
        assertThat(read(() -> approvedPlans.projectsOf(park, "2018-2020"))).containsExactly(reuse);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/plan-targets-probe/parks/" + park)
                .then().statusCode(200)
                .body("planId", contains(third.toString()))
                .body("[0].revision", equalTo(3))
                .body("[0].approvedAt", equalTo("2018-06-18T02:30:00Z"));
    }

    @Test
    void theSameRevisionAgainIsDecidedByTheEventsTimeThenItsIdAndARedeliveryChangesNothing() {
        String park = newPark();
        UUID planId = UUID.randomUUID();
        IncomingEvent earlier = event(JUNE_15, approval(planId, park, DONGYING, "2018-2020", 1, 0, List.of()));
        IncomingEvent later = event(JUNE_15.plusHours(1), approval(planId, park, DONGYING, "2018-2020", 1, 1, List.of()));
        apply(later);
        apply(earlier);
        apply(later);
        assertThat(heldEvent(park)).isEqualTo(later.id());
        assertThat(read(() -> approvedPlans.targetsOf(park, "2018-2020")).get(Indicator.WATER_REUSE).targetValue())
                .isEqualTo(93.0);

        // At the same time, the larger event id wins, whichever came first.
        UUID low = new UUID(0, 1);
        UUID high = new UUID(Long.MAX_VALUE, 1);
        OffsetDateTime at = JUNE_15.plusHours(2);
        apply(new IncomingEvent(high, ImplementationPlanApproved.TYPE, "/plans-service", park, at, "system", null,
                EventFixtures.data(approval(planId, park, DONGYING, "2018-2020", 1, 2, List.of())), "plans.events"));
        apply(new IncomingEvent(low, ImplementationPlanApproved.TYPE, "/plans-service", park, at, "system", null,
                EventFixtures.data(approval(planId, park, DONGYING, "2018-2020", 1, 3, List.of())), "plans.events"));
        assertThat(heldEvent(park)).isEqualTo(high);
        assertThat(read(() -> approvedPlans.targetsOf(park, "2018-2020")).get(Indicator.WATER_REUSE).targetValue())
                .isEqualTo(94.0);
    }

    @Test
    void otherPlanEventsAreIgnoredAndAnApprovalWithoutATimeIsDatedOnArrival() {
        String park = newPark();
        apply(EventFixtures.incoming(new ImplementationPlanReturned(UUID.randomUUID(), park, DONGYING, "2018-2020", 1,
                "请补充项目清单")));
        assertThat(read(() -> approvedPlans.programmesOf(park))).isEmpty();

        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        IncomingEvent undated = event(null, approval(UUID.randomUUID(), park, DONGYING, "2018-2020", 1, 0, List.of()));
        apply(undated);
        OffsetDateTime approvedAt = read(() -> SqlValues.utc(entityManager.createNativeQuery(
                "select approved_at from approved_plan where park_code = :park").setParameter("park", park).getSingleResult()));
        assertThat(approvedAt).isAfterOrEqualTo(before).isBeforeOrEqualTo(OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Test
    void aValueBeyondTheContractsThirteenDigitsIsPoisonAndWritesNothing() {
        String park = newPark();
        ObjectNode data = EventFixtures.data(approval(UUID.randomUUID(), park, DONGYING, "2018-2020", 1, 0, List.of()));
        ((ObjectNode) data.withArray("targets").get(0)).put("targetValue", 1e14);
        IncomingEvent huge = EventFixtures.incoming(ImplementationPlanApproved.TYPE, park, data);

        assertThatThrownBy(() -> apply(huge)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(huge.id().toString())
                .hasMessageContaining("beyond the contract's 13 integer digits");
        ObjectNode lacksCore = EventFixtures.data(approval(UUID.randomUUID(), park, DONGYING, "2018-2020", 1, 0, List.of()));
        lacksCore.withArray("targets").remove(0);
        assertThatThrownBy(() -> apply(EventFixtures.incoming(ImplementationPlanApproved.TYPE, park, lacksCore)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("core indicator");
        assertThat(read(() -> approvedPlans.programmesOf(park))).isEmpty();
    }

    @Test
    void aParksPlansAreReadWithinTheCallersScopeByTheApprovingCity() {
        String park = newPark();
        UUID planId = UUID.randomUUID();
        PlanProjectEntry project = new PlanProjectEntry(UUID.randomUUID(), "园区中水回用工程");
        apply(event(JUNE_15, approval(planId, park, DONGYING, "2018-2020", 1, 0, List.of(project))));
        apply(event(JUNE_15.plusYears(3), approval(UUID.randomUUID(), park, DONGYING, "2021-2025", 1, 0, List.of())));

        given().auth().oauth2(TestTokens.parkManager(park)).when().get("/api/plan-targets-probe/parks/" + park)
                .then().statusCode(200)
                .body("programmeCode", contains("2018-2020", "2021-2025"))
                .body("[0].parkCode", equalTo(park))
                .body("[0].cityCode", equalTo(DONGYING))
                .body("[0].planId", equalTo(planId.toString()))
                .body("[0].approvedAt", equalTo("2018-06-15T02:30:00Z"))
                // In the code list's order, named, values without trailing zeros.
                .body("[0].targets.indicator", contains("RESOURCE_PRODUCTIVITY", "LAND_PRODUCTIVITY",
                        "SOLID_WASTE_UTILISATION", "WATER_REUSE"))
                .body("[0].targets[1].name", equalTo("土地产出率"))
                .body("[0].targets[1].unit", equalTo("亿元/平方公里"))
                .body("[0].targets[1].baseline.year", equalTo(2017))
                .body("[0].targets[1].baseline.value", equalTo(18.6f))
                .body("[0].targets[3].target.value", equalTo(92))
                .body("[0].projects", hasSize(1))
                .body("[0].projects[0].projectId", equalTo(project.projectId().toString()))
                .body("[0].projects[0].name", equalTo("园区中水回用工程"));
        given().auth().oauth2(TestTokens.cityOfficer(DONGYING))
                .when().get("/api/plan-targets-probe/parks/" + park + "?programmeCode=2021-2025")
                .then().statusCode(200).body("programmeCode", contains("2021-2025"));
        // Outside the scope, under another programme, or never approved: not found, as the services answer it.
        for (String token : List.of(TestTokens.cityOfficer(YANTAI), TestTokens.parkManager(newPark()))) {
            given().auth().oauth2(token).when().get("/api/plan-targets-probe/parks/" + park)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("Approved implementation plan of park " + park + " does not exist"));
        }
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/plan-targets-probe/parks/" + park + "?programmeCode=2026-2030")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/plan-targets-probe/parks/" + newPark())
                .then().statusCode(404);
    }

    @Test
    void aPageOfPlansFollowsTheFiltersAndTheCallersScope() {
        String programme = newProgramme();
        String dongying = newPark();
        String yantai = newPark();
        String other = newPark();
        List<String> parks = new ArrayList<>(List.of(dongying, yantai));
        parks.sort(null);
        apply(event(JUNE_15, approval(UUID.randomUUID(), dongying, DONGYING, programme, 1, 0, List.of())));
        apply(event(JUNE_15, approval(UUID.randomUUID(), yantai, YANTAI, programme, 2, 0, List.of())));
        // The same parks under another programme stay out of the page.
        apply(event(JUNE_15, approval(UUID.randomUUID(), dongying, DONGYING, "2018-2020", 1, 0, List.of())));
        apply(event(JUNE_15, approval(UUID.randomUUID(), other, DONGYING, "2018-2020", 1, 0, List.of())));

        given().auth().oauth2(TestTokens.auditor()).queryParam("programme", programme)
                .when().get("/api/plan-targets-probe")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("plans.parkCode", contains(parks.toArray()))
                .body("plans[0].targets", hasSize(4));
        given().auth().oauth2(TestTokens.integration()).queryParam("programme", programme).queryParam("size", 1)
                .queryParam("page", 1)
                .when().get("/api/plan-targets-probe")
                .then().statusCode(200).body("total", equalTo(2)).body("plans.parkCode", contains(parks.get(1)));
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("programme", programme).queryParam("cityCode", YANTAI)
                .when().get("/api/plan-targets-probe")
                .then().statusCode(200).body("total", equalTo(1)).body("plans.parkCode", contains(yantai));
        // A city officer: their city's plans; another city named is refused; a park of another city is not there.
        given().auth().oauth2(TestTokens.cityOfficer(DONGYING)).queryParam("programme", programme)
                .when().get("/api/plan-targets-probe")
                .then().statusCode(200).body("total", equalTo(1)).body("plans.parkCode", contains(dongying));
        given().auth().oauth2(TestTokens.cityOfficer(DONGYING)).queryParam("parkCode", yantai)
                .when().get("/api/plan-targets-probe")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.cityOfficer(DONGYING)).queryParam("cityCode", YANTAI)
                .when().get("/api/plan-targets-probe")
                .then().statusCode(403).contentType("application/problem+json");
        // A park manager: their own park's plans under every programme, another park named is refused.
        given().auth().oauth2(TestTokens.parkManager(dongying))
                .when().get("/api/plan-targets-probe")
                .then().statusCode(200).body("total", equalTo(2))
                .body("plans.programmeCode", contains("2018-2020", programme));
        given().auth().oauth2(TestTokens.parkManager(dongying)).queryParam("parkCode", yantai)
                .when().get("/api/plan-targets-probe")
                .then().statusCode(403);
    }

    /** A park code no other test uses (the database is this run's own). */
    private static String newPark() {
        return "SDP" + ThreadLocalRandom.current().nextInt(7_000_000, 8_000_000);
    }

    /** A programme no other test uses: years far beyond the real programmes'. */
    private static String newProgramme() {
        int year = ThreadLocalRandom.current().nextInt(2200, 2999);
        return year + "-" + year;
    }

    /** The approval of the park's plan: the four core indicators, each target raised by {@code raise}. */
    private static ImplementationPlanApproved approval(UUID planId, String parkCode, String cityCode, String programme,
                                                       int revision, double raise, List<PlanProjectEntry> projects) {
        return new ImplementationPlanApproved(planId, parkCode, cityCode, programme, revision, List.of(
                new PlanTarget(Indicator.RESOURCE_PRODUCTIVITY, "元/吨", 2017, 4200.0, 2020, 5100.0 + raise),
                new PlanTarget(Indicator.LAND_PRODUCTIVITY, "亿元/平方公里", 2017, 18.6, 2020, 22.5 + raise),
                new PlanTarget(Indicator.SOLID_WASTE_UTILISATION, Indicator.PERCENT, 2017, 82.5, 2020, 95.0 + raise),
                new PlanTarget(Indicator.WATER_REUSE, Indicator.PERCENT, 2017, 88.0, 2020, 92.0 + raise)), projects);
    }

    private static IncomingEvent event(OffsetDateTime time, ImplementationPlanApproved approval) {
        return new IncomingEvent(UUID.randomUUID(), ImplementationPlanApproved.TYPE, "/plans-service",
                approval.parkCode(), time, "officer." + approval.cityCode(), null, EventFixtures.data(approval),
                "plans.events");
    }

    private void apply(IncomingEvent event) {
        QuarkusTransaction.requiringNew().run(() -> approvedPlans.apply(event));
    }

    private <T> T read(java.util.concurrent.Callable<T> read) {
        return QuarkusTransaction.requiringNew().call(read);
    }

    private UUID heldEvent(String park) {
        return read(() -> UUID.fromString((String) entityManager.createNativeQuery(
                        "select cast(event_id as text) from approved_plan where park_code = :park")
                .setParameter("park", park).getSingleResult()));
    }
}
