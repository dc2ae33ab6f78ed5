package cn.gov.shandong.circular.common.domain;

/** The caller changed a version that has moved on since they read it (optimistic locking). */
public final class StaleVersion extends DomainException {

    public StaleVersion(String detail) {
        super(null, detail);
    }
}
