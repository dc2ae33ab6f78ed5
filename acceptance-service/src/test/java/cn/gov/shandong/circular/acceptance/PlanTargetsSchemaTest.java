package cn.gov.shandong.circular.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.PlanTargetsSchema;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

/**
 * Not a @QuarkusTest: the approved plan-targets tables this service created in V3 and V4, before the model moved to
 * platform-common, are the library's column for column and constraint for constraint (as db/plan-targets creates
 * them for a new user), so the library's ApprovedPlanTargets writes and reads them as they are.
 */
class PlanTargetsSchemaTest {

    @Test
    void theTablesOfV3AndV4AreTheLibrarys() {
        String database = PlatformTestResource.createDatabase();
        try {
            PlanTargetsSchema.migrate(database, "classpath:db/platform", "classpath:db/park-directory",
                    "classpath:db/city-directory",
                    // The service's own, by path: platform-common's test classes on this classpath have a db/migration too.
                    "filesystem:target/classes/db/migration");
            assertThat(PlanTargetsSchema.of(database)).isNotEmpty().isEqualTo(PlanTargetsSchema.ofTheLibrary());
        } finally {
            PlatformTestResource.dropDatabase(database);
        }
    }
}
