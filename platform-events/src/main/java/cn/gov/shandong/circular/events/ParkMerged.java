package cn.gov.shandong.circular.events;

import java.time.LocalDate;

/**
 * {@code park.merged}: a park was merged into another park of the registry (整合) from a day on and is retired
 * with it: it keeps its code (never reused) and its history, the other park carries on. No separate
 * {@code park.retired} follows; consumers treat this event as the park's retirement.
 *
 * @param parkCode     the merged park's code, record key
 * @param cityCode     GB/T 2260 code of its city
 * @param intoParkCode the park it was merged into (active, another code)
 * @param effectiveOn  the first day on which it no longer exists on its own (Asia/Shanghai)
 * @param document     the approving document (文号), if any
 */
public record ParkMerged(String parkCode, String cityCode, String intoParkCode, LocalDate effectiveOn, String document)
        implements ParksEvent {

    public static final String TYPE = "park.merged";

    public ParkMerged {
        Check.of(TYPE)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .matches("intoParkCode", intoParkCode, Check.PARK_CODE, Check.PARK_CODE_MAX,
                        "a park code (SDP and at least three digits)")
                .present("effectiveOn", effectiveOn)
                .optionalText("document", document, ParkRenamed.DOCUMENT_MAX)
                .rule(parkCode == null || !parkCode.equals(intoParkCode), "a park cannot be merged into itself")
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
