package cn.gov.shandong.circular.reporting;

import cn.gov.shandong.circular.common.testing.ApiContractCheck;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The contract the front end builds on (docs/api.md, "Contract linting"): see ApiContractCheck. */
@QuarkusTest
class ApiContractTest {

    @Test
    void everyOperationHasAnIdASummaryAndExamplesThatFitTheirSchemas() {
        ApiContractCheck.assertServedDocumentHolds();
    }
}
