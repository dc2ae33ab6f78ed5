package cn.gov.shandong.circular.common.domain;

/** The thing does not exist, or exists outside the caller's scope (we do not say which). */
public final class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super(null, what + " " + id + " does not exist");
    }
}
