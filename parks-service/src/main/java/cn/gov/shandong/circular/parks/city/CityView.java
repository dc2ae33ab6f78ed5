package cn.gov.shandong.circular.parks.city;

import java.time.LocalDate;

/** A city as the API shows it. */
public record CityView(String code, String name, boolean active, LocalDate abolishedOn, String successorCode) {

    static CityView of(City city) {
        return new CityView(city.code, city.name, city.abolishedOn == null, city.abolishedOn, city.successorCode);
    }
}
