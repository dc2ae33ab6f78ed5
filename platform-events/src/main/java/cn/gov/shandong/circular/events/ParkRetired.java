package cn.gov.shandong.circular.events;

import java.time.LocalDate;

/**
 * {@code park.retired}: a park left the registry's active parks (撤销) from a day on. It keeps its code (never
 * reused), its name and its history; it no longer counts among the province's parks from that day.
 *
 * @param parkCode  the park's code, record key
 * @param cityCode  GB/T 2260 code of its city
 * @param retiredOn the first day on which it is no longer an active park (Asia/Shanghai)
 * @param reason    why (not blank)
 * @param document  the approving document (文号), if any
 */
public record ParkRetired(String parkCode, String cityCode, LocalDate retiredOn, String reason, String document)
        implements ParksEvent {

    public static final String TYPE = "park.retired";
    public static final int REASON_MAX = 1000;

    public ParkRetired {
        Check.of(TYPE)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("retiredOn", retiredOn)
                .text("reason", reason, REASON_MAX)
                .optionalText("document", document, ParkRenamed.DOCUMENT_MAX)
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
