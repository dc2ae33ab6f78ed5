package cn.gov.shandong.circular.plans.promotion;

/** Example request bodies for the OpenAPI document (and docs/api.md). */
final class PromotionExamples {

    static final String DRAFT = """
            {"cityCode": "370100", "year": 2020,
             "parks": [
               {"parkCode": "SDP002", "contents": "建设园区中水回用管网，推进企业间蒸汽梯级利用。",
                "milestones": [
                  {"date": "2020-03-31", "description": "完成园区循环化改造实施方案修编"},
                  {"date": "2020-09-30", "description": "中水回用管网主体完工"}]},
               {"parkCode": "SDP004", "contents": "建设工业固废综合利用中心。",
                "milestones": [{"date": "2020-11-30", "description": "固废综合利用中心投入试运行"}]}]}""";

    static final String CONTENT = """
            {"parks": [
               {"parkCode": "SDP002", "contents": "建设园区中水回用管网，推进企业间蒸汽梯级利用。",
                "milestones": [
                  {"id": "8d0f2b4d-6f8a-4c0e-9b2d-4f6a8c0e2b64", "date": "2020-04-30", "description": "完成园区循环化改造实施方案修编"},
                  {"date": "2020-09-30", "description": "中水回用管网主体完工"}]},
               {"parkCode": "SDP005", "contents": "推进园区企业清洁生产审核全覆盖。",
                "milestones": [{"date": "2020-12-15", "description": "完成重点企业清洁生产审核"}]}]}""";

    static final String RETURN = """
            {"outcome": "RETURNED", "comments": "请补充平阴工业园区的时间节点。"}""";

    static final String ACKNOWLEDGE = """
            {"outcome": "ACKNOWLEDGED", "comments": "同意。"}""";

    static final String COMPLETION = """
            {"doneOn": "2020-04-08"}""";

    private PromotionExamples() {
    }
}
