package cn.gov.shandong.circular.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * A write whose database connection is cut answers 503 problem+json with Retry-After, not 500, and
 * leaves no row and no event; a fault of another kind stays a 500.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class DatabaseUnavailableProblemTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aWriteWhoseConnectionIsCutAnswers503AndLeavesNothing() {
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType("application/json")
                .body("{\"account\": \"cut-connection\", \"amount\": 5}")
                .when().post("/api/ledger/cut-connection")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:circular-parks:problem:service-unavailable"))
                .body("status", equalTo(503))
                .body("detail", startsWith("The database could not be reached for a moment"));

        assertThat(count("select count(*) from ledger_entry where account = 'cut-connection'")).isZero();
        assertThat(count("select count(*) from outbox_event where event_key = 'cut-connection'")).isZero();
        // The pool dropped the dead connection: the next request reaches the database (an unknown account is a 404).
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/ledger/cut-connection")
                .then().statusCode(404);
    }

    @Test
    void onlyAFailureToReachTheDatabaseIsUnavailable() {
        assertThat(unavailable(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(unavailable(new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))).isTrue();
        assertThat(unavailable(new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST)))
                .isTrue();
        assertThat(unavailable(new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
        assertThat(unavailable(new SQLTransientConnectionException("the database system is starting up", "57P03")))
                .isTrue();

        assertThat(unavailable(new PSQLException("duplicate key value", PSQLState.UNIQUE_VIOLATION))).isFalse();
        assertThat(unavailable(new PSQLException("syntax error", PSQLState.SYNTAX_ERROR))).isFalse();
        assertThat(DatabaseUnavailableProblem.causedByUnavailableDatabase(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailableProblem.causedByUnavailableDatabase(null)).isFalse();
    }

    /** As Hibernate and the transaction interceptor wrap it on its way to the response. */
    private static boolean unavailable(SQLException failure) {
        return DatabaseUnavailableProblem.causedByUnavailableDatabase(new RuntimeException("request failed",
                new GenericJDBCException("could not execute statement", failure)));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
