package cn.gov.shandong.circular.common.web;

import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Optimistic locking over HTTP: the entity's version is its ETag, a write may send it back as
 * If-Match, and a version that has moved on answers 412 (the service checks an {@link ExpectedVersion}).
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names: absent, blank or {@code *} is {@link ExpectedVersion#ANY}; a tag
     * that is not one of ours (weak or strong) matches no version, so the write is refused as stale.
     */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return ExpectedVersion.ANY;
        }
        List<Long> versions = new ArrayList<>();
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.trim().replaceFirst("^W/", "");
            if (candidate.matches("\"[0-9]{1,18}\"")) {
                versions.add(Long.parseLong(candidate.substring(1, candidate.length() - 1)));
            }
        }
        return new ExpectedVersion(versions, ifMatch.trim());
    }

    /** Refuses the write when If-Match is given and does not name the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        expected(ifMatch).check(currentVersion);
    }
}
