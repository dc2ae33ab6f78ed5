package cn.gov.shandong.circular.common.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * Deletes old rows a batch per transaction, so a purge never holds many locks or a long transaction,
 * and two instances purging at once skip each other's rows instead of waiting.
 */
@ApplicationScoped
public class BatchedPurge {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    @Inject
    EntityManager entityManager;

    /**
     * Deletes the rows of {@code table} whose {@code timeColumn} is before {@code cutoff} (rows where it is
     * null are kept).
     *
     * @return how many rows were deleted
     */
    public long deleteOlderThan(String table, String timeColumn, OffsetDateTime cutoff, int batchSize) {
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(timeColumn).matches()) {
            throw new IllegalArgumentException("not a plain identifier: " + table + "." + timeColumn);
        }
        String delete = "delete from " + table + " where ctid in (select ctid from " + table
                + " where " + timeColumn + " < :cutoff limit :batch for update skip locked)";
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(delete)
                    .setParameter("cutoff", cutoff)
                    .setParameter("batch", batchSize)
                    .executeUpdate());
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
