package cn.gov.shandong.circular.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code acceptance.filed}: the province filed a passed application (备案); the park's circular
 * transformation is complete. Carries city and level so that reporting needs no other event to
 * count the park as completed.
 *
 * @param filedAt when the province filed it (serialised as an ISO-8601 instant)
 */
public record AcceptanceFiled(UUID applicationId, String parkCode, String cityCode, ParkLevel level,
                              Instant filedAt) implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.filed";

    public AcceptanceFiled {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("level", level)
                .present("filedAt", filedAt)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
