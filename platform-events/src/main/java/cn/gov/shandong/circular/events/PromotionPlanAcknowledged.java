package cn.gov.shandong.circular.events;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code plan.promotion-plan-acknowledged}: the province acknowledged a version of a city's promotion plan;
 * it is the city's plan in force for the year and replaces any earlier acknowledged version. Carries every
 * park with its contents and milestones, so that reporting can show the parks and late milestones from
 * events alone.
 *
 * @param comments the province's comments, may be null
 */
public record PromotionPlanAcknowledged(UUID planId, String cityCode, Integer year, Integer revision,
                                        List<PromotionParkEntry> parks, String comments) implements PlansEvent {

    public static final String TYPE = "plan.promotion-plan-acknowledged";
    public static final int PARKS_MAX = 100;

    public PromotionPlanAcknowledged {
        Check.of(TYPE)
                .present("planId", planId)
                .cityCode(cityCode)
                .between("year", year, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .between("revision", revision, 1, Integer.MAX_VALUE, false)
                .present("parks", parks)
                .rule(parks == null || (!parks.isEmpty() && parks.size() <= PARKS_MAX),
                        "parks must hold 1 to " + PARKS_MAX + " entries")
                .rule(parks == null || parks.stream().noneMatch(Objects::isNull), "parks has a null")
                .rule(parks == null || parks.stream().filter(Objects::nonNull).map(PromotionParkEntry::parkCode)
                        .distinct().count() == parks.stream().filter(Objects::nonNull).count(), "parks names a park twice")
                .optionalText("comments", comments, Check.TEXT_MAX)
                .orThrow();
        parks = List.copyOf(parks);
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
