package cn.gov.shandong.circular.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Optional;

/** 园区类别: the level at which a park was approved, as Attachment 2 lists it and parks-service publishes it. */
public enum ParkLevel {
    /** 国家级 */
    NATIONAL,
    /** 省级 */
    PROVINCIAL;

    /** The level with exactly this name (the API and the events use the UPPER_CASE names only). */
    public static Optional<ParkLevel> named(String name) {
        return StrictEnums.named(ParkLevel.class, name);
    }

    /** Reads a level from JSON by its exact name only: a number or another spelling is refused. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ParkLevel fromJson(String name) {
        return StrictEnums.fromJson(ParkLevel.class, "level", name);
    }
}
