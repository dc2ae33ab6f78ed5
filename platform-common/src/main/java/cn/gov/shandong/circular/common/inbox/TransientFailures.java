package cn.gov.shandong.circular.common.inbox;

import cn.gov.shandong.circular.common.failures.Causes;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Set;

/**
 * Tells a failure that goes away by itself (the database restarting, a lost connection, a deadlock)
 * from one that will fail the same way every time (bad data). Consumers wait out the first kind
 * instead of sending the event to the dead-letter topic, where the projection would miss it.
 */
final class TransientFailures {

    /** SQLSTATE classes that mean "try again later" (PostgreSQL appendix A). */
    private static final Set<String> TRANSIENT_CLASSES = Set.of(
            "08", // connection exception
            "40", // transaction rollback: serialization failure, deadlock
            "53", // insufficient resources
            "55", // object not in prerequisite state: database not accepting connections, lock not available
            "57"  // operator intervention: admin shutdown, cannot connect now
    );

    private TransientFailures() {
    }

    /**
     * Bad data anywhere behind the failure wins: it would fail the same way again. Causes and suppressed
     * exceptions alike, so a connection cut during the commit (the driver's error suppressed under
     * Narayana's rollback) is an outage too.
     */
    static boolean isTransient(Throwable failure) {
        List<Throwable> causes = Causes.of(failure).toList();
        return causes.stream().noneMatch(MalformedEventException.class::isInstance)
                && causes.stream().anyMatch(TransientFailures::passing);
    }

    private static boolean passing(Throwable cause) {
        if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                && TRANSIENT_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
            return true;
        }
        // Agroal, when no connection can be made while the database is away.
        return cause instanceof SQLException sql && sql.getMessage() != null
                && sql.getMessage().startsWith("Acquisition timeout");
    }
}
