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
 */
public record ImplementationPlanApproved(UUID planId, String parkCode, String cityCode, String programmeCode,
                                         Integer revision, List<PlanTarget> targets) implements PlansEvent.AboutPark {

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
                .orThrow();
        targets = List.copyOf(targets);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
