package cn.gov.shandong.circular.reporting.notice;

/** Example request bodies for the OpenAPI document (and docs/api.md). */
final class NoticeExamples {

    static final String DRAFT = """
            {"programmeCode": "2018-2020", "year": 2020,
             "title": "关于2020年度园区循环化改造逾期未完成情况的通报",
             "text": "各市工业和信息化局：截至2021年3月10日，下列园区未按计划完成循环化改造验收备案，现予通报。请有关市督促园区加快推进，于2021年6月30日前完成验收备案。",
             "parkCodes": ["SDP072", "SDP081"]}""";

    static final String EDIT = """
            {"title": "关于2020年度园区循环化改造逾期未完成情况的通报",
             "text": "各市工业和信息化局：截至2021年3月12日，下列园区未按计划完成循环化改造验收备案，现予通报。"}""";

    private NoticeExamples() {
    }
}
