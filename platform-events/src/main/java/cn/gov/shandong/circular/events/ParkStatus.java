package cn.gov.shandong.circular.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Optional;

/**
 * Whether a park is among the registry's active parks: ACTIVE from its registration, RETIRED from a
 * {@link ParkRetired} or a {@link ParkMerged} on. Not event data itself: the registry and the consumers'
 * copies derive it from those events.
 */
public enum ParkStatus {
    ACTIVE,
    RETIRED;

    /** The status with exactly this name. */
    public static Optional<ParkStatus> named(String name) {
        return StrictEnums.named(ParkStatus.class, name);
    }

    /** Reads a status from JSON by its exact name only. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ParkStatus fromJson(String name) {
        return StrictEnums.fromJson(ParkStatus.class, "status", name);
    }
}
