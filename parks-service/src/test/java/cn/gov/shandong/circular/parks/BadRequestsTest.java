package cn.gov.shandong.circular.parks;

import cn.gov.shandong.circular.common.testing.BadRequestSuite;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every documented operation, sent bad requests generated from the OpenAPI document (see
 * BadRequestSuite). Parks it registers by accident of a valid variation are in Zibo, which the other
 * tests do not count.
 */
@QuarkusTest
class BadRequestsTest {

    @Inject
    DataSource dataSource;

    @Test
    void noBadRequestIsAServerErrorOrLeavesARowOrEventBehind() {
        BadRequestSuite.forService("parks-service")
                .pathValue("/api/v1/cities/{code}", "code", () -> "370100")
                .pathValue("/api/v1/parks/{code}", "code", () -> "SDP001")
                .body("POST /api/v1/parks", """
                        {"name":"坏请求测试园区","cityCode":"370300","level":"PROVINCIAL",
                         "zoneKind":"INDUSTRIAL_PARK"}""")
                // The registry's changes (decision 42), each on a fresh Zibo park. Their bodies are dated in the future,
                // which the service refuses (400) after validating every property: the suite's path variations include
                // "SDP001;x=1", which JAX-RS reads as SDP001, and a valid body would change the seeded park. A variation of
                // the date that happens to be valid changes the fresh park only.
                .pathValue("/api/v1/parks/{code}/history", "code", () -> "SDP001")
                .pathValue("/api/v1/parks/{code}/rename", "code", () -> ParkChangesTestParks.fresh("坏请求更名园区"))
                .body("POST /api/v1/parks/{code}/rename", """
                        {"name":"坏请求更名后园区","effectiveOn":"2999-12-31","document":"鲁政字〔2024〕1号"}""")
                .pathValue("/api/v1/parks/{code}/level", "code", () -> ParkChangesTestParks.fresh("坏请求级别园区"))
                .body("POST /api/v1/parks/{code}/level", """
                        {"level":"PROVINCIAL","effectiveOn":"2999-12-31","document":"鲁政字〔2024〕1号"}""")
                .pathValue("/api/v1/parks/{code}/merger", "code", () -> ParkChangesTestParks.fresh("坏请求被整合园区"))
                .body("POST /api/v1/parks/{code}/merger", """
                        {"intoParkCode":"%s","effectiveOn":"2999-12-31","document":"鲁政字〔2024〕1号"}"""
                        .formatted(ParkChangesTestParks.fresh("坏请求整合园区")))
                .pathValue("/api/v1/parks/{code}/retirement", "code", () -> ParkChangesTestParks.fresh("坏请求撤销园区"))
                .body("POST /api/v1/parks/{code}/retirement", """
                        {"retiredOn":"2999-12-31","reason":"坏请求测试","document":"鲁政字〔2024〕1号"}""")
                .run(dataSource);
    }
}
