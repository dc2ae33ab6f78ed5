package cn.gov.shandong.circular.plans;

import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * The real infrastructure of every {@code @QuarkusTest} of this module, declared once: a fresh database on the
 * machine's PostgreSQL, an in-JVM Kafka broker and the test token key ({@link PlatformTestResource}). A
 * {@code @QuarkusTestResource} not restricted to its class serves all the module's Quarkus tests, so the test
 * classes carry only {@code @QuarkusTest}.
 */
@QuarkusTestResource(PlatformTestResource.class)
final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
