package cn.gov.shandong.circular.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The documentation rules every service's contract test applies (not a @QuarkusTest: documents as text). */
class ApiContractCheckTest {

    /** One operation returning {@code body} as its 200, with the given components' schemas. */
    private static String document(String operation, String schemas) {
        return """
                {"openapi":"3.1.0","info":{"title":"t","version":"1"},
                 "paths":{"/api/v1/parks":{"get":{%s}}},
                 "components":{"schemas":{%s}}}""".formatted(operation, schemas);
    }

    private static final String PARK = """
            "Park":{"type":"object","properties":{
              "code":{"type":"string","maxLength":12,"pattern":"^SDP\\\\d{3,9}$","examples":["SDP001"]},
              "level":{"$ref":"#/components/schemas/ParkLevel"},
              "filedAt":{"type":["string","null"],"anyOf":[{"$ref":"#/components/schemas/OffsetDateTime"},{"type":"null"}]}}},
            "ParkLevel":{"type":"string","enum":["NATIONAL","PROVINCIAL"]},
            "OffsetDateTime":{"type":"string","format":"date-time","examples":["2019-12-20T10:00:00+08:00"]}""";

    private static final String LIST_PARKS = """
            "operationId":"listParks","summary":"List parks",
            "responses":{"200":{"description":"ok","content":{"application/json":{"schema":
              {"type":"array","items":{"$ref":"#/components/schemas/Park"}}}}}}""";

    @Test
    void anOperationWhosePropertiesAllCarryValidExamplesMeetsTheRules() {
        assertThat(ApiContractCheck.violations(document(LIST_PARKS, PARK))).isEmpty();
    }

    @Test
    void anOperationWithoutIdOrSummaryIsNamed() {
        assertThat(ApiContractCheck.violations(document(LIST_PARKS.replace("\"operationId\":\"listParks\",", "")
                .replace("\"summary\":\"List parks\",", ""), PARK)))
                .containsExactly("GET /api/v1/parks: no operationId", "GET /api/v1/parks: no summary");
    }

    @Test
    void aPropertyWithoutAnExampleIsNamedThroughRefsAndArrays() {
        String withoutExample = PARK.replace(",\"examples\":[\"SDP001\"]", "");
        assertThat(ApiContractCheck.violations(document(LIST_PARKS, withoutExample)))
                .containsExactly("GET /api/v1/parks 200 application/json: no example, and none on [].code");
    }

    @Test
    void aWholeExampleOnTheMediaTypeIsEnoughButMustFitTheSchema() {
        String withoutExample = PARK.replace(",\"examples\":[\"SDP001\"]", "");
        String whole = LIST_PARKS.replace("\"schema\":", "\"example\":[{\"code\":\"SDP001\",\"level\":\"NATIONAL\",\"filedAt\":null}],\"schema\":");
        assertThat(ApiContractCheck.violations(document(whole, withoutExample))).isEmpty();

        String wrong = whole.replace("\"level\":\"NATIONAL\"", "\"level\":\"COUNTY\"");
        assertThat(ApiContractCheck.violations(document(wrong, withoutExample)))
                .singleElement().asString()
                .startsWith("GET /api/v1/parks 200 application/json example [{\"code\":\"SDP001\",\"level\":\"COUNTY\"")
                .contains("does not fit its schema");
    }

    @Test
    void aPropertyExampleThatBreaksItsPatternLengthOrFormatFailsTheBuild() {
        assertThat(ApiContractCheck.violations(document(LIST_PARKS, PARK.replace("[\"SDP001\"]", "[\"P-1\"]"))))
                .anySatisfy(v -> assertThat(v).startsWith("#/components/schemas/Park.code example \"P-1\" does not fit"));
        assertThat(ApiContractCheck.violations(document(LIST_PARKS,
                PARK.replace("2019-12-20T10:00:00+08:00", "2019-12-20 10:00"))))
                .anySatisfy(v -> assertThat(v).startsWith("#/components/schemas/OffsetDateTime example \"2019-12-20 10:00\" does not fit"));
    }

    @Test
    void aParameterExampleMustFitItsSchema() {
        String withParameter = LIST_PARKS.replace("\"responses\"", """
                "parameters":[{"name":"cityCode","in":"query","example":"3701",
                  "schema":{"type":"string","maxLength":6,"pattern":"^\\\\d{6}$"}}],"responses\"""");
        assertThat(ApiContractCheck.violations(document(withParameter, PARK)))
                .singleElement().asString().startsWith("GET /api/v1/parks parameter cityCode example \"3701\" does not fit");
    }

    @Test
    void aRequestBodyNeedsAnExampleToo() {
        String post = """
                "operationId":"registerPark","summary":"Register a park",
                "requestBody":{"content":{"application/json":{"schema":{"type":"object",
                  "properties":{"name":{"type":"string","maxLength":100}}}}}},
                "responses":{"201":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Park"}}}}}""";
        assertThat(ApiContractCheck.violations(document(post, PARK)))
                .containsExactly("GET /api/v1/parks request body application/json: no example, and none on name");
    }
}
