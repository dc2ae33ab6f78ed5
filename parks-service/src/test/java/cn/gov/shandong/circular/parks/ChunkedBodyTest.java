package cn.gov.shandong.circular.parks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.RawHttp;
import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body sent chunked (no Content-Length) is held to the same limits as any other, with the same
 * problem+json answers: Quarkus' own reader would refuse an oversize one with an empty 413. Its parks are
 * registered in 滨州市 (371600) as provincial, which no test counts.
 */
@QuarkusTest
class ChunkedBodyTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aChunkedRegistrationWithinTheLimitIsRegistered() {
        byte[] body = """
                {"name":"分块传输园区","cityCode":"371600","level":"PROVINCIAL","zoneKind":"INDUSTRIAL_PARK"}"""
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply reply = RawHttp.sendChunked(RestAssured.port, "POST", "/api/v1/parks", json(), body, 16);

        assertThat(reply.status()).as(reply.describe()).isEqualTo(201);
        String code = JsonPath.from(reply.bodyText()).getString("code");
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/parks/" + code)
                .then().statusCode(200).body("name", org.hamcrest.Matchers.is("分块传输园区"));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413ProblemJsonAndRegistersNothing() {
        long parksBefore = parks();
        String name = "超大分块园区" + "园".repeat(100_000); // 300 KB of UTF-8, over the 256 KB limit
        byte[] body = ("{\"name\":\"" + name + "\",\"cityCode\":\"371600\",\"level\":\"PROVINCIAL\","
                + "\"zoneKind\":\"INDUSTRIAL_PARK\"}").getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply reply = RawHttp.sendChunked(RestAssured.port, "POST", "/api/v1/parks", json(), body, 8192);

        JsonPath problem = problem(reply, 413);
        assertThat(problem.getString("type")).isEqualTo("urn:circular-parks:problem:body-too-large");
        assertThat(problem.getString("detail")).contains("262144");
        assertThat(parks()).isEqualTo(parksBefore);
    }

    @Test
    void aChunkedUploadIs411ProblemJson() {
        long parksBefore = parks();
        byte[] csv = "名称,城市代码,级别,类型,统一社会信用代码\r\n分块导入园区,370100,PROVINCIAL,INDUSTRIAL_PARK,\r\n"
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply reply = RawHttp.sendChunked(RestAssured.port, "POST", "/api/v1/parks/imports",
                List.of(new RawHttp.Header("Authorization", "Bearer " + TestTokens.provinceAdmin()),
                        new RawHttp.Header("Content-Type", "text/csv; charset=UTF-8")), csv, 32);

        JsonPath problem = problem(reply, 411);
        assertThat(problem.getString("type")).isEqualTo("urn:circular-parks:problem:length-required");
        assertThat(parks()).isEqualTo(parksBefore);
    }

    private static List<RawHttp.Header> json() {
        return List.of(new RawHttp.Header("Authorization", "Bearer " + TestTokens.provinceAdmin()),
                new RawHttp.Header("Content-Type", "application/json"));
    }

    private static JsonPath problem(RawHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.describe()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.describe()).startsWith("application/problem+json");
        JsonPath problem = JsonPath.from(reply.bodyText());
        assertThat(problem.getInt("status")).isEqualTo(status);
        return problem;
    }

    private long parks() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from park").getSingleResult()).longValue());
    }
}
