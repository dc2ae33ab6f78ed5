package cn.gov.shandong.circular.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A create that runs once per {@code Idempotency-Key} (in the create's transaction): the same key with the same
 * request answers the first result again, marked replayed; without a key the create just runs. The one place a
 * service's create meets the key store ({@link IdempotencyKeys}), so every create claims and completes its key
 * alike.
 */
@ApplicationScoped
public class CreateOnce {

    /** What the key records of a first result: the create's answer (the resources answer every create so). */
    private static final int CREATED = 201;

    @Inject
    IdempotencyKeys idempotencyKeys;

    /**
     * @param operation what the key is for (a repeated key for another operation or request is refused)
     * @param replay    the view of what the first request made, by the id it recorded
     * @param create    the create itself
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <V> Created<V> run(String idempotencyKey, String operation, Object request, Function<UUID, V> replay,
                              Supplier<Created<V>> create) {
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.FirstResult> first = idempotencyKeys.claim(idempotencyKey, operation, request);
            if (first.isPresent()) {
                return Created.replayed(replay.apply(first.get().resourceId()), first.get().resourceId());
            }
        }
        Created<V> created = create.get();
        if (idempotencyKey != null) {
            idempotencyKeys.complete(idempotencyKey, created.id(), CREATED);
        }
        return created;
    }
}
