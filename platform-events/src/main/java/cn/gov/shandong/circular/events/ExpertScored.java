package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * {@code acceptance.expert-scored}: one expert of a review's panel scored (or re-scored) every criterion
 * of the frozen score sheet.
 *
 * @param total the sum of the expert's points
 */
public record ExpertScored(UUID applicationId, String parkCode, String cityCode, UUID reviewId, String expert,
                           Integer total) implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.expert-scored";

    public ExpertScored {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("reviewId", reviewId)
                .text("expert", expert, ReviewPanelAssigned.USERNAME_MAX)
                .between("total", total, 0, AcceptanceReviewed.SCORE_MAX, false)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
