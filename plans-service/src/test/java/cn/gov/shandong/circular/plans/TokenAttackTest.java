package cn.gov.shandong.circular.plans;

import cn.gov.shandong.circular.common.testing.TokenAttacks;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Forged, stale and missing tokens get 401 problem+json from plans-service (see TokenAttacks). */
@QuarkusTest
class TokenAttackTest {

    @TestFactory
    Stream<DynamicTest> everyTokenAttackIsRefused() {
        return Stream.of(
                TokenAttacks.against("GET", "/api/v1/programmes"),
                TokenAttacks.against("GET", "/api/v1/parks/SDP001/schedule"))
                .flatMap(tests -> tests);
    }
}
