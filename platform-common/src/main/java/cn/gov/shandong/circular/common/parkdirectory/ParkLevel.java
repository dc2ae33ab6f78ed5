package cn.gov.shandong.circular.common.parkdirectory;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Optional;

/** 园区类别: the level at which a park was approved, as Attachment 2 lists it and parks-service publishes it. */
public enum ParkLevel {
    /** 国家级 */
    NATIONAL,
    /** 省级 */
    PROVINCIAL;

    /** The level with exactly this name (the API and the events use the UPPER_CASE names only). */
    public static Optional<ParkLevel> named(String name) {
        return Arrays.stream(values()).filter(level -> level.name().equals(name)).findFirst();
    }

    /**
     * Reads a level from event data by its exact name only; without this Jackson would also take a
     * number as the constant's ordinal, and an event saying {@code "level": 1} would not be poison.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ParkLevel fromJson(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown level " + name + ", expected one of " + Arrays.toString(values())));
    }
}
