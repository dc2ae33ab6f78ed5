package cn.gov.shandong.circular.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A record that breaks its contract cannot be built: not by a producer, not by a consumer decoding one. */
class EventRecordsTest {

    private static final UUID ID = UUID.randomUUID();

    @Test
    void aParkRegistrationNamesEveryMissingFieldInDataOrder() {
        assertThatThrownBy(() -> new ParkRegistered("SDP015", "薛城经济开发区", null, " ", ParkLevel.PROVINCIAL, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("park.registered lacks cityCode, cityName, zoneKind");
        assertThatThrownBy(() -> new ParkRegistered(null, null, null, null, null, null))
                .hasMessage("park.registered lacks parkCode, name, cityCode, cityName, level, zoneKind");
    }

    @Test
    void aParkRegistrationWithCodesOfTheWrongShapeOrOverlongNamesIsRefused() {
        assertThatThrownBy(() -> registered("SDP01", "园区", "370100", "济南市"))
                .hasMessageContaining("parkCode SDP01 is not a park code");
        assertThatThrownBy(() -> registered("SDP" + "1".repeat(18), "园区", "370100", "济南市"))
                .hasMessageContaining("is not a park code");
        assertThatThrownBy(() -> registered("SDP001", "园区", "3701", "济南市"))
                .hasMessageContaining("cityCode 3701 is not a 6-digit GB/T 2260 city code");
        assertThatThrownBy(() -> registered("SDP001", "园".repeat(101), "370100", "济南市"))
                .hasMessageContaining("name is longer than 100 characters");
        assertThatThrownBy(() -> registered("SDP001", "园区", "370100", "市".repeat(51)))
                .hasMessageContaining("cityName is longer than 50 characters");
        // Lengths count characters (code points), as JSON Schema does: 100 four-byte characters fit.
        assertThat(registered("SDP001", "𠀀".repeat(100), "370100", "济南市").name()).hasSize(200);
        assertThat(registered("SDP1234", "园区", "370100", "济南市").parkCode()).isEqualTo("SDP1234");
    }

    @Test
    void aScheduleNeedsAProgrammeCodeAndAYearBetween2000And2100() {
        assertThat(new ParkScheduled("2018-2020", "SDP001", 2000).year()).isEqualTo(2000);
        assertThat(new ParkScheduled("2018-2020", "SDP001", 2100).year()).isEqualTo(2100);
        assertThatThrownBy(() -> new ParkScheduled("2018-2020", "SDP001", 1999))
                .hasMessageContaining("year must be between 2000 and 2100, not 1999");
        assertThatThrownBy(() -> new ParkScheduled("2018-2020", "SDP001", 2101)).hasMessageContaining("2101");
        assertThatThrownBy(() -> new ParkScheduled("2018-2020", "SDP001", null)).hasMessageContaining("lacks year");
        assertThatThrownBy(() -> new ParkScheduled("T-ORDER", "SDP001", 2020))
                .hasMessageContaining("programmeCode T-ORDER is not a programme code");
    }

    @Test
    void aPassOrFailNeedsAPanelScoreAReturnDoesNot() {
        assertThat(new AcceptanceReviewed(ID, "SDP001", "370100", ReviewOutcome.RETURNED, null, "退回", null, null).score())
                .isNull();
        assertThat(new AcceptanceReviewed(ID, "SDP001", "370100", ReviewOutcome.PASSED, 0.0, null, "不合格", 1).score())
                .isZero();
        assertThatThrownBy(() -> new AcceptanceReviewed(ID, "SDP001", "370100", ReviewOutcome.PASSED, null, null, null, 1))
                .hasMessageContaining("score is required when the outcome is PASSED");
        assertThatThrownBy(() -> new AcceptanceReviewed(ID, "SDP001", "370100", ReviewOutcome.FAILED, -0.5, "差", "不合格", 1))
                .hasMessageContaining("score must be between 0 and");
        assertThatThrownBy(() -> new AcceptanceReviewed(ID, "SDP001", "370100", ReviewOutcome.RETURNED, null,
                "意".repeat(4001), null, null))
                .hasMessageContaining("comments is longer than 4000 characters");
    }

    @Test
    void applicationEventsNeedTheApplicationItsParkAndCity() {
        assertThatThrownBy(() -> new AcceptanceApplied(null, "SDP001", "370100", ParkLevel.NATIONAL, " ", null, null))
                .hasMessage("acceptance.applied lacks applicationId, summary");
        assertThatThrownBy(() -> new AcceptanceResubmitted(ID, "SDP001", "370100", "改".repeat(4001)))
                .hasMessageContaining("summary is longer than 4000 characters");
        assertThatThrownBy(() -> new AcceptanceFiled(ID, "SDP001", "370100", null, null, null))
                .hasMessage("acceptance.filed lacks level, filedAt");
        assertThatThrownBy(() -> new AcceptanceFiled(ID, "SDP001", "370100", ParkLevel.NATIONAL, Instant.EPOCH,
                "鲁园循备2019第7号"))
                .hasMessageContaining("is not of the form 鲁园循备〔2019〕第7号");
        AcceptanceFiled filed = new AcceptanceFiled(ID, "SDP001", "370100", ParkLevel.NATIONAL, Instant.EPOCH,
                "鲁园循备〔2019〕第7号");
        assertThat(filed.type()).isEqualTo("acceptance.filed");
        assertThat(filed.topic()).isEqualTo("acceptance.events");
    }

    @Test
    void aSpotCheckRoundIsKeyedByItsCodeAndItsSampleComesFromItsPopulation() {
        SpotCheckDrawn drawn = new SpotCheckDrawn("2020-01", "抽查", List.of(), List.of("370100"), List.of(2019), "s-1",
                List.of("SDP001", "SDP002"), List.of("SDP002"), List.of("expert.wang"));
        assertThat(drawn.key()).isEqualTo("2020-01");
        assertThat(drawn.topic()).isEqualTo("acceptance.events");
        assertThatThrownBy(() -> new SpotCheckDrawn("2020-1", "抽查", List.of(), List.of(), List.of(), "s 1",
                List.of("SDP001"), List.of("SDP003"), List.of()))
                .hasMessageContaining("roundCode 2020-1 is not a round code")
                .hasMessageContaining("seed s 1 is not")
                .hasMessageContaining("sample names a park twice or one outside the population")
                .hasMessageContaining("experts must name 1-20 usernames");
        assertThat(new SpotCheckClosed("2020-01", 1, 0).key()).isEqualTo("2020-01");
        assertThatThrownBy(() -> new SpotCheckClosed("2020-01", 0, 0)).hasMessageContaining("at least one park");
    }

    @Test
    void aFindingHasReasonsAndADeadlineExactlyWhenRectificationIsRequired() {
        List<String> reasons = List.of("固体废物综合利用率低于目标值。");
        assertThat(new SpotCheckFindingRecorded(ID, "SDP001", "370100", "2020-01", SpotCheckOutcome.REVOKED, reasons,
                null).key()).isEqualTo("SDP001");
        assertThatThrownBy(() -> new SpotCheckFindingRecorded(ID, "SDP001", "370100", "2020-01",
                SpotCheckOutcome.RECTIFICATION_REQUIRED, reasons, null))
                .hasMessageContaining("rectificationDeadline is given exactly when");
        assertThatThrownBy(() -> new SpotCheckFindingRecorded(ID, "SDP001", "370100", "2020-01",
                SpotCheckOutcome.CONFIRMED, List.of(" "), java.time.LocalDate.EPOCH))
                .hasMessageContaining("reasons must be 1-20 texts")
                .hasMessageContaining("rectificationDeadline is given exactly when");
        assertThatThrownBy(() -> new AcceptanceRevoked(ID, "SDP001", "370100", ParkLevel.NATIONAL, null, List.of(), "2020-01"))
                .hasMessageContaining("lacks revokedAt")
                .hasMessageContaining("reasons must be 1-20 texts");
        assertThatThrownBy(() -> new RectificationConfirmed(ID, "SDP001", "370100", null, reasons))
                .hasMessage("acceptance.rectification-confirmed lacks roundCode");
    }

    @Test
    void onlyPassAndFailAreScoredDecisions() {
        assertThat(ReviewOutcome.PASSED.scoreRequired()).isTrue();
        assertThat(ReviewOutcome.FAILED.scoreRequired()).isTrue();
        assertThat(ReviewOutcome.RETURNED.scoreRequired()).isFalse();
    }

    private static ParkRegistered registered(String parkCode, String name, String cityCode, String cityName) {
        return new ParkRegistered(parkCode, name, cityCode, cityName, ParkLevel.NATIONAL, ZoneKind.INDUSTRIAL_PARK);
    }

    @Test
    void anApprovedPlanCarriesTheFourCoreIndicatorsOnceEachInTheirUnits() {
        UUID plan = EventSamples.PLAN;
        List<PlanTarget> core = EventSamples.targets().subList(0, 4);
        assertThat(new ImplementationPlanApproved(plan, "SDP001", "370100", "2018-2020", 1, core, null).targets()).hasSize(4);
        // Approvals announced before projects travelled read as approvals without projects.
        assertThat(new ImplementationPlanApproved(plan, "SDP001", "370100", "2018-2020", 1, core, null).projects()).isEmpty();
        assertThatThrownBy(() -> new ImplementationPlanApproved(plan, "SDP001", "370100", "2018-2020", 1,
                core.subList(0, 3), List.of()))
                .hasMessageContaining("targets lacks a core indicator");
        List<PlanTarget> twice = new java.util.ArrayList<>(core);
        twice.add(core.get(0));
        assertThatThrownBy(() -> new ImplementationPlanApproved(plan, "SDP001", "370100", "2018-2020", 1, twice, null))
                .hasMessageContaining("targets names an indicator twice");
        assertThatThrownBy(() -> new ImplementationPlanApproved(plan, "SDP001", "370100", "2018-2020", 0, core, null))
                .hasMessageContaining("revision must be between 1");
    }

    @Test
    void aTargetIsInItsIndicatorsUnitPercentagesWithin0To100AmountsAtLeast0() {
        assertThatThrownBy(() -> new PlanTarget(Indicator.WATER_REUSE, "%", 2017, 88.0, 2020, 100.5))
                .hasMessageContaining("targetValue must be between 0 and 100.0, not 100.5");
        assertThatThrownBy(() -> new PlanTarget(Indicator.COD_EMISSIONS, "吨/年", 2017, -1.0, 2020, 900.0))
                .hasMessageContaining("baselineValue must be between 0 and any amount, not -1.0");
        assertThatThrownBy(() -> new PlanTarget(Indicator.COD_EMISSIONS, "吨/年", 2017, Double.NaN, 2020, 900.0))
                .hasMessageContaining("baselineValue must be between 0 and any amount, not NaN");
        assertThatThrownBy(() -> new PlanTarget(Indicator.LAND_PRODUCTIVITY, "万元/亩", 2017, 1.0, 2020, 10.0))
                .hasMessageContaining("unit of LAND_PRODUCTIVITY is 亿元/平方公里, not 万元/亩");
        assertThatThrownBy(() -> new PlanTarget(Indicator.WATER_REUSE, "%", 2021, 1.0, 2020, 10.0))
                .hasMessageContaining("baselineYear 2021 is after targetYear 2020");
        assertThat(new PlanTarget(Indicator.RESOURCE_PRODUCTIVITY, "元/吨", 2017, 150000.0, 2020, 180000.0)
                .targetValue()).isEqualTo(180000.0);
    }

    @Test
    void progressIsAPercentageAndANonNegativeInvestment() {
        UUID project = EventSamples.PROJECT;
        assertThatThrownBy(() -> new ProjectProgressed(project, EventSamples.PLAN, "SDP001", "370100", "中水回用",
                java.time.LocalDate.parse("2019-06-30"), 101.0, 0.0, null))
                .hasMessageContaining("percentComplete must be between 0 and 100");
        assertThatThrownBy(() -> new ProjectProgressed(project, EventSamples.PLAN, "SDP001", "370100", " ",
                null, 0.0, -0.01, null))
                .hasMessageContaining("lacks projectName, reportedOn")
                .hasMessageContaining("investmentToDate must be between 0");
    }

    @Test
    void aSupervisionVisitsActionsAreDueNoEarlierThanTheVisitAndEachIsListedOnce() {
        java.time.LocalDate visit = java.time.LocalDate.parse("2019-05-16");
        RequiredAction before = new RequiredAction(ID, "整改", visit.minusDays(1));
        assertThatThrownBy(() -> new SupervisionRecorded(EventSamples.SUPERVISION, "SDP001", "370100", visit, 51,
                List.of(before)))
                .hasMessageContaining("problemCount must be between 0 and 50")
                .hasMessageContaining("an action's deadline is before the visit");
        RequiredAction due = new RequiredAction(ID, "整改", visit);
        assertThatThrownBy(() -> new SupervisionRecorded(EventSamples.SUPERVISION, "SDP001", "370100", visit, 0,
                List.of(due, due)))
                .hasMessageContaining("actions names an action twice");
        assertThatThrownBy(() -> new RequiredAction(ID, " ", null)).hasMessageContaining("lacks description, deadline");
        assertThat(new SupervisionRecorded(EventSamples.SUPERVISION, "SDP001", "370100", visit, 0, List.of())
                .key()).isEqualTo("SDP001");
    }

    @Test
    void aResolutionSaysHowAndHowManyActionsAreLeft() {
        java.time.LocalDate day = java.time.LocalDate.parse("2019-08-20");
        assertThatThrownBy(() -> new SupervisionActionResolved(EventSamples.SUPERVISION, ID, "SDP001", "370100", day,
                day, "", -1))
                .hasMessageContaining("lacks resolution")
                .hasMessageContaining("openActionsLeft must be between 0 and 49");
    }

    @Test
    void aCitysPromotionPlanEventsAreKeyedByTheCityAndAnAcknowledgedPlanNamesEachParkOnce() {
        List<PromotionParkEntry> parks = EventSamples.promotionParks();
        PromotionPlanAcknowledged acknowledged = new PromotionPlanAcknowledged(EventSamples.PROMOTION_PLAN, "370100",
                2020, 1, parks, null);
        assertThat(acknowledged.key()).isEqualTo("370100");
        assertThat(new PromotionPlanSubmitted(EventSamples.PROMOTION_PLAN, "370100", 2020, 1).key()).isEqualTo("370100");
        List<PromotionParkEntry> twice = new java.util.ArrayList<>(parks);
        twice.add(parks.get(0));
        assertThatThrownBy(() -> new PromotionPlanAcknowledged(EventSamples.PROMOTION_PLAN, "370100", 2020, 1, twice,
                null)).hasMessageContaining("parks names a park twice");
        assertThatThrownBy(() -> new PromotionPlanAcknowledged(EventSamples.PROMOTION_PLAN, "370100", 2020, 1,
                List.of(), null)).hasMessageContaining("parks must hold 1 to 100 entries");
        assertThatThrownBy(() -> new PromotionParkEntry("SDP002", " ", List.of()))
                .hasMessageContaining("lacks contents")
                .hasMessageContaining("milestones must hold 1 to 20 entries");
        assertThatThrownBy(() -> new PromotionPlanReturned(EventSamples.PROMOTION_PLAN, "3701", 2020, 1, " "))
                .hasMessageContaining("lacks comments")
                .hasMessageContaining("cityCode 3701 is not a 6-digit GB/T 2260 city code");
        assertThatThrownBy(() -> new PromotionMilestoneDone(EventSamples.PROMOTION_PLAN, "370100", 2020, 1, "SDP002",
                EventSamples.MILESTONE, java.time.LocalDate.parse("2020-03-31"), "方案修编", null))
                .hasMessageContaining("lacks doneOn");
    }

    @Test
    void aCitysAbolitionIsKeyedByTheAbolishedCityAndNamesAnotherCityAsSuccessorFromADay() {
        CityAbolished laiwu = new CityAbolished("371200", "莱芜市", "370100", "济南市",
                java.time.LocalDate.parse("2019-01-09"));
        assertThat(laiwu.key()).isEqualTo("371200");
        assertThat(laiwu.topic()).isEqualTo(ParksEvent.TOPIC);
        assertThatThrownBy(() -> new CityAbolished("371200", " ", "3701", null, null))
                .hasMessageContaining("lacks cityName, successorName, effectiveOn")
                .hasMessageContaining("successorCode 3701 is not a 6-digit GB/T 2260 city code");
        assertThatThrownBy(() -> new CityAbolished("371200", "莱芜市", "371200", "莱芜市",
                java.time.LocalDate.parse("2019-01-09"))).hasMessageContaining("a city cannot succeed itself");
    }

    @Test
    void theCoreIndicatorsAreTheFourTheProgrammeNamesAndPollutantsAreBetterLower() {
        assertThat(Indicator.coreIndicators()).containsExactlyInAnyOrder(Indicator.RESOURCE_PRODUCTIVITY,
                Indicator.LAND_PRODUCTIVITY, Indicator.SOLID_WASTE_UTILISATION, Indicator.WATER_REUSE);
        assertThat(Indicator.COD_EMISSIONS.better()).isEqualTo(Indicator.Better.LOWER);
        assertThat(Indicator.COD_EMISSIONS.improves(new BigDecimal("1250"), new BigDecimal("980"))).isTrue();
        assertThat(Indicator.COD_EMISSIONS.improves(new BigDecimal("980"), new BigDecimal("1250"))).isFalse();
        assertThat(Indicator.WATER_REUSE.improves(new BigDecimal("92"), new BigDecimal("88"))).isFalse();
        assertThat(Indicator.WATER_REUSE.percentage()).isTrue();
        assertThat(Indicator.LAND_PRODUCTIVITY.percentage()).isFalse();
    }

    @Test
    void anAnnualReportsEventsAreKeyedByTheCityAndRefuseWhatAReportCannotHold() {
        AnnualReportSubmitted submitted = new AnnualReportSubmitted("370100", 2019, 1,
                Instant.parse("2020-01-20T02:30:00Z"), 0, List.of());
        assertThat(submitted.key()).isEqualTo("370100");
        assertThat(submitted.topic()).isEqualTo(ReportingEvent.TOPIC);
        assertThatThrownBy(() -> new AnnualReportSubmitted("3701", 2101, 0, null, -1, null))
                .hasMessageContaining("lacks submittedAt, figures")
                .hasMessageContaining("cityCode 3701 is not a 6-digit GB/T 2260 city code")
                .hasMessageContaining("year must be between 2000 and 2100, not 2101")
                .hasMessageContaining("number must be between 1 and 1000, not 0")
                .hasMessageContaining("daysLate must be between 0 and 100000, not -1");
        assertThatThrownBy(() -> new AnnualReportFigure("2018-2020", "CITY", 1, 0, 1, 0, -1))
                .hasMessageContaining("level CITY is not ALL, NATIONAL or PROVINCIAL")
                .hasMessageContaining("overdue must be between 0 and 100000, not -1");
        assertThat(new AnnualReportReturned("371200", 2018, 1, Instant.parse("2019-02-03T01:00:00Z"),
                List.of("请补充。")).key()).isEqualTo("371200");
        assertThatThrownBy(() -> new AnnualReportReturned("370100", 2019, 1, Instant.parse("2020-02-03T01:00:00Z"),
                List.of(" "))).hasMessageContaining("reasons must be 1-10 texts");
    }
}
