package cn.gov.shandong.circular.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.idempotency.IdempotencyKeyRetention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** Idempotency-Key records are forgotten after their retention (7 days), in batches; newer ones are kept. */
@QuarkusTest
class IdempotencyKeyRetentionTest {

    @Inject
    IdempotencyKeyRetention retention;

    @Inject
    EntityManager entityManager;

    @Test
    void keysOlderThanTheRetentionArePurgedAndNewerOnesKept() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into idempotency_key (caller, idempotency_key, operation, request_hash, resource_id,
                                                     response_status, created_at)
                        select 'retention.caller', 'old-' || n, 'apply', 'h', gen_random_uuid(), 201,
                               now() - interval '8 days'
                        from generate_series(1, 1500) n
                        union all
                        select 'retention.caller', 'recent', 'apply', 'h', gen_random_uuid(), 201,
                               now() - interval '6 days'""").executeUpdate());

        long deleted = retention.purgeExpiredKeys();

        assertThat(deleted).isEqualTo(1500);
        assertThat(keys("old-%")).isZero();
        assertThat(keys("recent")).isEqualTo(1);
    }

    private long keys(String pattern) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from idempotency_key where caller = 'retention.caller' and idempotency_key like :p")
                .setParameter("p", pattern).getSingleResult()).longValue());
    }
}
