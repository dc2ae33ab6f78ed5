package cn.gov.shandong.circular.common.idempotency;

import java.util.UUID;

/**
 * What a create returned: the view of what exists, its id, and whether this request made it or replayed the first
 * request with its Idempotency-Key. The resource picks the HTTP answer.
 */
public record Created<V>(V view, UUID id, boolean replayed) {

    public static <V> Created<V> made(V view, UUID id) {
        return new Created<>(view, id, false);
    }

    public static <V> Created<V> replayed(V view, UUID id) {
        return new Created<>(view, id, true);
    }
}
