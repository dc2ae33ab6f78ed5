package cn.gov.shandong.circular.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Optional;

/** The kind of zone a park is (from its official name). */
public enum ZoneKind {
    /** 经济技术开发区 */
    ECONOMIC_AND_TECHNOLOGICAL_DEVELOPMENT_ZONE,
    /** 高新技术产业开发区 (高新区) */
    HIGH_TECH_INDUSTRIAL_DEVELOPMENT_ZONE,
    /** 经济开发区 */
    ECONOMIC_DEVELOPMENT_ZONE,
    /** 工业园区 / 产业园区 */
    INDUSTRIAL_PARK;

    /** The kind with exactly this name. */
    public static Optional<ZoneKind> named(String name) {
        return StrictEnums.named(ZoneKind.class, name);
    }

    /** Reads a kind from JSON by its exact name only: a number or another spelling is refused. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ZoneKind fromJson(String name) {
        return StrictEnums.fromJson(ZoneKind.class, "zoneKind", name);
    }
}
