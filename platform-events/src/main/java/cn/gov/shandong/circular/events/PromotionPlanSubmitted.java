package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * {@code plan.promotion-plan-submitted}: a city submitted a version of its yearly promotion plan (推进计划)
 * to the province. Keyed by the city, so one city's plan events stay in order.
 *
 * @param year     the year the plan is for
 * @param revision the version number (1, 2, ...)
 */
public record PromotionPlanSubmitted(UUID planId, String cityCode, Integer year, Integer revision)
        implements PlansEvent {

    public static final String TYPE = "plan.promotion-plan-submitted";

    public PromotionPlanSubmitted {
        Check.of(TYPE)
                .present("planId", planId)
                .cityCode(cityCode)
                .between("year", year, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .between("revision", revision, 1, Integer.MAX_VALUE, false)
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
