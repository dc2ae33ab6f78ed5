package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * {@code acceptance.applied}: a park management committee applied for acceptance of its circular
 * transformation; city and level are the park's when it applied.
 *
 * @param summary the park's summary of what it achieved
 */
public record AcceptanceApplied(UUID applicationId, String parkCode, String cityCode, ParkLevel level,
                                String summary) implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.applied";

    public AcceptanceApplied {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("level", level)
                .text("summary", summary, Check.TEXT_MAX)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
