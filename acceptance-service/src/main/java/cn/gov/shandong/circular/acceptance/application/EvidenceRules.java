package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import cn.gov.shandong.circular.events.PlanTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an application must report against the park's approved implementation plan: an achieved value
 * for every indicator the plan targets (no other), in the indicator's unit and range, and a completion
 * for every project of the plan (no other). Pure rules, tested on their own.
 */
public final class EvidenceRules {

    private EvidenceRules() {
    }

    /** A problem with one field of the evidence, e.g. {@code achievements[2].unit}. */
    public record Violation(String field, String message) {
    }

    public record Achieved(Indicator indicator, String unit, BigDecimal value) {
    }

    public static List<Violation> check(Map<Indicator, PlanTarget> targets, List<Achieved> achieved,
                                        List<PlanProjectEntry> projects, List<UUID> reportedProjects) {
        List<Violation> violations = new ArrayList<>();
        Set<Indicator> seen = new HashSet<>();
        for (int i = 0; i < achieved.size(); i++) {
            Achieved a = achieved.get(i);
            String field = "achievements[" + i + "]";
            if (!seen.add(a.indicator())) {
                violations.add(new Violation(field + ".indicator", a.indicator() + " is reported twice"));
            } else if (!targets.containsKey(a.indicator())) {
                violations.add(new Violation(field + ".indicator", a.indicator() + " is not an indicator of the approved plan"));
            }
            if (!a.indicator().unit().equals(a.unit())) {
                violations.add(new Violation(field + ".unit", "the unit of " + a.indicator() + " is " + a.indicator().unit()
                        + ", not " + a.unit()));
            }
            if (a.value().signum() < 0) {
                violations.add(new Violation(field + ".value", "must be at least 0"));
            } else if (a.indicator().percentage() && a.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                violations.add(new Violation(field + ".value", "a percentage lies in 0-100, not " + a.value().toPlainString()));
            }
        }
        targets.keySet().stream().filter(indicator -> !seen.contains(indicator)).forEach(indicator ->
                violations.add(new Violation("achievements", "the approved plan targets " + indicator + " ("
                        + indicator.chineseName() + "): report its achieved value")));
        Set<UUID> planned = new HashSet<>();
        projects.forEach(p -> planned.add(p.projectId()));
        Set<UUID> reported = new HashSet<>();
        for (int i = 0; i < reportedProjects.size(); i++) {
            UUID id = reportedProjects.get(i);
            if (!reported.add(id)) {
                violations.add(new Violation("projects[" + i + "].projectId", id + " is reported twice"));
            } else if (!planned.contains(id)) {
                violations.add(new Violation("projects[" + i + "].projectId", id + " is not a project of the approved plan"));
            }
        }
        projects.stream().filter(p -> !reported.contains(p.projectId())).forEach(p ->
                violations.add(new Violation("projects", "report the completion of project " + p.projectId()
                        + " (" + p.name() + ")")));
        return violations;
    }

    /** Met when the achieved value reaches the target the way the indicator improves (higher or lower). */
    public static boolean met(Indicator indicator, BigDecimal achieved, BigDecimal target) {
        int comparison = achieved.compareTo(target);
        return indicator.better() == Indicator.Better.HIGHER ? comparison >= 0 : comparison <= 0;
    }
}
