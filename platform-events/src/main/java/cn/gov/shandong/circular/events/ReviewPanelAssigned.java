package cn.gov.shandong.circular.events;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code acceptance.review-panel-assigned}: the city named (or changed) the expert panel of a review.
 *
 * @param experts the panel's experts by user name, {@value #PANEL_MIN} to {@value #PANEL_MAX}, each once
 */
public record ReviewPanelAssigned(UUID applicationId, String parkCode, String cityCode, UUID reviewId,
                                  List<String> experts) implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.review-panel-assigned";
    /**
     * The fewest and most experts this event's schema takes (asyncapi minItems/maxItems). They bound the
     * payload, not the rule: how large a review's panel must be is data of its score sheet version
     * (acceptance-service's {@code score_sheet.panel_min} and {@code panel_max}), which lies within these.
     */
    public static final int PANEL_MIN = 3;
    public static final int PANEL_MAX = 15;
    public static final int USERNAME_MAX = 200;

    public ReviewPanelAssigned {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("reviewId", reviewId)
                .present("experts", experts)
                .rule(experts == null || (experts.size() >= PANEL_MIN && experts.size() <= PANEL_MAX),
                        "a panel has " + PANEL_MIN + " to " + PANEL_MAX + " experts")
                .rule(experts == null || experts.stream().allMatch(e -> e != null && !e.isBlank() && e.length() <= USERNAME_MAX),
                        "experts has a blank or over-long name")
                .rule(experts == null || experts.stream().filter(Objects::nonNull).distinct().count() == experts.size(),
                        "experts names an expert twice")
                .orThrow();
        experts = List.copyOf(experts);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
