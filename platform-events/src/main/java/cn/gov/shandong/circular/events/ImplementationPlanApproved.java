package cn.gov.shandong.circular.events;

import java.util.List;
import java.util.UUID;

/**
 * {@code plan.implementation-approved}: the park's city approved a version of its implementation plan;
 * it replaces any earlier approved version of the same park and programme. Carries every target with
 * its unit, so that acceptance and reporting can hold achievements against it from events alone.
 *
 * @param revision the approved version number (1, 2, ...)
 * @param targets  the baseline and target of each indicator of the plan, at least the four core ones
 * @param projects the plan's projects (id and name), whose completion the park reports when it applies
 *                 for acceptance; absent (read as empty) in approvals announced before projects travelled
 */
public record ImplementationPlanApproved(UUID planId, String parkCode, String cityCode, String programmeCode,
                                         Integer revision, List<PlanTarget> targets, List<PlanProjectEntry> projects)
        implements PlansEvent.AboutPark {

    public static final int PROJECTS_MAX = 200;

    public static final String TYPE = "plan.implementation-approved";

    public ImplementationPlanApproved {
        Check.of(TYPE)
                .present("planId", planId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .programmeCode(programmeCode)
                .between("revision", revision, 1, Integer.MAX_VALUE, false)
                .present("targets", targets)
                .rule(targets == null || targets.stream().noneMatch(java.util.Objects::isNull), "targets has a null")
                .rule(targets == null || targets.stream().map(PlanTarget::indicator).distinct().count() == targets.size(),
                        "targets names an indicator twice")
                .rule(targets == null || targets.stream().map(PlanTarget::indicator).toList()
                                .containsAll(Indicator.coreIndicators()),
                        "targets lacks a core indicator of " + Indicator.coreIndicators())
                .rule(projects == null || projects.stream().noneMatch(java.util.Objects::isNull), "projects has a null")
                .rule(projects == null || projects.size() <= PROJECTS_MAX, "more than " + PROJECTS_MAX + " projects")
                .rule(projects == null || projects.stream().map(PlanProjectEntry::projectId).distinct().count()
                        == projects.size(), "projects names a project twice")
                .orThrow();
        targets = List.copyOf(targets);
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
