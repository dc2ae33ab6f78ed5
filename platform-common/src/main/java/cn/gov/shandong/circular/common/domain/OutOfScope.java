package cn.gov.shandong.circular.common.domain;

/** The caller's role or scope (their city, their park, their panel) does not allow this on that data. */
public final class OutOfScope extends DomainException {

    public OutOfScope(String detail) {
        super(null, detail);
    }
}
