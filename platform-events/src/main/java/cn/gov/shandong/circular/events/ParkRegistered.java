package cn.gov.shandong.circular.events;

/**
 * {@code park.registered}: a park joined the registry, or its registration was republished as a
 * correction (a later one for the same park replaces the earlier copy).
 *
 * @param parkCode  the park's code (SDP001...), record key
 * @param name      official name (园区名称), unique in the registry
 * @param cityCode  GB/T 2260 code of its city
 * @param cityName  name of its city
 * @param level     the level at which it was approved
 * @param zoneKind  kind of zone, from the official name
 */
public record ParkRegistered(String parkCode, String name, String cityCode, String cityName, ParkLevel level,
                             ZoneKind zoneKind) implements ParksEvent {

    public static final String TYPE = "park.registered";
    public static final int NAME_MAX = 100;
    public static final int CITY_NAME_MAX = 50;

    public ParkRegistered {
        Check.of(TYPE)
                .parkCode(parkCode)
                .text("name", name, NAME_MAX)
                .cityCode(cityCode)
                .text("cityName", cityName, CITY_NAME_MAX)
                .present("level", level)
                .present("zoneKind", zoneKind)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The park: one park's registrations stay in order. */
    @Override
    public String key() {
        return parkCode;
    }
}
