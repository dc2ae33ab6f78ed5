package cn.gov.shandong.circular.events;

import java.util.List;
import java.util.UUID;

/**
 * {@code acceptance.rectification-confirmed}: a park that a spot check required to rectify (限期整改) has
 * done so; its filed acceptance stands.
 *
 * @param roundCode the spot-check round whose finding this resolves
 * @param reasons   why the rectification is accepted (1-20 texts, not blank)
 */
public record RectificationConfirmed(UUID applicationId, String parkCode, String cityCode, String roundCode,
                                     List<String> reasons) implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.rectification-confirmed";

    public RectificationConfirmed {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .matches("roundCode", roundCode, SpotCheckDrawn.ROUND_CODE, 7, "a round code such as 2020-01")
                .present("reasons", reasons)
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
