package cn.gov.shandong.circular.reporting;

import cn.gov.shandong.circular.common.testing.BadRequestSuite;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Every documented operation, sent bad requests generated from the OpenAPI document (see BadRequestSuite). */
@QuarkusTest
class BadRequestsTest {

    @Inject
    DataSource dataSource;

    @Test
    void noBadRequestIsAServerErrorOrLeavesARowOrEventBehind() {
        BadRequestSuite.forService("reporting-service").run(dataSource);
    }
}
