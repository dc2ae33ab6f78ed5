package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The rectifications open in each city at the end of the view's day. */
@ApplicationScoped
class RectificationSections implements DispatchSection<RectificationSection> {

    @Inject
    DispatchQuery query;

    @Override
    public Map<String, RectificationSection> byCity(DispatchQuestion question) {
        LocalDate asOf = question.asOf();
        Map<String, List<DispatchQuery.OpenItem>> byCity = query.openRectifications(ProgrammeCalendar.endOf(asOf)).stream()
                .filter(item -> question.visible().test(item.cityCode()))
                .collect(Collectors.groupingBy(DispatchQuery.OpenItem::cityCode));
        Map<String, RectificationSection> sections = new HashMap<>();
        byCity.forEach((city, items) -> {
            List<RectificationSection.OpenRectification> open = items.stream()
                    .map(i -> new RectificationSection.OpenRectification(i.source(), i.parkCode(), i.parkName(),
                            i.reference(), i.itemId(), i.description(), ProgrammeCalendar.dayOf(i.openedAt()),
                            i.deadline(), ProgrammeCalendar.rectificationOverdue(i.deadline(), asOf)))
                    .sorted(Comparator.comparing(RectificationSection.OpenRectification::deadline)
                            .thenComparing(RectificationSection.OpenRectification::parkCode)
                            .thenComparing(RectificationSection.OpenRectification::itemId))
                    .toList();
            int overdue = (int) open.stream().filter(RectificationSection.OpenRectification::overdue).count();
            sections.put(city, new RectificationSection(open.size(), overdue,
                    List.copyOf(open.subList(0, Math.min(open.size(), RectificationSection.ITEMS_MAX)))));
        });
        return sections;
    }

    @Override
    public RectificationSection empty(DispatchQuestion question, String cityCode) {
        return RectificationSection.NONE;
    }
}
