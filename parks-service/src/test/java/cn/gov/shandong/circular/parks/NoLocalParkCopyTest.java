package cn.gov.shandong.circular.parks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * parks-service owns the registry and keeps no copy of it: platform-common's park_directory
 * migration (Flyway location db/park-directory) is not among its locations, so the table is absent,
 * and the library's directory entity, mapped here too, is never queried.
 */
@QuarkusTest
class NoLocalParkCopyTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theLibrarysPlatformTablesAreCreatedButNotItsParkDirectory() {
        assertThat(tableExists("outbox_event")).isTrue();
        assertThat(tableExists("processed_event")).isTrue();
        assertThat(tableExists("park_directory")).isFalse();
        // The registry itself answers regardless.
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/parks/SDP001")
                .then().statusCode(200)
                .body("name", is("明水经济技术开发区"));
    }

    private boolean tableExists(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from information_schema.tables"
                        + " where table_schema = current_schema() and table_name = :table")
                .setParameter("table", table)
                .getSingleResult()).longValue() == 1);
    }
}
