package cn.gov.shandong.circular.acceptance.application;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an acceptance application stands, and the only place that says which moves are allowed
 * (docs/acceptance.md draws it).
 *
 * <pre>
 * SUBMITTED    --city opens the review--> UNDER_REVIEW
 * SUBMITTED    --city returns it (材料不全)--> RETURNED
 * UNDER_REVIEW --city decides on the panel's score--> PASSED | FAILED | RETURNED
 * RETURNED     --park resubmits--> SUBMITTED
 * PASSED       --province files (备案)--> FILED
 * PASSED       --province returns it to the city--> UNDER_REVIEW
 * FILED        --a spot check (抽查) revokes the filing--> REVOKED
 * </pre>
 */
public enum ApplicationStatus {
    /** 已申请: waiting for the city to open its review. */
    SUBMITTED,
    /** 评审中: the city's expert panel is scoring it. */
    UNDER_REVIEW,
    /** 退回修改: the city sent it back for revision; the park may resubmit. */
    RETURNED,
    /** 验收通过: passed the city's review, waiting for provincial filing. */
    PASSED,
    /** 未通过: failed the city's review; the park may apply again. */
    FAILED,
    /** 已备案: filed with the province, the completed acceptance. */
    FILED,
    /** 已撤销: a spot check revoked the filing; the park no longer counts as completed and may apply again. */
    REVOKED;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = new EnumMap<>(ApplicationStatus.class);

    static {
        NEXT.put(SUBMITTED, EnumSet.of(UNDER_REVIEW, RETURNED));
        NEXT.put(UNDER_REVIEW, EnumSet.of(PASSED, FAILED, RETURNED));
        NEXT.put(RETURNED, EnumSet.of(SUBMITTED));
        NEXT.put(PASSED, EnumSet.of(FILED, UNDER_REVIEW));
        NEXT.put(FAILED, EnumSet.noneOf(ApplicationStatus.class));
        NEXT.put(FILED, EnumSet.of(REVOKED));
        NEXT.put(REVOKED, EnumSet.noneOf(ApplicationStatus.class));
    }

    public boolean canMoveTo(ApplicationStatus next) {
        return NEXT.get(this).contains(next);
    }

    /**
     * Open applications block another application of the same park. Keep in step with the partial
     * unique index {@code acceptance_application_one_open_per_park} (V6 migration), which names the
     * closed statuses as this method does.
     */
    public boolean isOpen() {
        return this != FAILED && this != REVOKED;
    }

    public static Set<ApplicationStatus> open() {
        EnumSet<ApplicationStatus> open = EnumSet.noneOf(ApplicationStatus.class);
        for (ApplicationStatus status : values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        return open;
    }
}
