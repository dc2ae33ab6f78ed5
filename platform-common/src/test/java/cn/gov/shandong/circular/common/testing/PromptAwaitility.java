package cn.gov.shandong.circular.common.testing;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes every Awaitility wait check its condition at once, before its first pause. Awaitility's default is to
 * pause one poll interval first (100 ms, or the interval a call gives), so a test that waits for what is already
 * true, such as an event already applied, slept anyway: 21 of the 30 seconds of reporting's authorisation matrix.
 * Conditions and time limits stay as each test wrote them.
 *
 * <p>Registered for every test class of a module that has the platform-common test-jar (JUnit's extension
 * autodetection, which Quarkus turns on). Set on Awaitility as the test class's own class loader sees it, since a
 * {@code @QuarkusTest} class may be loaded by Quarkus's class loader rather than the one that loaded this.
 */
public final class PromptAwaitility implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        loaders.add(context.getRequiredTestClass().getClassLoader());
        loaders.add(PromptAwaitility.class.getClassLoader());
        for (ClassLoader loader : loaders) {
            Class<?> awaitility;
            try {
                awaitility = Class.forName("org.awaitility.Awaitility", true, loader);
            } catch (ClassNotFoundException notUsedHere) {
                continue;
            }
            awaitility.getMethod("setDefaultPollDelay", Duration.class).invoke(null, Duration.ZERO);
        }
    }
}
