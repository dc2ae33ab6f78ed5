package cn.gov.shandong.circular.plans.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.events.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a plan's content, progress and decision (not a @QuarkusTest): refusals name their field path. */
class PlanRulesTest {

    private static final PlanRequests.Funding FUNDED = new PlanRequests.Funding(new BigDecimal("6000"),
            new BigDecimal("1000"), new BigDecimal("600"), new BigDecimal("1000"), null);

    static PlanRequests.IndicatorTarget target(String code, int baselineYear, String baseline, int targetYear,
                                               String target) {
        return new PlanRequests.IndicatorTarget(code, new PlanRequests.YearValue(baselineYear, new BigDecimal(baseline)),
                new PlanRequests.YearValue(targetYear, new BigDecimal(target)));
    }

    static List<PlanRequests.IndicatorTarget> core() {
        return new ArrayList<>(List.of(
                target("RESOURCE_PRODUCTIVITY", 2017, "4200", 2020, "5100"),
                target("LAND_PRODUCTIVITY", 2017, "18.6", 2020, "22.5"),
                target("SOLID_WASTE_UTILISATION", 2017, "82.5", 2020, "95"),
                target("WATER_REUSE", 2017, "88", 2020, "92")));
    }

    static PlanRequests.Project project(String total, PlanRequests.Funding funding, String start, String end,
                                        String nationalCode) {
        return new PlanRequests.Project(null, "园区中水回用工程", "WATER_RECYCLING", new BigDecimal(total), funding, start,
                end, nationalCode, "PLANNED");
    }

    private static List<String> refusedFields(List<PlanRequests.IndicatorTarget> targets,
                                              List<PlanRequests.Project> projects) {
        return PlanRules.content(targets, projects, 2018, 2020).refusals().stream().map(PlanRules.Violation::field)
                .toList();
    }

    @Test
    void aCompletePlanPassesWithItsValuesAndFundingOfWhichMissingSourcesCountAsZero() {
        PlanRules.Checked<PlanRules.Content> checked = PlanRules.content(core(),
                List.of(project("8600", FUNDED, "2018-03-01", "2019-12-31", "2018-370181-46-03-012345")), 2018, 2020);
        assertThat(checked.refusals()).isEmpty();
        assertThat(checked.value().targets()).extracting(PlanRules.Target::indicator).containsExactly(
                Indicator.RESOURCE_PRODUCTIVITY, Indicator.LAND_PRODUCTIVITY, Indicator.SOLID_WASTE_UTILISATION,
                Indicator.WATER_REUSE);
        assertThat(checked.value().projects().get(0).funding().other()).isEqualByComparingTo("0");
        assertThat(PlanRules.missingForSubmission(checked.value().targets())).isEmpty();
        assertThat(PlanRules.warnings(checked.value().targets())).isEmpty();
    }

    @Test
    void anUnknownIndicatorCodeIsRefusedAtItsPath() {
        List<PlanRequests.IndicatorTarget> targets = core();
        targets.add(2, target("CARBON_INTENSITY", 2017, "1", 2020, "1"));
        assertThat(refusedFields(targets, List.of())).containsExactly("indicators[2].code");
    }

    @Test
    void aPercentageAbove100ANegativeAmountAndTooManyDecimalsAreRefusedAtTheirPaths() {
        List<PlanRequests.IndicatorTarget> targets = core();
        targets.set(2, target("SOLID_WASTE_UTILISATION", 2017, "82.5", 2020, "100.01"));
        targets.set(0, target("RESOURCE_PRODUCTIVITY", 2017, "-1", 2020, "5100"));
        targets.set(1, target("LAND_PRODUCTIVITY", 2017, "18.60001", 2020, "22.5"));
        assertThat(refusedFields(targets, List.of())).containsExactly("indicators[0].baseline.value",
                "indicators[1].baseline.value", "indicators[2].target.value");
        // An amount may exceed 100: 元/吨 is not a percentage.
        targets = core();
        targets.set(0, target("RESOURCE_PRODUCTIVITY", 2017, "150000", 2020, "180000"));
        assertThat(refusedFields(targets, List.of())).isEmpty();
    }

    @Test
    void theTargetYearLiesInTheProgrammeAndTheBaselineYearNotAfterIt() {
        List<PlanRequests.IndicatorTarget> targets = core();
        targets.set(3, target("WATER_REUSE", 2017, "88", 2021, "92"));
        targets.set(1, target("LAND_PRODUCTIVITY", 2019, "18.6", 2018, "22.5"));
        targets.set(0, target("RESOURCE_PRODUCTIVITY", 1999, "4200", 2020, "5100"));
        assertThat(refusedFields(targets, List.of())).containsExactly("indicators[0].baseline.year",
                "indicators[1].baseline.year", "indicators[3].target.year");
    }

    @Test
    void anIndicatorGivenTwiceIsRefusedAtItsSecondEntry() {
        List<PlanRequests.IndicatorTarget> targets = core();
        targets.add(target("WATER_REUSE", 2017, "80", 2020, "90"));
        assertThat(refusedFields(targets, List.of())).containsExactly("indicators[4].code");
    }

    @Test
    void aTargetThatGoesTheWrongWayIsAWarningNotARefusal() {
        List<PlanRequests.IndicatorTarget> targets = core();
        targets.add(target("COD_EMISSIONS", 2017, "1250", 2020, "1300"));
        targets.set(3, target("WATER_REUSE", 2017, "92", 2020, "88"));
        PlanRules.Checked<PlanRules.Content> checked = PlanRules.content(targets, List.of(), 2018, 2020);
        assertThat(checked.refusals()).isEmpty();
        assertThat(PlanRules.warnings(checked.value().targets())).extracting(PlanRules.Violation::field)
                .containsExactly("indicators[3].target.value", "indicators[4].target.value");
        assertThat(PlanRules.warnings(checked.value().targets()).get(1).message())
                .contains("COD_EMISSIONS").contains("better lower").contains("1300").contains("1250");
    }

    @Test
    void theFourCoreIndicatorsAreRequiredToSubmit() {
        List<PlanRequests.IndicatorTarget> targets = core().subList(0, 2);
        PlanRules.Checked<PlanRules.Content> checked = PlanRules.content(targets, List.of(), 2018, 2020);
        assertThat(PlanRules.missingForSubmission(checked.value().targets())).extracting(PlanRules.Violation::message)
                .anyMatch(m -> m.contains("SOLID_WASTE_UTILISATION")).anyMatch(m -> m.contains("WATER_REUSE"))
                .hasSize(2);
    }

    @Test
    void fundingMustAddUpToTheTotalInvestment() {
        assertThat(refusedFields(core(), List.of(project("8600.01", FUNDED, "2018-03-01", "2019-12-31", null))))
                .containsExactly("projects[0].funding");
        assertThat(refusedFields(core(), List.of(project("8600.00", FUNDED, "2018-03-01", "2019-12-31", null))))
                .isEmpty();
        PlanRequests.Funding negative = new PlanRequests.Funding(new BigDecimal("-1"), null, null, null, null);
        assertThat(refusedFields(core(), List.of(project("0", negative, "2018-03-01", "2019-12-31", null))))
                .containsExactly("projects[0].funding.enterprise");
    }

    @Test
    void datesAreCalendarDaysAndTheEndIsNotBeforeTheStart() {
        assertThat(refusedFields(core(), List.of(project("8600", FUNDED, "2019-03-01", "2019-02-28", null))))
                .containsExactly("projects[0].endDate");
        assertThat(refusedFields(core(), List.of(project("8600", FUNDED, "2018-02-30", "+300000-01-01", null))))
                .containsExactly("projects[0].startDate", "projects[0].endDate");
    }

    @Test
    void aNationalProjectCodeHasTheGbT40058Shape() {
        assertThat(refusedFields(core(), List.of(project("8600", FUNDED, "2018-03-01", "2019-12-31",
                "2018-370181-46-03-01234")))).containsExactly("projects[0].nationalCode");
        assertThat(refusedFields(core(), List.of(project("8600", FUNDED, "2018-03-01", "2019-12-31",
                "2018-370181-46-03-0123456")))).containsExactly("projects[0].nationalCode");
        assertThat(refusedFields(core(), List.of(project("8600", FUNDED, "2018-03-01", "2019-12-31",
                "20183701814603012345ABCD")))).containsExactly("projects[0].nationalCode");
    }

    @Test
    void aProjectNeedsANameAKnownKindAndAKnownStatus() {
        PlanRequests.Project unnamed = new PlanRequests.Project(null, " ", "RECYCLING", new BigDecimal("8600"), FUNDED,
                "2018-03-01", "2019-12-31", null, "DONE");
        assertThat(refusedFields(core(), List.of(unnamed))).containsExactly("projects[0].name", "projects[0].kind",
                "projects[0].status");
    }

    @Test
    void progressIsAPercentageAndAnInvestmentOnADayNotInTheFuture() {
        LocalDate today = LocalDate.parse("2019-07-01");
        assertThat(PlanRules.progress(new PlanRequests.Progress("2019-06-30", new BigDecimal("45.5"),
                new BigDecimal("3200"), "主体管网已铺设完成。"), today).refusals()).isEmpty();
        assertThat(PlanRules.progress(new PlanRequests.Progress("2019-07-02", new BigDecimal("100.5"),
                new BigDecimal("-1"), null), today).refusals()).extracting(PlanRules.Violation::field)
                .containsExactly("reportedOn", "percentComplete", "investmentToDate");
    }

    @Test
    void returningAPlanNeedsReasonsApprovingDoesNot() {
        assertThat(PlanRules.decision(new PlanRequests.Decision("APPROVED", null)).value()).isEqualTo(PlanStatus.APPROVED);
        assertThat(PlanRules.decision(new PlanRequests.Decision("RETURNED", " ")).refusals())
                .extracting(PlanRules.Violation::field).containsExactly("reasons");
        assertThat(PlanRules.decision(new PlanRequests.Decision("approved", null)).refusals())
                .extracting(PlanRules.Violation::field).containsExactly("outcome");
    }

    @Test
    void valuesShowWithoutTrailingZerosAndNeverInExponentNotation() {
        assertThat(PlanRules.normal(new BigDecimal("4200.0000")).toString()).isEqualTo("4200");
        assertThat(PlanRules.normal(new BigDecimal("88.5000")).toString()).isEqualTo("88.5");
    }
}
