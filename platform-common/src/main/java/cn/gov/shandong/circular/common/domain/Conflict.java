package cn.gov.shandong.circular.common.domain;

/**
 * The request conflicts with data that exists (a duplicate, a plan already open, a retired park, a reused
 * idempotency key). {@code kind} is the stable name a client switches on, e.g. {@code open-application-exists}.
 */
public final class Conflict extends DomainException {

    private final String kind;

    public Conflict(String kind, String detail) {
        super(null, detail);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
