package cn.gov.shandong.circular.plans;

import cn.gov.shandong.circular.common.testing.ApiContractCheck;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The contract the front end builds on (docs/api.md, "Contract linting"): see ApiContractCheck. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ApiContractTest {

    @Test
    void everyOperationHasAnIdASummaryAndExamplesThatFitTheirSchemas() {
        ApiContractCheck.assertServedDocumentHolds();
    }
}
