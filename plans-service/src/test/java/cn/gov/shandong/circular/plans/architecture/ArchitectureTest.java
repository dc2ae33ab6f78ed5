package cn.gov.shandong.circular.plans.architecture;

import cn.gov.shandong.circular.common.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** plans-service keeps the platform's layering (see {@link ArchitectureRules}); not a @QuarkusTest. */
class ArchitectureTest {

    @Test
    void httpOnlyAtTheEdgeResourcesOnTopAndNoOtherService() {
        ArchitectureRules.checkService("plans");
    }
}
