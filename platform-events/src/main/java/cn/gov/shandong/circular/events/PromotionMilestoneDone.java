package cn.gov.shandong.circular.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code plan.promotion-milestone-done}: the city recorded a milestone of its promotion plan in force as done.
 * An operational update, not a change of the plan: the acknowledged version stays the same version.
 *
 * @param planId      the acknowledged version the milestone belongs to
 * @param milestoneId the milestone, the same in every version of the city's plan for the year
 * @param date        the day the milestone was planned for
 * @param doneOn      the day it was done (after {@code date}: it was late)
 */
public record PromotionMilestoneDone(UUID planId, String cityCode, Integer year, Integer revision, String parkCode,
                                     UUID milestoneId, LocalDate date, String description, LocalDate doneOn)
        implements PlansEvent {

    public static final String TYPE = "plan.promotion-milestone-done";

    public PromotionMilestoneDone {
        Check.of(TYPE)
                .present("planId", planId)
                .cityCode(cityCode)
                .between("year", year, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .between("revision", revision, 1, Integer.MAX_VALUE, false)
                .parkCode(parkCode)
                .present("milestoneId", milestoneId)
                .present("date", date)
                .text("description", description, PromotionMilestoneEntry.DESCRIPTION_MAX)
                .present("doneOn", doneOn)
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
