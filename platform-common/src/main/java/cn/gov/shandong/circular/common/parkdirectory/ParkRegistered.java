package cn.gov.shandong.circular.common.parkdirectory;

import java.util.ArrayList;
import java.util.List;

/**
 * Data of {@code park.registered} on {@code parks.events}: the fields a local park directory keeps
 * (zoneKind and the attribution fields are ignored). See {@code docs/asyncapi.yaml}.
 */
public record ParkRegistered(String parkCode, String name, String cityCode, String cityName, ParkLevel level) {

    public static final String TYPE = "park.registered";

    /** The fields the contract requires that this data lacks (null or blank), in data order. */
    public List<String> missingFields() {
        List<String> missing = new ArrayList<>();
        if (blank(parkCode)) {
            missing.add("parkCode");
        }
        if (blank(name)) {
            missing.add("name");
        }
        if (blank(cityCode)) {
            missing.add("cityCode");
        }
        if (blank(cityName)) {
            missing.add("cityName");
        }
        if (level == null) {
            missing.add("level");
        }
        return missing;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
