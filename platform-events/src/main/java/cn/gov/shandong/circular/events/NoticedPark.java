package cn.gov.shandong.circular.events;

/**
 * A park a notice (通报) names: overdue in its scheduled year when the notice was drafted.
 *
 * @param year the year the park was scheduled to complete its transformation
 */
public record NoticedPark(String parkCode, String cityCode, ParkLevel level, Integer year) {

    public NoticedPark {
        Check.of("noticed park")
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("level", level)
                .between("year", year, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .orThrow();
    }
}
