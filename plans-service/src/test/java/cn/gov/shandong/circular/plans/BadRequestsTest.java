package cn.gov.shandong.circular.plans;

import cn.gov.shandong.circular.common.testing.BadRequestSuite;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Every documented operation, sent bad requests generated from the OpenAPI document (see BadRequestSuite). */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class BadRequestsTest {

    @Inject
    DataSource dataSource;

    @Test
    void noBadRequestIsAServerErrorOrLeavesARowOrEventBehind() {
        BadRequestSuite.forService("plans-service")
                .pathValue("/api/v1/programmes/{code}", "code", () -> "2018-2020")
                .pathValue("/api/v1/programmes/{code}/schedule", "code", () -> "2018-2020")
                .pathValue("parkCode", () -> "SDP001")
                .run(dataSource);
    }
}
