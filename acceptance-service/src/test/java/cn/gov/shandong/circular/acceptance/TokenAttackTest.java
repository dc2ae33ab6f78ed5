package cn.gov.shandong.circular.acceptance;

import cn.gov.shandong.circular.common.testing.TokenAttacks;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Forged, stale and missing tokens get 401 problem+json from acceptance-service (see TokenAttacks). */
@QuarkusTest
class TokenAttackTest {

    @TestFactory
    Stream<DynamicTest> everyTokenAttackIsRefusedOnReadsAndWrites() {
        return Stream.of(
                TokenAttacks.against("GET", "/api/v1/applications"),
                TokenAttacks.against("POST", "/api/v1/applications"))
                .flatMap(tests -> tests);
    }
}
