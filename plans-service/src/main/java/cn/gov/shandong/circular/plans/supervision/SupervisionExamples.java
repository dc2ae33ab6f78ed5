package cn.gov.shandong.circular.plans.supervision;

/** Example request bodies for the OpenAPI document (and docs/api.md). */
final class SupervisionExamples {

    static final String VISIT = """
            {"visitedOn": "2019-05-16", "inspectors": ["张明", "李华"],
             "findings": "园区循环化改造重点项目总体按计划推进，中水回用工程主体管网已完工。",
             "problems": ["固体废物综合利用台账不完整。", "余热利用项目开工滞后约三个月。"],
             "actions": [
               {"description": "完善园区固体废物台账，按月报送综合利用数据。", "deadline": "2019-08-31"},
               {"description": "制定余热利用项目赶工计划并报市发展改革委。", "deadline": "2019-06-30"}]}""";

    static final String RESOLUTION = """
            {"resolvedOn": "2019-08-20", "resolution": "固体废物台账已建立，6-7月数据已报送。"}""";

    private SupervisionExamples() {
    }
}
