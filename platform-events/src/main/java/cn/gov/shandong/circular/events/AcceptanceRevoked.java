package cn.gov.shandong.circular.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code acceptance.revoked}: the province revoked a park's filed acceptance (撤销备案) after a spot check;
 * the park no longer counts as completed until a later application is filed. Carries city and level, as
 * {@code acceptance.filed} does, so that reporting needs no other event to count it.
 *
 * @param revokedAt when it was revoked (ISO-8601 instant)
 * @param reasons   why (1-20 texts, not blank)
 * @param roundCode the spot-check round whose finding revoked it
 */
public record AcceptanceRevoked(UUID applicationId, String parkCode, String cityCode, ParkLevel level,
                                Instant revokedAt, List<String> reasons, String roundCode)
        implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.revoked";

    public AcceptanceRevoked {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("level", level)
                .present("revokedAt", revokedAt)
                .present("reasons", reasons)
                .matches("roundCode", roundCode, SpotCheckDrawn.ROUND_CODE, 7, "a round code such as 2020-01")
                .rule(reasons == null || SpotCheckFindingRecorded.validReasons(reasons), "reasons must be 1-"
                        + SpotCheckFindingRecorded.REASONS_MAX + " texts, none blank or longer than "
                        + SpotCheckFindingRecorded.REASON_MAX)
                .orThrow();
        reasons = List.copyOf(reasons);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
