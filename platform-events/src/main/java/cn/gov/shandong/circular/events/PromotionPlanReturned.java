package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * {@code plan.promotion-plan-returned}: the province returned a submitted version of a city's promotion plan
 * with its comments; the city changes the same version and submits it again.
 */
public record PromotionPlanReturned(UUID planId, String cityCode, Integer year, Integer revision, String comments)
        implements PlansEvent {

    public static final String TYPE = "plan.promotion-plan-returned";

    public PromotionPlanReturned {
        Check.of(TYPE)
                .present("planId", planId)
                .cityCode(cityCode)
                .between("year", year, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .between("revision", revision, 1, Integer.MAX_VALUE, false)
                .text("comments", comments, Check.TEXT_MAX)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return cityCode;
    }
}
