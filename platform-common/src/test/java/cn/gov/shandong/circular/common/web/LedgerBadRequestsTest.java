package cn.gov.shandong.circular.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.BadRequestSuite;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The generated bad-request suite against the library's own fixture API, as each service runs it. */
@QuarkusTest
class LedgerBadRequestsTest {

    @Inject
    DataSource dataSource;

    @Test
    void noBadRequestIsAServerErrorOrLeavesARowBehind() {
        BadRequestSuite.Result result = BadRequestSuite.forService("platform-common fixture")
                .pathValue("account", () -> "alice")
                .body("POST /api/ledger", "{\"account\":\"alice\",\"amount\":5}")
                .requests(300)
                .run(dataSource);
        assertThat(result.requests()).isGreaterThanOrEqualTo(300);
    }
}
