package cn.gov.shandong.circular.parks;

import cn.gov.shandong.circular.common.testing.AuthorisationMatrix;
import cn.gov.shandong.circular.common.testing.AuthorisationMatrix.Request;
import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every operation as every caller, against the seeded registry: own park SDP001 and other park SDP002
 * in Jinan, other city's park SDP006 in Qingdao (docs/authorisation.md, "parks-service"). Parks it
 * registers are in Zibo, which the other tests do not count.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AuthorisationMatrixTest {

    private static final AtomicInteger REGISTERED = new AtomicInteger();

    @Inject
    DataSource dataSource;

    @Test
    void everyCallerGetsWhatTheAuthorisationTableSaysAndNothingOutsideTheirScope() {
        AuthorisationMatrix.forService("parks-service")
                .scopedCallers("370100", "SDP001")
                .otherPark("\"SDP002\"", "济南高新区")
                .otherCity("\"SDP006\"", "青岛经济技术开发区")
                .request("GET /api/v1/cities/{code}", "any", () -> Request.pathValue("code", "370300"))
                .request("GET /api/v1/cities/{code}", "unknown id", () -> Request.pathValue("code", "379900"))
                .request("GET /api/v1/parks", "all", () -> Request.query("size=200"))
                .request("GET /api/v1/parks", "own", () -> Request.query("cityCode=370100&size=200"))
                .request("GET /api/v1/parks", "other city", () -> Request.query("cityCode=370200&size=200"))
                .request("GET /api/v1/parks/{code}", "own", () -> Request.pathValue("code", "SDP001"))
                .request("GET /api/v1/parks/{code}", "other park", () -> Request.pathValue("code", "SDP002"))
                .request("GET /api/v1/parks/{code}", "other city", () -> Request.pathValue("code", "SDP006"))
                .request("GET /api/v1/parks/{code}", "unknown id", () -> Request.pathValue("code", "SDP999"))
                // A new name per cell: a second park of one name is a 409, which would hide the 201.
                .request("POST /api/v1/parks", "any", () -> Request.body("""
                        {"name":"授权矩阵园区%d","cityCode":"370300","level":"PROVINCIAL","zoneKind":"INDUSTRIAL_PARK"}"""
                        .formatted(REGISTERED.incrementAndGet())))
                .run(dataSource);
    }
}
