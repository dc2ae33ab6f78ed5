package cn.gov.shandong.circular.events;

import java.time.LocalDate;

/**
 * {@code park.renamed}: the registry changed a park's official name (更名) from a day on; its code stays.
 *
 * @param parkCode     the park's code, record key
 * @param cityCode     GB/T 2260 code of its city
 * @param previousName the name it had until now
 * @param name         the new official name, unique in the registry
 * @param effectiveOn  the first day under the new name (Asia/Shanghai)
 * @param document     the approving document (文号), if any
 */
public record ParkRenamed(String parkCode, String cityCode, String previousName, String name, LocalDate effectiveOn,
                          String document) implements ParksEvent {

    public static final String TYPE = "park.renamed";
    public static final int DOCUMENT_MAX = 100;

    public ParkRenamed {
        Check.of(TYPE)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .text("previousName", previousName, ParkRegistered.NAME_MAX)
                .text("name", name, ParkRegistered.NAME_MAX)
                .present("effectiveOn", effectiveOn)
                .optionalText("document", document, DOCUMENT_MAX)
                .rule(previousName == null || !previousName.equals(name), "the new name must differ from the previous one")
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
