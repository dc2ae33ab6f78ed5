package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.reporting.overdue.OverdueParks;
import cn.gov.shandong.circular.reporting.overdue.OverduePark;
import cn.gov.shandong.circular.reporting.overdue.OverdueRule;
import cn.gov.shandong.circular.reporting.progress.ProgressQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Planned and filed from the progress projection, overdue and filed late from the overdue list. */
@ApplicationScoped
class ProgrammeSections implements DispatchSection<ProgrammeSection> {

    @Inject
    ProgressQuery progress;

    @Inject
    OverdueParks overdue;

    @Override
    public Map<String, ProgrammeSection> byCity(DispatchQuestion question) {
        Map<String, long[]> counts = new HashMap<>();
        for (ProgressQuery.Tally tally : progress.tally(question.programme(), PromotionPlanRule.endOf(question.asOf())
                .atOffset(ZoneOffset.UTC))) {
            if (tally.cityCode() != null && question.visible().test(tally.cityCode())) {
                long[] c = counts.computeIfAbsent(tally.cityCode(), k -> new long[4]);
                c[0] += tally.planned();
                c[1] += tally.completed();
            }
        }
        for (OverduePark park : overdue.all(question.checked())) {
            if (park.cityCode() != null && question.visible().test(park.cityCode())) {
                counts.computeIfAbsent(park.cityCode(), k -> new long[4])[park.status() == OverdueRule.Status.NOT_FILED ? 2 : 3]++;
            }
        }
        Map<String, ProgrammeSection> sections = new HashMap<>();
        counts.forEach((city, c) -> sections.put(city, new ProgrammeSection(c[0], c[1], c[2], c[3])));
        return sections;
    }

    @Override
    public ProgrammeSection empty(DispatchQuestion question, String cityCode) {
        return ProgrammeSection.NONE;
    }
}
