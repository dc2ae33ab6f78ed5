package cn.gov.shandong.circular.events;

import java.util.Arrays;
import java.util.Optional;

/** Enum lookup by exact name, shared by the contract's enums. */
final class StrictEnums {

    private StrictEnums() {
    }

    static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
    }

    /**
     * The constant with exactly this name. Used as a Jackson delegating creator: without it Jackson
     * would also take a number as the constant's ordinal, and {@code "level": 1} would not be refused.
     */
    static <E extends Enum<E>> E fromJson(Class<E> type, String what, String name) {
        return named(type, name).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + what + " " + name + ", expected one of " + Arrays.toString(type.getEnumConstants())));
    }
}
