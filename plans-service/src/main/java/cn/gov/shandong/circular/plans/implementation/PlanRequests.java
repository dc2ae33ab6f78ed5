package cn.gov.shandong.circular.plans.implementation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of implementation plans. Codes, kinds and dates travel as text and are checked
 * by {@link PlanRules}, so that every refusal names its field path (e.g. {@code indicators[2].target.value});
 * the {@code @Schema} limits document exactly what PlanRules enforces.
 */
public final class PlanRequests {

    public static final int INDICATORS_MAX = 10;
    public static final int PROJECTS_MAX = 200;
    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    /** Largest indicator value, in its unit (元/吨 can be large; PostgreSQL numeric(18,4) holds it). */
    public static final String VALUE_MAX = "1000000000000";
    /** Largest amount of 万元 (one trillion yuan; numeric(16,2) holds it). */
    public static final String AMOUNT_MAX = "100000000";
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;

    private PlanRequests() {
    }

    /** A park's manager starts the plan of their park under a programme (version 1, a draft). */
    @Schema(name = "ImplementationPlanDraft")
    public record Draft(
            @Schema(required = true, maxLength = 20, examples = "SDP001") String parkCode,
            @Schema(required = true, maxLength = 9, pattern = "^[0-9]{4}-[0-9]{4}$", examples = "2018-2020")
            String programmeCode,
            @Schema(maxItems = INDICATORS_MAX, description = "One entry per indicator; the four core indicators are "
                    + "required to submit") List<IndicatorTarget> indicators,
            @Schema(maxItems = PROJECTS_MAX) List<Project> projects) {
    }

    /** The whole content of a draft or returned version, replacing what it held. */
    @Schema(name = "ImplementationPlanContent")
    public record Content(
            @Schema(maxItems = INDICATORS_MAX, description = "One entry per indicator; the four core indicators are "
                    + "required to submit") List<IndicatorTarget> indicators,
            @Schema(maxItems = PROJECTS_MAX) List<Project> projects) {
    }

    /** One indicator's baseline and target, in the indicator's unit (GET /api/v1/indicators). */
    @Schema(name = "IndicatorTargetInput")
    public record IndicatorTarget(
            @Schema(required = true, examples = "WATER_REUSE", enumeration = {"RESOURCE_PRODUCTIVITY",
                    "LAND_PRODUCTIVITY", "ENERGY_PRODUCTIVITY", "SOLID_WASTE_UTILISATION", "WATER_REUSE",
                    "DOMESTIC_WASTE_UTILISATION", "COD_EMISSIONS", "AMMONIA_NITROGEN_EMISSIONS", "SO2_EMISSIONS",
                    "NOX_EMISSIONS"}) String code,
            @Schema(required = true) YearValue baseline,
            @Schema(required = true, description = "The target year lies within the plan's programme") YearValue target) {
    }

    /** A value of an indicator in a year. */
    @Schema(name = "YearValue")
    public record YearValue(
            @Schema(required = true, minimum = "2000", maximum = "2100", examples = "2017") Integer year,
            @Schema(required = true, minimum = "0", maximum = VALUE_MAX, examples = "88.5",
                    description = "In the indicator's unit: 0-100 for a percentage, at most 4 decimals") BigDecimal value) {
    }

    /** A project of the plan. */
    @Schema(name = "ProjectInput")
    public record Project(
            @Schema(description = "Keep a project of an earlier version of this park's plan by sending its id; "
                    + "leave out for a new project") UUID id,
            @Schema(required = true, maxLength = NAME_MAX, examples = "园区中水回用工程") String name,
            @Schema(required = true, examples = "WATER_RECYCLING", enumeration = {"INDUSTRIAL_CHAIN_LINKING",
                    "ENERGY_CASCADE_USE", "WATER_RECYCLING", "SOLID_WASTE_RECOVERY", "INFRASTRUCTURE",
                    "PUBLIC_SERVICE_PLATFORM", "OTHER"}) String kind,
            @Schema(required = true, minimum = "0", maximum = AMOUNT_MAX, examples = "8600",
                    description = "Total investment in 万元, at most 2 decimals; equals the sum of the funding sources")
            BigDecimal totalInvestment,
            @Schema(required = true) Funding funding,
            @Schema(required = true, format = "date", maxLength = 10, examples = "2018-03-01") String startDate,
            @Schema(required = true, format = "date", maxLength = 10, examples = "2019-12-31", description = "Not before startDate")
            String endDate,
            @Schema(nullable = true, minLength = 24, maxLength = 24, pattern = PlanRules.NATIONAL_CODE,
                    examples = "2018-370181-46-03-012345",
                    description = "投资项目统一代码 (GB/T 40058): year-division-industry-type-serial") String nationalCode,
            @Schema(required = true, examples = "PLANNED", enumeration = {"PLANNED", "UNDER_CONSTRUCTION", "COMPLETED"})
            String status) {
    }

    /** Where a project's money comes from, in 万元; a source left out is 0. The sum equals the total investment. */
    @Schema(name = "Funding")
    public record Funding(
            @Schema(minimum = "0", maximum = AMOUNT_MAX, examples = "6000", description = "企业自筹") BigDecimal enterprise,
            @Schema(minimum = "0", maximum = AMOUNT_MAX, examples = "1000", description = "中央预算内投资")
            BigDecimal centralBudget,
            @Schema(minimum = "0", maximum = AMOUNT_MAX, examples = "600", description = "省级专项资金")
            BigDecimal provincialSpecialFunds,
            @Schema(minimum = "0", maximum = AMOUNT_MAX, examples = "1000", description = "银行贷款") BigDecimal bankCredit,
            @Schema(minimum = "0", maximum = AMOUNT_MAX, examples = "0", description = "其他") BigDecimal other) {
    }

    /** The city's decision on a submitted version. */
    @Schema(name = "ImplementationPlanDecision")
    public record Decision(
            @Schema(required = true, enumeration = {"APPROVED", "RETURNED"}, examples = "RETURNED") String outcome,
            @Schema(maxLength = TEXT_MAX, description = "Required to return the plan",
                    examples = "水循环利用率基准值与统计年鉴不符，请核实后重新提交。") String reasons) {
    }

    /** The progress of one project (定期调度). */
    @Schema(name = "ProjectProgressInput")
    public record Progress(
            @Schema(required = true, format = "date", maxLength = 10, examples = "2019-06-30",
                    description = "Progress as of this day; not in the future (China Standard Time)") String reportedOn,
            @Schema(required = true, minimum = "0", maximum = "100", examples = "45.5",
                    description = "Percent complete, at most 2 decimals") BigDecimal percentComplete,
            @Schema(required = true, minimum = "0", maximum = AMOUNT_MAX, examples = "3200",
                    description = "Investment made so far, in 万元, at most 2 decimals") BigDecimal investmentToDate,
            @Schema(maxLength = TEXT_MAX, examples = "主体管网已铺设完成。") String note) {
    }

    /** Null-safe list. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
