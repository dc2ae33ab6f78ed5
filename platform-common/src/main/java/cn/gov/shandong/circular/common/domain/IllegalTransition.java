package cn.gov.shandong.circular.common.domain;

/** The action is not allowed in the thing's current state (e.g. filing an application not yet reviewed). */
public final class IllegalTransition extends DomainException {

    public IllegalTransition(String detail) {
        super(null, detail);
    }
}
