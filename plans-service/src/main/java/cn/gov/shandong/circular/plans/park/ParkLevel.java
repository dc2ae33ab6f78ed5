package cn.gov.shandong.circular.plans.park;

import java.util.Arrays;
import java.util.Optional;

/** Level of a park as Attachment 2 lists it: 国家级 (national) or 省级 (provincial). */
public enum ParkLevel {
    NATIONAL,
    PROVINCIAL;

    /** The level with exactly this name (the API and the events use the UPPER_CASE names only). */
    public static Optional<ParkLevel> named(String name) {
        return Arrays.stream(values()).filter(level -> level.name().equals(name)).findFirst();
    }
}
