package cn.gov.shandong.circular.common.web;

/**
 * Optimistic locking over HTTP: the entity's version is its ETag, a write may send it back as
 * If-Match, and a version that has moved on answers 412.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Refuses the write when If-Match is given and does not name the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String expected = of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.trim().replaceFirst("^W/", "");
            if (candidate.equals(expected)) {
                return;
            }
        }
        throw Problems.stale("If-Match " + ifMatch.trim() + " does not match the current version " + expected);
    }
}
