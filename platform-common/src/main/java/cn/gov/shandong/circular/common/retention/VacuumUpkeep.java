package cn.gov.shandong.circular.common.retention;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Vacuums and analyses the service's database where the PostgreSQL server does not (decision 53).
 *
 * <p>Every outbox row leaves a dead row version when it is marked published, and every purge leaves
 * the deleted rows; only VACUUM makes that space reusable and removes their entries from the
 * outbox's index of unsent rows, which the sweeper and the backlog metric scan. With the server's
 * autovacuum off (as on the machines this platform is built and tested on) the purges would bound
 * the row count but not the tables, and those scans would grow with every event ever sent. Without
 * ANALYZE the planner never learns the tables' sizes either.
 */
@ApplicationScoped
public class VacuumUpkeep {

    private static final Logger LOG = Logger.getLogger(VacuumUpkeep.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RetentionConfig config;

    private final AtomicBoolean toldAutovacuumOff = new AtomicBoolean();

    @Scheduled(every = "${platform.retention.vacuum-interval:15m}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            vacuumIfDue();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Vacuum skipped, will retry: %s", e.getMessage());
        }
    }

    /** Vacuums the database if {@code platform.retention.vacuum} says so for this server; true if it did. */
    public boolean vacuumIfDue() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean serverAutovacuum = serverAutovacuum(connection);
            if (!serverAutovacuum && toldAutovacuumOff.compareAndSet(false, true)) {
                LOG.warnf("PostgreSQL runs with autovacuum off; with platform.retention.vacuum=%s this service %s",
                        config.vacuum().name().toLowerCase(),
                        config.vacuum().runs(false) ? "vacuums and analyses its database every " + config.vacuumInterval().toMinutes() + " min"
                                : "leaves it to the DBA: schedule VACUUM (ANALYZE), or the outbox's tables grow without bound");
            }
            if (!config.vacuum().runs(serverAutovacuum)) {
                return false;
            }
            vacuum(connection);
            return true;
        }
    }

    /** VACUUM (ANALYZE) of every table the service's user may vacuum; tables locked by another vacuum are skipped. */
    public void vacuumNow() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            vacuum(connection);
        }
    }

    private static void vacuum(Connection connection) throws SQLException {
        long started = System.nanoTime();
        // VACUUM cannot run inside a transaction block.
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze, skip_locked)");
        }
        LOG.debugf("Vacuumed and analysed the database in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean serverAutovacuum(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select current_setting('autovacuum') = 'on'")) {
            result.next();
            return result.getBoolean(1);
        }
    }
}
