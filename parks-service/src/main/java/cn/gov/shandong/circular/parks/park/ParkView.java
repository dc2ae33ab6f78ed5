package cn.gov.shandong.circular.parks.park;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ZoneKind;

/** A park as the API shows it. */
public record ParkView(String code, String name, String cityCode, String cityName, ParkLevel level,
                       ZoneKind zoneKind, long version) {

    static ParkView of(Park park) {
        return new ParkView(park.code, park.name, park.city.code, park.city.name, park.level, park.zoneKind,
                park.version);
    }
}
