package cn.gov.shandong.circular.parks;

import cn.gov.shandong.circular.common.testing.AuthorisationMatrix;
import cn.gov.shandong.circular.common.testing.AuthorisationMatrix.Request;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import static io.restassured.RestAssured.given;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every operation as every caller, against the seeded registry: own park SDP001 and other park SDP002
 * in Jinan, other city's park SDP006 in Qingdao (docs/authorisation.md, "parks-service"). Parks it
 * registers are in Zibo, which the other tests do not count.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    private static final AtomicInteger REGISTERED = new AtomicInteger();

    @Inject
    DataSource dataSource;

    @Test
    void everyCallerGetsWhatTheAuthorisationTableSaysAndNothingOutsideTheirScope() {
        try {
            matrix();
        } finally {
            // A park raised to national level would change the count of national parks other tests read: retired.
            for (String code : RAISED) {
                given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                        .body(Map.of("retiredOn", "2024-01-03", "reason", "授权矩阵测试结束"))
                        .when().post("/api/v1/parks/" + code + "/retirement").then().statusCode(200);
            }
        }
    }

    private void matrix() {
        AuthorisationMatrix.forService("parks-service")
                .scopedCallers("370100", "SDP001")
                .otherPark("\"SDP002\"", "济南高新区")
                .otherCity("\"SDP006\"", "青岛经济技术开发区")
                .request("GET /api/v1/cities/{code}", "any", () -> Request.pathValue("code", "370300"))
                .request("GET /api/v1/cities/{code}", "unknown id", () -> Request.pathValue("code", "379900"))
                .request("GET /api/v1/parks", "all", () -> Request.query("size=200"))
                .request("GET /api/v1/parks", "own", () -> Request.query("cityCode=370100&size=200"))
                .request("GET /api/v1/parks", "other city", () -> Request.query("cityCode=370200&size=200"))
                .request("GET /api/v1/parks/{code}", "own", () -> Request.pathValue("code", "SDP001"))
                .request("GET /api/v1/parks/{code}", "other park", () -> Request.pathValue("code", "SDP002"))
                .request("GET /api/v1/parks/{code}", "other city", () -> Request.pathValue("code", "SDP006"))
                .request("GET /api/v1/parks/{code}", "unknown id", () -> Request.pathValue("code", "SDP999999999"))
                // A new name per cell: a second park of one name is a 409, which would hide the 201.
                .request("POST /api/v1/parks", "any", () -> Request.body("""
                        {"name":"授权矩阵园区%d","cityCode":"370300","level":"PROVINCIAL","zoneKind":"INDUSTRIAL_PARK"}"""
                        .formatted(REGISTERED.incrementAndGet())))
                // The registry (decision 42): imports and changes of a fresh Zibo park per cell; history within scope.
                .request("POST /api/v1/parks/imports", "any", () -> Request.none().andContent("text/csv",
                        "name,cityCode,level,zoneKind\n授权矩阵导入园区%d,370300,PROVINCIAL,INDUSTRIAL_PARK\n"
                                .formatted(REGISTERED.incrementAndGet()).getBytes(StandardCharsets.UTF_8)))
                .request("GET /api/v1/parks/{code}/history", "own", () -> Request.pathValue("code", "SDP001"))
                .request("GET /api/v1/parks/{code}/history", "other park", () -> Request.pathValue("code", "SDP002"))
                .request("GET /api/v1/parks/{code}/history", "other city", () -> Request.pathValue("code", "SDP006"))
                .request("GET /api/v1/parks/{code}/history", "unknown id", () -> Request.pathValue("code", "SDP999999999"))
                .request("POST /api/v1/parks/{code}/rename", "any", () -> Request.pathValue("code", freshPark())
                        .andBody("{\"name\":\"授权矩阵更名园区%d\",\"effectiveOn\":\"2024-01-02\"}"
                                .formatted(REGISTERED.incrementAndGet())))
                .request("POST /api/v1/parks/{code}/level", "any", () -> Request.pathValue("code", raised(freshPark()))
                        .andBody("{\"level\":\"NATIONAL\",\"effectiveOn\":\"2024-01-02\",\"document\":\"鲁政字〔2024〕1号\"}"))
                .request("POST /api/v1/parks/{code}/merger", "any", () -> Request.pathValue("code", freshPark())
                        .andBody("{\"intoParkCode\":\"%s\",\"effectiveOn\":\"2024-01-02\"}".formatted(freshPark())))
                .request("POST /api/v1/parks/{code}/retirement", "any", () -> Request.pathValue("code", freshPark())
                        .andBody("{\"retiredOn\":\"2024-01-02\",\"reason\":\"授权矩阵撤销\"}"))
                .run(dataSource);
    }

    private static final List<String> RAISED = new CopyOnWriteArrayList<>();

    private static String raised(String code) {
        RAISED.add(code);
        return code;
    }

    /** A fresh provincial park of Zibo, registered through the API. */
    private static String freshPark() {
        return given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", "授权矩阵园区" + REGISTERED.incrementAndGet(), "cityCode", "370300",
                        "level", "PROVINCIAL", "zoneKind", "INDUSTRIAL_PARK"))
                .when().post("/api/v1/parks").then().statusCode(201).extract().path("code");
    }
}
