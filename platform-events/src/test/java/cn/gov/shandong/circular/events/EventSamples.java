package cn.gov.shandong.circular.events;

import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One valid instance of every event type, for tests that need "each type once" (the AsyncAPI
 * contract test, the outbox test). {@code EventCatalogTest} fails when a catalog type has none.
 */
public final class EventSamples {

    public static final UUID APPLICATION = UUID.fromString("5e1a7c3d-2b4f-4e6a-8c0d-9f1b3d5e7a21");
    public static final UUID PLAN = UUID.fromString("7a2c4e6f-1b3d-4f5a-9c7e-2d4f6a8c0e31");
    public static final UUID PROJECT = UUID.fromString("3c5e7a9b-2d4f-4a6c-8e0a-4c6e8a0c2e42");
    public static final UUID SUPERVISION = UUID.fromString("9b1d3f5a-7c9e-4b1d-8f3a-5c7e9b1d3f61");
    public static final UUID ACTION = UUID.fromString("2e4a6c8e-0b2d-4e4a-9c8e-0b2d4f6a8c72");
    public static final UUID PROMOTION_PLAN = UUID.fromString("2b4d6f8a-0c2e-4b4d-8f6a-0c2e4b6d8f53");
    public static final UUID REVIEW = UUID.fromString("6c8e0a2c-4e6a-4c8e-9a2c-4e6a8c0e2a75");
    public static final UUID MILESTONE = UUID.fromString("8d0f2b4d-6f8a-4c0e-9b2d-4f6a8c0e2b64");
    public static final UUID DOCUMENT = UUID.fromString("4f6a8c0e-2b4d-4f6a-9c0e-2b4d6f8a0c85");
    public static final UUID NOTICE = UUID.fromString("1a3c5e7a-9b1d-4f3a-8c5e-7a9b1d3f5a96");

    private EventSamples() {
    }

    /** One sample per catalog type, in catalog order. */
    public static List<DomainEvent> all() {
        return List.of(
                new ParkRegistered("SDP001", "明水经济技术开发区", "370100", "济南市", ParkLevel.NATIONAL,
                        ZoneKind.ECONOMIC_AND_TECHNOLOGICAL_DEVELOPMENT_ZONE),
                new ParkScheduled("2018-2020", "SDP001", 2018),
                new AcceptanceApplied(APPLICATION, "SDP001", "370100", ParkLevel.NATIONAL,
                        "已完成园区循环化改造实施方案确定的全部重点项目。", "2018-2020", achievements()),
                new AcceptanceReviewed(APPLICATION, "SDP001", "370100", ReviewOutcome.RETURNED, null,
                        "请补充2024年度资源产出率测算依据后重新提交。", null, null),
                new AcceptanceResubmitted(APPLICATION, "SDP001", "370100", "已补充2024年度资源产出率测算依据。"),
                new AcceptanceFiled(APPLICATION, "SDP001", "370100", ParkLevel.NATIONAL,
                        Instant.parse("2025-06-10T03:20:31.904123Z"), "鲁园循备〔2025〕第7号"),
                new ImplementationPlanSubmitted(PLAN, "SDP001", "370100", "2018-2020", 1),
                new ImplementationPlanApproved(PLAN, "SDP001", "370100", "2018-2020", 1, targets(),
                        List.of(new PlanProjectEntry(PROJECT, "园区中水回用工程"))),
                new ImplementationPlanReturned(PLAN, "SDP001", "370100", "2018-2020", 1,
                        "水循环利用率基准值与统计年鉴不符，请核实后重新提交。"),
                new ProjectProgressed(PROJECT, PLAN, "SDP001", "370100", "园区中水回用工程", LocalDate.parse("2019-06-30"),
                        45.5, 3200.0, "主体管网已铺设完成。"),
                new ProgrammeDefined("2018-2020", "山东省园区循环化改造推进方案（2018-2020年）", "鲁经信循〔2018〕336号",
                        2018, 2020, new BigDecimal("1.00"), new BigDecimal("0.50"),
                        "到2020年，全部国家级园区、50%以上的省级园区实施循环化改造", ProgrammeStatus.ACTIVE),
                new ParkUnscheduled("2021-2025", "SDP001", 2022, "园区已于2018-2020年推进方案中完成循环化改造。"),
                new SupervisionRecorded(SUPERVISION, "SDP001", "370100", LocalDate.parse("2019-05-16"), 2,
                        List.of(new RequiredAction(ACTION, "完善园区固体废物台账，按月报送综合利用数据。",
                                LocalDate.parse("2019-08-31")))),
                new SupervisionActionResolved(SUPERVISION, ACTION, "SDP001", "370100", LocalDate.parse("2019-08-31"),
                        LocalDate.parse("2019-08-20"), "固体废物台账已建立，6-7月数据已报送。", 0),
                new PromotionPlanSubmitted(PROMOTION_PLAN, "370100", 2020, 1),
                new PromotionPlanAcknowledged(PROMOTION_PLAN, "370100", 2020, 1, promotionParks(), "同意。"),
                new PromotionPlanReturned(PROMOTION_PLAN, "370100", 2020, 1, "请补充平阴工业园区的时间节点。"),
                new PromotionMilestoneDone(PROMOTION_PLAN, "370100", 2020, 1, "SDP002", MILESTONE,
                        LocalDate.parse("2020-03-31"), "完成园区循环化改造实施方案修编", LocalDate.parse("2020-04-08")),
                scoreSheet(),
                new ReviewOpened(APPLICATION, "SDP001", "370100", REVIEW, 1, 1),
                new ReviewPanelAssigned(APPLICATION, "SDP001", "370100", REVIEW,
                        List.of("expert.wang", "expert.zhang", "expert.liu")),
                new ExpertScored(APPLICATION, "SDP001", "370100", REVIEW, "expert.wang", 86),
                new FilingReturned(APPLICATION, "SDP001", "370100", "专家组评分表缺少签字，请市级补正后重新报送。"),
                new CityAbolished("371200", "莱芜市", "370100", "济南市", LocalDate.parse("2019-01-09")),
                new AcceptanceDocumentAttached(APPLICATION, "SDP001", "370100", DOCUMENT, "明水开发区循环化改造验收报告.pdf",
                        "application/pdf", 1_048_576, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        DocumentCategory.ACCEPTANCE_REPORT),
                new SpotCheckDrawn("2020-01", "2020年第一批园区循环化改造验收抽查", List.of(ParkLevel.NATIONAL),
                        List.of("370100"), List.of(2019), "b7e23ec29af22b0b4e41da31e868d572",
                        List.of("SDP001", "SDP002"), List.of("SDP001"), List.of("expert.wang")),
                new SpotCheckFindingRecorded(APPLICATION, "SDP001", "370100", "2020-01",
                        SpotCheckOutcome.RECTIFICATION_REQUIRED, List.of("固体废物综合利用率低于实施方案目标值。"),
                        LocalDate.parse("2020-09-30")),
                new RectificationConfirmed(APPLICATION, "SDP001", "370100", "2020-01",
                        List.of("固体废物综合利用率已达到95%，经现场核查确认。")),
                new AcceptanceRevoked(APPLICATION, "SDP001", "370100", ParkLevel.NATIONAL,
                        Instant.parse("2020-10-12T02:00:00Z"), List.of("整改期满仍未达到实施方案目标。"), "2020-01"),
                new SpotCheckClosed("2020-01", 0, 1),
                new ParkRenamed("SDP003", "370100", "济南槐荫工业园区", "济南槐荫经济开发区", LocalDate.parse("2021-03-01"),
                        "鲁政字〔2021〕35号"),
                new ParkLevelChanged("SDP003", "370100", ParkLevel.PROVINCIAL, ParkLevel.NATIONAL,
                        LocalDate.parse("2021-06-18"), "国办函〔2021〕61号"),
                new ParkMerged("SDP004", "370100", "SDP001", LocalDate.parse("2021-09-01"), "鲁政字〔2021〕120号"),
                new ParkRetired("SDP005", "370100", LocalDate.parse("2022-01-01"), "园区规划范围调整后撤销，不再作为省级园区管理。",
                        null),
                new NoticePublished(NOTICE, "鲁园循通〔2021〕第1号", "2018-2020", 2020, LocalDate.parse("2021-02-20"),
                        "关于2020年度未按期完成循环化改造园区情况的通报",
                        List.of(new NoticedPark("SDP002", "370100", ParkLevel.PROVINCIAL, 2020))),
                new AnnualReportSubmitted("370100", 2019, 1, Instant.parse("2020-01-20T02:30:00Z"), 0, List.of(
                        new AnnualReportFigure("2018-2020", "ALL", 0, 0, 1, 1, 0),
                        new AnnualReportFigure("2018-2020", "NATIONAL", 0, 0, 1, 1, 0),
                        new AnnualReportFigure("2018-2020", "PROVINCIAL", 0, 0, 0, 0, 0))),
                new AnnualReportReturned("370100", 2019, 1, Instant.parse("2020-02-03T01:00:00Z"),
                        List.of("请说明逾期园区的整改措施和完成时间。")));
    }

    /** The default score sheet (国家生态工业示范园区's 100 points and bands). */
    public static ScoreSheetPublished scoreSheet() {
        return new ScoreSheetPublished(1, "园区循环化改造验收评分表（2018版）", 100, 60.0, List.of(
                new ScoreSheetPublished.Criterion("PLAN_TASKS", "实施方案目标任务完成情况", 25),
                new ScoreSheetPublished.Criterion("INDICATORS", "循环化改造指标完成情况", 30),
                new ScoreSheetPublished.Criterion("PROJECTS", "重点项目建设情况", 25),
                new ScoreSheetPublished.Criterion("MANAGEMENT", "管理机制和保障措施", 10),
                new ScoreSheetPublished.Criterion("DOCUMENTATION", "验收材料完整性和规范性", 10)), List.of(
                new ScoreSheetPublished.Band("优秀", 90.0),
                new ScoreSheetPublished.Band("良好", 80.0),
                new ScoreSheetPublished.Band("中等", 70.0),
                new ScoreSheetPublished.Band("合格", 60.0),
                new ScoreSheetPublished.Band("不合格", 0.0)));
    }

    /** What 明水经济技术开发区 achieved against targets(). */
    public static List<IndicatorAchievement> achievements() {
        return List.of(
                new IndicatorAchievement(Indicator.RESOURCE_PRODUCTIVITY, "元/吨", 5230.0),
                new IndicatorAchievement(Indicator.LAND_PRODUCTIVITY, "亿元/平方公里", 22.8),
                new IndicatorAchievement(Indicator.SOLID_WASTE_UTILISATION, Indicator.PERCENT, 95.6),
                new IndicatorAchievement(Indicator.WATER_REUSE, Indicator.PERCENT, 91.2),
                new IndicatorAchievement(Indicator.COD_EMISSIONS, "吨/年", 960.0));
    }

    /** 济南市's 2020 promotion plan: two parks, one milestone done. */
    public static List<PromotionParkEntry> promotionParks() {
        return List.of(
                new PromotionParkEntry("SDP002", "建设园区中水回用管网，推进企业间蒸汽梯级利用。", List.of(
                        new PromotionMilestoneEntry(MILESTONE, LocalDate.parse("2020-03-31"), "完成园区循环化改造实施方案修编",
                                LocalDate.parse("2020-04-08")),
                        new PromotionMilestoneEntry(UUID.fromString("9e1a3c5e-7b9d-4f1a-8c3e-5a7c9e1b3d61"),
                                LocalDate.parse("2020-09-30"), "中水回用管网主体完工", null))),
                new PromotionParkEntry("SDP004", "建设工业固废综合利用中心。", List.of(
                        new PromotionMilestoneEntry(UUID.fromString("0f2b4d6f-8a0c-4e2b-9d4f-6b8d0f2a4c72"),
                                LocalDate.parse("2020-11-30"), "固废综合利用中心投入试运行", null))));
    }

    /** The four core indicators and one pollutant, as 明水经济技术开发区's plan might set them. */
    public static List<PlanTarget> targets() {
        return List.of(
                target(Indicator.RESOURCE_PRODUCTIVITY, 4200, 5100),
                target(Indicator.LAND_PRODUCTIVITY, 18.6, 22.5),
                target(Indicator.SOLID_WASTE_UTILISATION, 82.5, 95),
                target(Indicator.WATER_REUSE, 88, 92),
                target(Indicator.COD_EMISSIONS, 1250, 980));
    }

    private static PlanTarget target(Indicator indicator, double baseline, double target) {
        return new PlanTarget(indicator, indicator.unit(), 2017, baseline, 2020, target);
    }
}
