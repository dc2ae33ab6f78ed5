package cn.gov.shandong.circular.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One milestone (时间节点) of a park in a city's promotion plan (推进计划). A milestone is late when it is
 * not done and its date has passed; carrying {@code doneOn} lets a consumer tell that from events alone.
 *
 * @param milestoneId the milestone, the same in every version of the city's plan for the year
 * @param date        the day it is planned for
 * @param doneOn      the day it was done, null while it is planned
 */
public record PromotionMilestoneEntry(UUID milestoneId, LocalDate date, String description, LocalDate doneOn) {

    public static final int DESCRIPTION_MAX = 500;

    public PromotionMilestoneEntry {
        Check.of("promotion milestone")
                .present("milestoneId", milestoneId)
                .present("date", date)
                .text("description", description, DESCRIPTION_MAX)
                .orThrow();
    }
}
