package cn.gov.shandong.circular.common.domain;

import java.util.List;

/**
 * The version a caller read and means to change (optimistic locking); {@link #ANY} when the caller did not say.
 * The resource builds it from {@code If-Match}; services and entities only {@link #check} it.
 *
 * @param versions the versions the caller accepts (any of them may be current)
 * @param asSent   the caller's words, quoted back in the refusal
 */
public record ExpectedVersion(List<Long> versions, String asSent) {

    /** No expectation: the write applies to whatever version is current. */
    public static final ExpectedVersion ANY = new ExpectedVersion(List.of(), "*");

    public ExpectedVersion {
        versions = List.copyOf(versions);
    }

    public boolean isAny() {
        return versions.isEmpty() && "*".equals(asSent);
    }

    /** Refuses the change when the current version is not one the caller expects. */
    public void check(long currentVersion) {
        if (isAny() || versions.contains(currentVersion)) {
            return;
        }
        throw new StaleVersion("If-Match " + asSent + " does not match the current version \"" + currentVersion + "\"");
    }
}
