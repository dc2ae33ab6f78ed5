package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.common.lifecycle.StateTable;
import java.util.EnumSet;
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
 * FAILED and REVOKED are terminal. The SQL side (the status check {@code acceptance_application_status} and the
 * partial unique index {@code acceptance_application_one_open_per_park}) is compared with this enum by
 * {@code ApplicationStatusMatchesMigrationsTest}.
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

    /** The allowed moves. */
    public static final StateTable<ApplicationStatus> TABLE = StateTable.of(ApplicationStatus.class)
            .allow(SUBMITTED, UNDER_REVIEW, RETURNED)
            .allow(UNDER_REVIEW, PASSED, FAILED, RETURNED)
            .allow(RETURNED, SUBMITTED)
            .allow(PASSED, FILED, UNDER_REVIEW)
            .allow(FILED, REVOKED)
            .build();

    /**
     * Open applications block another application of the same park. Keep in step with the partial
     * unique index {@code acceptance_application_one_open_per_park} (V6 migration), which names the
     * closed statuses as this method does ({@code ApplicationStatusMatchesMigrationsTest} compares them).
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
