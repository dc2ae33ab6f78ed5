package cn.gov.shandong.circular.plans.programme;

/** Request examples of the programme endpoints, for the OpenAPI document (validated against their schemas). */
final class ProgrammeExamples {

    static final String DEFINITION = """
            {"name":"山东省园区循环化改造推进方案（2021-2025年）","document":"鲁工信资〔2021〕12号",\
            "startYear":2021,"endYear":2025,"goals":{"nationalShare":1.00,"provincialShare":1.00},\
            "goalStatement":"到2025年底，具备条件的省级以上园区全部实施循环化改造"}""";

    static final String CREATE = "{\"code\":\"2021-2025\",\"definition\":" + DEFINITION + "}";

    private ProgrammeExamples() {
    }
}
