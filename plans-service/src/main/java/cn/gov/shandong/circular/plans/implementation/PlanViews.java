package cn.gov.shandong.circular.plans.implementation;

import cn.gov.shandong.circular.events.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Implementation plans as the API shows them. Values come without trailing zeros, in their units. */
public final class PlanViews {

    private PlanViews() {
    }

    /** One version of a park's plan, with its targets, projects and the warnings its targets raise. */
    @Schema(name = "ImplementationPlan")
    public record Plan(@Schema(examples = "7a2c4e6f-1b3d-4f5a-9c7e-2d4f6a8c0e31") UUID id,
                       @Schema(maxLength = 20, examples = "SDP001") String parkCode,
                       @Schema(nullable = true, maxLength = 100, examples = "明水经济技术开发区") String parkName,
                       @Schema(maxLength = 6, pattern = "^[0-9]{6}$", examples = "370100") String cityCode,
                       @Schema(maxLength = 9, pattern = "^[0-9]{4}-[0-9]{4}$", examples = "2018-2020") String programmeCode,
                       @Schema(description = "Version number of the park's plan under the programme", examples = "1")
                       int revision,
                       PlanStatus status,
                       @Schema(maxItems = PlanRequests.INDICATORS_MAX) List<Target> indicators,
                       @Schema(maxItems = PlanRequests.PROJECTS_MAX) List<Project> projects,
                       @Schema(description = "Sum of the projects' total investment, 万元", examples = "8600")
                       BigDecimal totalInvestment,
                       @Schema(maxItems = PlanRequests.INDICATORS_MAX,
                               description = "Targets that go the wrong way: accepted, but worth a second look")
                       List<Warning> warnings,
                       @Schema(maxLength = 200, examples = "manager.SDP001") String createdBy,
                       OffsetDateTime createdAt,
                       @Schema(nullable = true, maxLength = 200, examples = "manager.SDP001") String submittedBy,
                       @Schema(nullable = true, maxLength = 35) OffsetDateTime submittedAt,
                       @Schema(nullable = true) Decision decision,
                       @Schema(nullable = true, maxLength = 35) OffsetDateTime supersededAt,
                       @Schema(description = "Also the ETag", examples = "2") long version) {
    }

    /** A target that goes the wrong way: accepted, listed with its field path. */
    @Schema(name = "PlanWarning")
    public record Warning(@Schema(maxLength = 100, examples = "indicators[4].target.value") String field,
                          @Schema(maxLength = 500, examples = "COD_EMISSIONS (化学需氧量排放量) is better lower, but its target 1300 goes the other way from its baseline 1250 吨/年")
                          String message) {

        static List<Warning> of(List<PlanRules.Violation> warnings) {
            return warnings.stream().map(w -> new Warning(w.field(), w.message())).toList();
        }
    }

    /** A version in a list (without targets and projects). */
    @Schema(name = "ImplementationPlanSummary")
    public record Summary(@Schema(examples = "7a2c4e6f-1b3d-4f5a-9c7e-2d4f6a8c0e31") UUID id,
                          @Schema(maxLength = 20, examples = "SDP001") String parkCode,
                          @Schema(nullable = true, maxLength = 100, examples = "明水经济技术开发区") String parkName,
                          @Schema(maxLength = 6, pattern = "^[0-9]{6}$", examples = "370100") String cityCode,
                          @Schema(maxLength = 9, pattern = "^[0-9]{4}-[0-9]{4}$", examples = "2018-2020") String programmeCode,
                          @Schema(examples = "1") int revision,
                          PlanStatus status,
                          @Schema(nullable = true, maxLength = 35) OffsetDateTime submittedAt,
                          @Schema(nullable = true) Decision decision, @Schema(examples = "2") long version) {
    }

    /** The city's decision on the version. */
    @Schema(name = "ImplementationPlanDecisionTaken")
    public record Decision(@Schema(enumeration = {"APPROVED", "RETURNED"}) String outcome,
                           @Schema(nullable = true, maxLength = PlanRequests.TEXT_MAX,
                                   examples = "水循环利用率基准值与统计年鉴不符，请核实后重新提交。") String reasons,
                           @Schema(maxLength = 200, examples = "officer.370100") String decidedBy, OffsetDateTime decidedAt) {
    }

    /** An indicator's baseline and target, with the indicator's name, unit and direction. */
    @Schema(name = "IndicatorTarget")
    public record Target(@Schema(examples = "WATER_REUSE") Indicator code,
                         @Schema(maxLength = 50, examples = "水循环利用率") String name,
                         @Schema(maxLength = 20, examples = "%") String unit,
                         Indicator.Better better,
                         YearValue baseline,
                         YearValue target) {

        static Target of(PlanRules.Target target) {
            Indicator indicator = target.indicator();
            return new Target(indicator, indicator.chineseName(), indicator.unit(), indicator.better(),
                    new YearValue(target.baselineYear(), target.baselineValue()),
                    new YearValue(target.targetYear(), target.targetValue()));
        }
    }

    @Schema(name = "IndicatorValue")
    public record YearValue(@Schema(examples = "2020") int year, @Schema(examples = "92") BigDecimal value) {
    }

    /** A project; {@code id} is the project across the plan's versions. */
    @Schema(name = "Project")
    public record Project(@Schema(examples = "3c5e7a9b-2d4f-4a6c-8e0a-4c6e8a0c2e42") UUID id,
                          @Schema(maxLength = PlanRequests.NAME_MAX, examples = "园区中水回用工程") String name,
                          ProjectKind kind,
                          @Schema(description = "万元", examples = "8600") BigDecimal totalInvestment,
                          Funding funding,
                          LocalDate startDate,
                          LocalDate endDate,
                          @Schema(nullable = true, maxLength = 24, pattern = PlanRules.NATIONAL_CODE,
                                  examples = "2018-370181-46-03-012345") String nationalCode,
                          ProjectStatus status) {

        static Project of(PlanProject row) {
            return new Project(row.projectId, row.name, row.kind, PlanRules.normal(row.totalInvestment),
                    Funding.of(row), row.startDate, row.endDate, row.nationalCode, row.status);
        }
    }

    /** Funding by source, 万元. */
    @Schema(name = "FundingBySource")
    public record Funding(@Schema(examples = "6000") BigDecimal enterprise,
                          @Schema(examples = "1000") BigDecimal centralBudget,
                          @Schema(examples = "600") BigDecimal provincialSpecialFunds,
                          @Schema(examples = "1000") BigDecimal bankCredit,
                          @Schema(examples = "0") BigDecimal other) {

        static Funding of(PlanProject row) {
            return new Funding(PlanRules.normal(row.fundingEnterprise), PlanRules.normal(row.fundingCentralBudget),
                    PlanRules.normal(row.fundingProvincial), PlanRules.normal(row.fundingBankCredit),
                    PlanRules.normal(row.fundingOther));
        }
    }

    /** A project of the park's approved plan with its latest progress. */
    @Schema(name = "ParkProject")
    public record ParkProject(@Schema(description = "The approved version the project is in", examples = "7a2c4e6f-1b3d-4f5a-9c7e-2d4f6a8c0e31")
                              UUID planId,
                              @Schema(maxLength = 9, pattern = "^[0-9]{4}-[0-9]{4}$", examples = "2018-2020")
                              String programmeCode,
                              @Schema(examples = "1") int revision, Project project,
                              @Schema(nullable = true) Progress latestProgress) {
    }

    /** One progress report (定期调度). */
    @Schema(name = "ProjectProgress")
    public record Progress(@Schema(examples = "5d7f9b1d-3f5b-4d7f-9b1d-3f5b7d9f1b53") UUID id,
                           @Schema(examples = "3c5e7a9b-2d4f-4a6c-8e0a-4c6e8a0c2e42") UUID projectId,
                           @Schema(examples = "7a2c4e6f-1b3d-4f5a-9c7e-2d4f6a8c0e31") UUID planId,
                           @Schema(examples = "2019-06-30") LocalDate reportedOn,
                           @Schema(examples = "45.5") BigDecimal percentComplete,
                           @Schema(description = "万元", examples = "3200") BigDecimal investmentToDate,
                           @Schema(nullable = true, maxLength = PlanRequests.TEXT_MAX, examples = "主体管网已铺设完成。") String note,
                           @Schema(maxLength = 200, examples = "manager.SDP001") String recordedBy, OffsetDateTime recordedAt) {

        static Progress of(ProjectProgress row) {
            return new Progress(row.id, row.projectId, row.planId, row.reportedOn,
                    PlanRules.normal(row.percentComplete), PlanRules.normal(row.investmentToDate), row.note,
                    row.recordedBy, row.recordedAt);
        }
    }

    /** Investment of the approved plans in scope, by funding source (万元). */
    @Schema(name = "InvestmentTotals")
    public record InvestmentTotals(@Schema(nullable = true, maxLength = 6, pattern = "^[0-9]{6}$",
                                           description = "null: the whole province", examples = "370100") String cityCode,
                                   @Schema(nullable = true, maxLength = 9, pattern = "^[0-9]{4}-[0-9]{4}$",
                                           description = "null: every programme", examples = "2018-2020") String programmeCode,
                                   @Schema(examples = "12") long plans, @Schema(examples = "57") long projects,
                                   @Schema(examples = "186400") BigDecimal totalInvestment, Funding bySource) {
    }

    /** An indicator of the code list. */
    @Schema(name = "Indicator")
    public record IndicatorEntry(Indicator code, @Schema(maxLength = 50, examples = "水循环利用率") String name,
                                 @Schema(maxLength = 20, examples = "%") String unit, Indicator.Better better,
                                 @Schema(description = "Required in every plan", examples = "true") boolean core) {

        static IndicatorEntry of(Indicator indicator) {
            return new IndicatorEntry(indicator, indicator.chineseName(), indicator.unit(), indicator.better(),
                    indicator.core());
        }
    }
}
