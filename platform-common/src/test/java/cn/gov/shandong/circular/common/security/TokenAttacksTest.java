package cn.gov.shandong.circular.common.security;

import cn.gov.shandong.circular.common.testing.TokenAttacks;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every token attack is refused with 401 problem+json, both where the HTTP permission layer refuses
 * ({@code /api/*} needs an authenticated caller) and where the endpoint itself asks for one.
 */
@QuarkusTest
class TokenAttacksTest {

    @TestFactory
    Stream<DynamicTest> attacksOnAnEndpointBehindThePermissionPolicyAreRefused() {
        return TokenAttacks.against("GET", "/api/scope-probe");
    }
}
