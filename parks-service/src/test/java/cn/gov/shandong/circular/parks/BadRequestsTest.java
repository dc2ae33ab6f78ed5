package cn.gov.shandong.circular.parks;

import cn.gov.shandong.circular.common.testing.BadRequestSuite;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
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
@QuarkusTestResource(PlatformTestResource.class)
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
                .run(dataSource);
    }
}
