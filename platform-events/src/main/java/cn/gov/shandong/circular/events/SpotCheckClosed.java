package cn.gov.shandong.circular.events;

/**
 * {@code acceptance.spot-check-closed}: every sampled park of a spot-check round has a final finding and the
 * province closed the round. Keyed by the round's code.
 *
 * @param confirmed sampled parks whose filing stands (directly or after rectification)
 * @param revoked   sampled parks whose filing was revoked
 */
public record SpotCheckClosed(String roundCode, Integer confirmed, Integer revoked) implements AcceptanceEvent {

    public static final String TYPE = "acceptance.spot-check-closed";

    public SpotCheckClosed {
        Check.of(TYPE)
                .matches("roundCode", roundCode, SpotCheckDrawn.ROUND_CODE, 7, "a round code such as 2020-01")
                .between("confirmed", confirmed, 0, SpotCheckDrawn.PARKS_MAX, false)
                .between("revoked", revoked, 0, SpotCheckDrawn.PARKS_MAX, false)
                .rule(confirmed == null || revoked == null || confirmed + revoked >= 1, "a closed round found something about at least one park")
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return roundCode;
    }
}
