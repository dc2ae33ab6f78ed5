package cn.gov.shandong.circular.reporting;

import cn.gov.shandong.circular.common.testing.TokenAttacks;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Forged, stale and missing tokens get 401 problem+json from reporting-service (see TokenAttacks). */
@QuarkusTest
class TokenAttackTest {

    @TestFactory
    Stream<DynamicTest> everyTokenAttackIsRefused() {
        return Stream.of(
                TokenAttacks.against("GET", "/api/v1/progress?programme=2018-2020"),
                TokenAttacks.against("GET", "/api/v1/events"))
                .flatMap(tests -> tests);
    }
}
