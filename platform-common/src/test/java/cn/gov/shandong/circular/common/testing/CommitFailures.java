package cn.gov.shandong.circular.common.testing;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;

/** Failures as the transaction manager hands them on, for the tests of the classifiers that read them. */
public final class CommitFailures {

    private CommitFailures() {
    }

    /**
     * A connection cut during the commit, as it reached a response in a CI run (FaultToleranceIT): the driver's
     * error sits under an XAException suppressed by Narayana's RollbackException, not in the cause chain.
     */
    public static RuntimeException connectionCutDuringCommit() {
        RollbackException commitFailed = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commitFailed.addSuppressed(xa);
        return new RuntimeException("Error invoking subclass method", commitFailed);
    }
}
