package cn.gov.shandong.circular.common.idempotency;

import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The store of {@code Idempotency-Key}s of creates, scoped by caller: the same key with the same body returns
 * the first result, the same key with another body is refused.
 *
 * <p>Insert-first, in the create's own transaction: the key row is claimed before the create and
 * completed with its result, so a failed create leaves no key behind (the retry runs afresh) and a
 * concurrent retry with the same key waits on the row and then sees the first result.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Caller caller;

    /** The result a key was first used for. */
    record FirstResult(UUID resourceId, int status) {
    }

    /**
     * Claims the key for this caller, operation and request.
     *
     * @return empty if the key is new (the caller goes on with the create and then calls
     *         {@link #complete}), else the result of the first request with this key
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<FirstResult> claim(String key, String operation, Object request) {
        if (!SAFE.matcher(key).matches()) {
            throw RuleViolated.invalid(HEADER, HEADER + " must be 1-200 characters of letters, digits and ._:-");
        }
        String hash = hash(operation, request);
        int claimed = entityManager.createNativeQuery("""
                        insert into idempotency_key (caller, idempotency_key, operation, request_hash)
                        values (:caller, :key, :operation, :hash)
                        on conflict do nothing""")
                .setParameter("caller", caller.username())
                .setParameter("key", key)
                .setParameter("operation", operation)
                .setParameter("hash", hash)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Tuple first = (Tuple) entityManager.createNativeQuery("""
                        select operation, request_hash, resource_id, response_status from idempotency_key
                        where caller = :caller and idempotency_key = :key""", Tuple.class)
                .setParameter("caller", caller.username())
                .setParameter("key", key)
                .getSingleResult();
        if (!operation.equals(first.get("operation", String.class)) || !hash.equals(first.get("request_hash", String.class))) {
            throw new Conflict("idempotency-key-reused", "Idempotency-Key " + key
                    + " was already used for a different request; use a new key for a new request");
        }
        if (first.get("resource_id") == null) {
            throw new Conflict("idempotency-key-in-use", "The request with Idempotency-Key " + key
                    + " has not completed yet; retry later");
        }
        return Optional.of(new FirstResult(first.get("resource_id", UUID.class),
                first.get("response_status", Number.class).intValue()));
    }

    /** Records what the first request with this key created. */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(String key, UUID resourceId, int status) {
        entityManager.createNativeQuery("""
                        update idempotency_key set resource_id = :resource, response_status = :status
                        where caller = :caller and idempotency_key = :key""")
                .setParameter("resource", resourceId)
                .setParameter("status", status)
                .setParameter("caller", caller.username())
                .setParameter("key", key)
                .executeUpdate();
    }

    /** SHA-256 of the operation and the request as canonical JSON (so formatting does not matter). */
    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(objectMapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot hash the request", e);
        }
    }
}
