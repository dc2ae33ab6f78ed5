package cn.gov.shandong.circular.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Optional;

/** What a provincial spot check (抽查) found about one sampled park's filed acceptance. */
public enum SpotCheckOutcome {
    /** 确认: the filed acceptance stands. */
    CONFIRMED,
    /** 限期整改: the park must rectify by a deadline; later confirmed or revoked. */
    RECTIFICATION_REQUIRED,
    /** 撤销: the filing is revoked; the park no longer counts as completed. */
    REVOKED;

    /** The outcome with exactly this name. */
    public static Optional<SpotCheckOutcome> named(String name) {
        return StrictEnums.named(SpotCheckOutcome.class, name);
    }

    /** Reads an outcome from JSON by its exact name only: a number or another spelling is refused. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static SpotCheckOutcome fromJson(String name) {
        return StrictEnums.fromJson(SpotCheckOutcome.class, "outcome", name);
    }
}
