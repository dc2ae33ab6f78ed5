package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.Done;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.Milestone;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.Standing;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.VersionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The cities' promotion plans for the year of the view's day, by {@link PromotionPlanRule}. */
@ApplicationScoped
class PromotionPlanSections implements DispatchSection<PromotionPlanSection> {

    @Inject
    DispatchQuery query;

    @Override
    public Map<String, PromotionPlanSection> byCity(DispatchQuestion question) {
        LocalDate asOf = question.asOf();
        int year = asOf.getYear();
        Map<String, Standing> standings = new HashMap<>();
        query.planEvents(year).forEach((city, events) -> {
            if (question.visible().test(city)) {
                standings.put(city, PromotionPlanRule.standing(events, asOf));
            }
        });
        List<UUID> inForce = standings.values().stream().flatMap(s -> s.inForce().stream()).map(VersionEvent::planId).toList();
        Map<UUID, List<Milestone>> milestones = query.milestones(inForce);
        Map<UUID, Done> done = query.done(year);
        Map<String, PromotionPlanSection> sections = new HashMap<>();
        standings.forEach((city, standing) -> {
            if (standing.latestRevision() == null) {
                // Only events after the day: nothing was submitted by then.
                return;
            }
            List<Milestone> current = standing.inForce().map(v -> milestones.getOrDefault(v.planId(), List.of()))
                    .orElse(List.of());
            int doneCount = (int) current.stream().filter(m -> PromotionPlanRule.doneBy(m, done, asOf) != null).count();
            sections.put(city, new PromotionPlanSection(year, standing.status(), standing.latestRevision(),
                    standing.inForce().map(VersionEvent::revision).orElse(null), current.size(), doneCount,
                    PromotionPlanRule.lateMilestones(current, done, asOf)));
        });
        return sections;
    }

    @Override
    public PromotionPlanSection empty(DispatchQuestion question, String cityCode) {
        return PromotionPlanSection.none(question.asOf().getYear());
    }
}
