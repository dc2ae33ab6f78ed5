package cn.gov.shandong.circular.plans;

import cn.gov.shandong.circular.common.testing.AuthorisationMatrix;
import cn.gov.shandong.circular.common.testing.AuthorisationMatrix.Request;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every operation as every caller, against the seeded 2018-2020 schedule with Jinan's and Qingdao's parks
 * announced: own park SDP001 and other park SDP002 in Jinan, other city's park SDP006 in Qingdao
 * (docs/authorisation.md, "plans-service").
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AuthorisationMatrixTest {

    private static final String SCHEDULE = "GET /api/v1/programmes/{code}/schedule";
    private static final String PARK_SCHEDULE = "GET /api/v1/parks/{parkCode}/schedule";

    @Inject
    DataSource dataSource;

    @Inject
    RegistryFeed feed;

    @Test
    void everyCallerGetsWhatTheAuthorisationTableSaysAndNothingOutsideTheirScope() {
        feed.registerAndAwait(RegistryFeed.JINAN);
        feed.registerAndAwait(RegistryFeed.QINGDAO);
        AuthorisationMatrix.forService("plans-service")
                .scopedCallers("370100", "SDP001")
                .otherPark("\"SDP002\"")
                .otherCity("\"SDP006\"", "\"SDP007\"", "\"370200\"")
                .request("GET /api/v1/programmes/{code}", "any", () -> Request.pathValue("code", "2018-2020"))
                .request(SCHEDULE, "all", () -> Request.pathValue("code", "2018-2020").andQuery("size=200"))
                .request(SCHEDULE, "own", () -> Request.pathValue("code", "2018-2020").andQuery("cityCode=370100&size=200"))
                .request(SCHEDULE, "other city", () -> Request.pathValue("code", "2018-2020").andQuery("cityCode=370200&size=200"))
                .request(PARK_SCHEDULE, "own", () -> Request.pathValue("parkCode", "SDP001"))
                .request(PARK_SCHEDULE, "other park", () -> Request.pathValue("parkCode", "SDP002"))
                .request(PARK_SCHEDULE, "other city", () -> Request.pathValue("parkCode", "SDP006"))
                .request(PARK_SCHEDULE, "unknown id", () -> Request.pathValue("parkCode", "SDP999"))
                .run(dataSource);
    }
}
