package cn.gov.shandong.circular.events;

import java.time.LocalDate;

/**
 * {@code park.level-changed}: a park was approved at another level from a day on, typically a provincial-level
 * park upgraded to national level (升级为国家级) by a State Council or ministry document.
 *
 * @param parkCode      the park's code, record key
 * @param cityCode      GB/T 2260 code of its city
 * @param previousLevel the level it had until now
 * @param level         the new level
 * @param effectiveOn   the first day at the new level (Asia/Shanghai)
 * @param document      the approving document (文号)
 */
public record ParkLevelChanged(String parkCode, String cityCode, ParkLevel previousLevel, ParkLevel level,
                               LocalDate effectiveOn, String document) implements ParksEvent {

    public static final String TYPE = "park.level-changed";

    public ParkLevelChanged {
        Check.of(TYPE)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("previousLevel", previousLevel)
                .present("level", level)
                .present("effectiveOn", effectiveOn)
                .text("document", document, ParkRenamed.DOCUMENT_MAX)
                .rule(previousLevel == null || previousLevel != level, "the new level must differ from the previous one")
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return parkCode;
    }
}
