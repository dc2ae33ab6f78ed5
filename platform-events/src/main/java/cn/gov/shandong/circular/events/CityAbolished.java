package cn.gov.shandong.circular.events;

import java.time.LocalDate;

/**
 * {@code park.city-abolished}: a city was abolished in an administrative change and its area, with its
 * parks, went to a successor city from a day on (莱芜市 371200 → 济南市 370100 from 2019-01-09, 国函〔2018〕163号).
 * Keyed by the abolished city's code; a later one for the same city replaces the earlier (a correction).
 *
 * <p>From {@code effectiveOn} the successor's officers act for the abolished city's parks; the parks keep
 * their city code, so reports of a programme keep the abolished city's own row (docs/decisions.md, 38).
 *
 * @param cityCode      the abolished city's GB/T 2260 code (never reused), record key
 * @param cityName      its name
 * @param successorCode the city that took it over
 * @param successorName the successor's name
 * @param effectiveOn   the first day on which the successor acts for it (Asia/Shanghai)
 */
public record CityAbolished(String cityCode, String cityName, String successorCode, String successorName,
                            LocalDate effectiveOn) implements ParksEvent {

    public static final String TYPE = "park.city-abolished";

    public CityAbolished {
        Check.of(TYPE)
                .cityCode(cityCode)
                .text("cityName", cityName, ParkRegistered.CITY_NAME_MAX)
                .matches("successorCode", successorCode, Check.CITY_CODE, 6, "a 6-digit GB/T 2260 city code")
                .text("successorName", successorName, ParkRegistered.CITY_NAME_MAX)
                .present("effectiveOn", effectiveOn)
                .rule(cityCode == null || !cityCode.equals(successorCode), "a city cannot succeed itself")
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return cityCode;
    }
}
