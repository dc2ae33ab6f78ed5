package cn.gov.shandong.circular.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.shandong.circular.common.testing.CommitFailures;
import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * A write whose database connection is cut answers 503 problem+json with Retry-After, not 500, and
 * leaves no row and no event; a fault of another kind stays a 500; and a connection cut while it sat
 * idle in the pool is replaced before a request gets it (decision 55).
 */
@QuarkusTest
class DatabaseUnavailableProblemTest {

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

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
    void connectionsCutWhileIdleAreReplacedBeforeTheyAreLentOut() throws Exception {
        // Three connections in the pool, idle.
        List<Connection> held = borrow(3);
        for (Connection connection : held) {
            connection.close();
        }

        assertThat(terminateThePoolsConnections()).as("pooled connections cut").isGreaterThanOrEqualTo(3);
        // Idle for longer than quarkus.datasource.jdbc.foreground-validation-interval (1 s): the pool checks each
        // connection before lending it. Without that, at least two of the three below were dead (the outbox
        // sweeper may meet one of them first) and their statements failed.
        Thread.sleep(1_500);

        held = borrow(3);
        try {
            for (Connection connection : held) {
                try (var statement = connection.createStatement()) {
                    assertThat(statement.execute("select 1")).isTrue();
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/ledger/idle-cut")
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

        assertThat(DatabaseUnavailableProblem.causedByUnavailableDatabase(CommitFailures.connectionCutDuringCommit()))
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

    /** Connections held at once, so the pool lends distinct ones. */
    private List<Connection> borrow(int count) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            connections.add(dataSource.getConnection());
        }
        return connections;
    }

    /** As a restart or failover of the server would: every connection of the pool is cut, from outside it. */
    private static int terminateThePoolsConnections() throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection outside = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             ResultSet cut = outside.createStatement().executeQuery("""
                     select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                     where datname = current_database() and pid <> pg_backend_pid()""")) {
            cut.next();
            return cut.getInt(1);
        }
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
