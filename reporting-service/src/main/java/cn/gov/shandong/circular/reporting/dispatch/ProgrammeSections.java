package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.reporting.overdue.OverdueParks;
import cn.gov.shandong.circular.reporting.overdue.OverduePark;
import cn.gov.shandong.circular.reporting.overdue.OverdueRule;
import cn.gov.shandong.circular.reporting.progress.PipelineQuery;
import cn.gov.shandong.circular.reporting.progress.PipelineRule;
import cn.gov.shandong.circular.reporting.progress.ProgressQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Planned and filed from the progress projection, applied from the pipeline's (decision 44), overdue and filed
 * late from the overdue list.
 */
@ApplicationScoped
class ProgrammeSections implements DispatchSection<ProgrammeSection> {

    @Inject
    ProgressQuery progress;

    @Inject
    OverdueParks overdue;

    @Inject
    PipelineQuery pipeline;

    @Override
    public Map<String, ProgrammeSection> byCity(DispatchQuestion question) {
        Map<String, long[]> counts = new HashMap<>();
        Instant end = ProgrammeCalendar.endOf(question.asOf());
        for (ProgressQuery.Tally tally : progress.tally(question.programme(), end.atOffset(ZoneOffset.UTC))) {
            if (tally.cityCode() != null && question.visible().test(tally.cityCode())) {
                long[] c = counts.computeIfAbsent(tally.cityCode(), k -> new long[5]);
                c[0] += tally.planned();
                c[1] += tally.completed();
            }
        }
        for (PipelineQuery.ScheduledPark park : pipeline.scheduledParks(question.programme())) {
            if (park.cityCode() != null && question.visible().test(park.cityCode())
                    && PipelineRule.judge(park.year(), park.applications(), end, end).applied()) {
                counts.computeIfAbsent(park.cityCode(), k -> new long[5])[4]++;
            }
        }
        for (OverduePark park : overdue.all(question.checked())) {
            if (park.cityCode() != null && question.visible().test(park.cityCode())) {
                counts.computeIfAbsent(park.cityCode(), k -> new long[5])[park.status() == OverdueRule.Status.NOT_FILED ? 2 : 3]++;
            }
        }
        Map<String, ProgrammeSection> sections = new HashMap<>();
        counts.forEach((city, c) -> sections.put(city, new ProgrammeSection(c[0], c[4], c[1], c[2], c[3])));
        return sections;
    }

    @Override
    public ProgrammeSection empty(DispatchQuestion question, String cityCode) {
        return ProgrammeSection.NONE;
    }
}
