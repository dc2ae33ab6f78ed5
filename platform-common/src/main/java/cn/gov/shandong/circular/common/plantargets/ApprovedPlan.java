package cn.gov.shandong.circular.common.plantargets;

import cn.gov.shandong.circular.events.PlanProjectEntry;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The newest approved revision of one park's implementation plan under one programme, as {@link ApprovedPlanTargets}
 * keeps it: not an API shape (each service shows the fields its API documents).
 *
 * @param programmeCode the programme, e.g. 2018-2020
 * @param parkCode      the park
 * @param cityCode      the city that approved it, which scopes reads
 * @param planId        plans-service's id of the approved version
 * @param revision      the version number of the park's plan under the programme
 * @param approvedAt    when the city approved it (the event's time), in UTC
 * @param targets       each indicator's baseline and target, in the code list's order
 * @param projects      the plan's projects, in the plan's order
 */
public record ApprovedPlan(String programmeCode, String parkCode, String cityCode, UUID planId, int revision,
                           OffsetDateTime approvedAt, List<ApprovedIndicatorTarget> targets,
                           List<PlanProjectEntry> projects) {

    public ApprovedPlan {
        targets = List.copyOf(targets);
        projects = List.copyOf(projects);
    }
}
