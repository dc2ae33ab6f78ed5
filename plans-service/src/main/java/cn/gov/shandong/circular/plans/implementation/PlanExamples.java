package cn.gov.shandong.circular.plans.implementation;

/** Example request bodies for the OpenAPI document (and docs/api.md). */
final class PlanExamples {

    static final String DRAFT = """
            {"parkCode": "SDP001", "programmeCode": "2018-2020",
             "indicators": [
               {"code": "RESOURCE_PRODUCTIVITY", "baseline": {"year": 2017, "value": 4200}, "target": {"year": 2020, "value": 5100}},
               {"code": "LAND_PRODUCTIVITY", "baseline": {"year": 2017, "value": 18.6}, "target": {"year": 2020, "value": 22.5}},
               {"code": "SOLID_WASTE_UTILISATION", "baseline": {"year": 2017, "value": 82.5}, "target": {"year": 2020, "value": 95}},
               {"code": "WATER_REUSE", "baseline": {"year": 2017, "value": 88}, "target": {"year": 2020, "value": 92}},
               {"code": "COD_EMISSIONS", "baseline": {"year": 2017, "value": 1250}, "target": {"year": 2020, "value": 980}}],
             "projects": [
               {"name": "园区中水回用工程", "kind": "WATER_RECYCLING", "totalInvestment": 8600,
                "funding": {"enterprise": 6000, "centralBudget": 1000, "provincialSpecialFunds": 600, "bankCredit": 1000},
                "startDate": "2018-03-01", "endDate": "2019-12-31", "nationalCode": "2018-370181-46-03-012345",
                "status": "PLANNED"}]}""";

    static final String CONTENT = """
            {"indicators": [
               {"code": "RESOURCE_PRODUCTIVITY", "baseline": {"year": 2017, "value": 4200}, "target": {"year": 2020, "value": 5100}},
               {"code": "LAND_PRODUCTIVITY", "baseline": {"year": 2017, "value": 18.6}, "target": {"year": 2020, "value": 22.5}},
               {"code": "SOLID_WASTE_UTILISATION", "baseline": {"year": 2017, "value": 82.5}, "target": {"year": 2020, "value": 95}},
               {"code": "WATER_REUSE", "baseline": {"year": 2017, "value": 87.2}, "target": {"year": 2020, "value": 92}}],
             "projects": [
               {"name": "园区中水回用工程", "kind": "WATER_RECYCLING", "totalInvestment": 8600,
                "funding": {"enterprise": 6000, "centralBudget": 1000, "provincialSpecialFunds": 600, "bankCredit": 1000},
                "startDate": "2018-03-01", "endDate": "2019-12-31", "status": "UNDER_CONSTRUCTION"}]}""";

    static final String RETURN = """
            {"outcome": "RETURNED", "reasons": "水循环利用率基准值与统计年鉴不符，请核实后重新提交。"}""";

    static final String APPROVE = """
            {"outcome": "APPROVED"}""";

    static final String PROGRESS = """
            {"reportedOn": "2019-06-30", "percentComplete": 45.5, "investmentToDate": 3200, "note": "主体管网已铺设完成。"}""";

    private PlanExamples() {
    }
}
