package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * {@code acceptance.review-opened}: the park's city opened the review (评审验收) of a submitted application;
 * the score sheet in force is frozen on it.
 *
 * @param reviewId          the review (one per submission: a resubmitted application gets a new one)
 * @param round             1 for the first submission's review, 2 after one resubmission, ...
 * @param scoreSheetVersion the score sheet the panel will score on
 */
public record ReviewOpened(UUID applicationId, String parkCode, String cityCode, UUID reviewId, Integer round,
                           Integer scoreSheetVersion) implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.review-opened";

    public ReviewOpened {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("reviewId", reviewId)
                .between("round", round, 1, 1000, false)
                .between("scoreSheetVersion", scoreSheetVersion, 1, Integer.MAX_VALUE, false)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
