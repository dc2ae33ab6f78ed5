package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * {@code acceptance.filing-returned}: the province did not file a passed application and sent it back
 * to the city's review, with its reasons.
 */
public record FilingReturned(UUID applicationId, String parkCode, String cityCode, String reasons)
        implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.filing-returned";

    public FilingReturned {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .text("reasons", reasons, Check.TEXT_MAX)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
