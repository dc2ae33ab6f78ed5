package cn.gov.shandong.circular.parks.park;

/** Data of the {@code park.registered} event (the seed migration writes the same shape in SQL). */
public record ParkRegistered(String parkCode, String name, String cityCode, String cityName, ParkLevel level,
                             ZoneKind zoneKind) {

    public static final String TYPE = "park.registered";

    static ParkRegistered of(Park park) {
        return new ParkRegistered(park.code, park.name, park.city.code, park.city.name, park.level, park.zoneKind);
    }
}
