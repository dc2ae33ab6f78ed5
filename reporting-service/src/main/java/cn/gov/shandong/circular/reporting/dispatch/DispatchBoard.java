package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.reporting.overdue.OverdueParks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Assembles the dispatch view (issue 9, item 5) from its sections, one row per city that has data in any of
 * them; a section without data for a city shows its empty form. To add a section: its record, a
 * {@link DispatchSection}, a field of {@link CityDispatch} and a line here.
 */
@ApplicationScoped
public class DispatchBoard {

    @Inject
    Caller caller;

    @Inject
    OverdueParks overdue;

    @Inject
    DispatchQuery query;

    @Inject
    ProgrammeSections programmes;

    @Inject
    PromotionPlanSections promotionPlans;

    @Inject
    RectificationSections rectifications;

    @Inject
    AnnualReportSections annualReports;

    @Inject
    LatestNotices notices;

    /**
     * The query parameters (blank is absent), checked as the overdue list checks them: 400 naming the parameter,
     * 403 for a city outside a city officer's scope, 404 for an unknown programme.
     */
    @Transactional
    public DispatchView view(String programme, String cityCode, String asOf) {
        OverdueParks.Question checked = overdue.question(programme, null, cityCode, asOf);
        DispatchQuestion question = new DispatchQuestion(checked, visible(checked.cityCode()));
        Map<String, ProgrammeSection> programmeParks = programmes.byCity(question);
        Map<String, PromotionPlanSection> plans = promotionPlans.byCity(question);
        Map<String, RectificationSection> open = rectifications.byCity(question);
        Map<String, AnnualReportSection> reports = annualReports.byCity(question);
        Map<String, List<LatestNotice>> published = notices.byCity(question);
        Set<String> cities = new TreeSet<>(programmeParks.keySet());
        cities.addAll(plans.keySet());
        cities.addAll(open.keySet());
        cities.addAll(reports.keySet());
        cities.addAll(published.keySet());
        Map<String, String> names = query.cityNames();
        return new DispatchView(question.programme(), question.asOf(), question.cityCode(), cities.stream()
                .map(city -> new CityDispatch(city, names.get(city),
                        section(programmeParks, programmes, question, city),
                        section(plans, promotionPlans, question, city),
                        section(open, rectifications, question, city),
                        section(reports, annualReports, question, city),
                        section(published, notices, question, city)))
                .toList());
    }

    private static <S> S section(Map<String, S> byCity, DispatchSection<S> section, DispatchQuestion question, String city) {
        return byCity.containsKey(city) ? byCity.get(city) : section.empty(question, city);
    }

    /** Every city province-wide, a city officer's cities (decision 38), nobody else's; narrowed to the filter. */
    private Predicate<String> visible(String cityCode) {
        Predicate<String> scope = caller.cityFilter();
        return cityCode == null ? scope : scope.and(cityCode::equals);
    }
}
