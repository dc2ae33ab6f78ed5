package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * {@code acceptance.resubmitted}: the park resubmitted an application the city had returned.
 *
 * @param summary the revised summary
 */
public record AcceptanceResubmitted(UUID applicationId, String parkCode, String cityCode, String summary)
        implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.resubmitted";

    public AcceptanceResubmitted {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .text("summary", summary, Check.TEXT_MAX)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
