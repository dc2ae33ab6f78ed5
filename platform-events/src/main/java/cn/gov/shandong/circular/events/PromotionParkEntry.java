package cn.gov.shandong.circular.events;

import java.util.List;
import java.util.Objects;

/**
 * One park of a city's promotion plan (推进计划): what the park transforms that year (主要改造内容) and its
 * milestones (时间节点), in the plan's order.
 */
public record PromotionParkEntry(String parkCode, String contents, List<PromotionMilestoneEntry> milestones) {

    public static final int CONTENTS_MAX = 2000;
    public static final int MILESTONES_MAX = 20;

    public PromotionParkEntry {
        Check.of("promotion plan park")
                .parkCode(parkCode)
                .text("contents", contents, CONTENTS_MAX)
                .present("milestones", milestones)
                .rule(milestones == null || (!milestones.isEmpty() && milestones.size() <= MILESTONES_MAX),
                        "milestones must hold 1 to " + MILESTONES_MAX + " entries")
                .rule(milestones == null || milestones.stream().noneMatch(Objects::isNull), "milestones has a null")
                .orThrow();
        milestones = List.copyOf(milestones);
    }
}
