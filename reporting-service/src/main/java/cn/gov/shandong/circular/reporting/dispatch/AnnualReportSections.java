package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * The annual report due by 31 January of asOf's year: the annualreport package's states as of the end of asOf.
 * Only a saved report is data that gives a city its row; a city in the view without one shows MISSING.
 */
@ApplicationScoped
class AnnualReportSections implements DispatchSection<AnnualReportSection> {

    @Inject
    AnnualReportStates states;

    @Override
    public Map<String, AnnualReportSection> byCity(DispatchQuestion question) {
        Map<String, AnnualReportSection> sections = new HashMap<>();
        states.savedBy(year(question), question.asOf(), ProgrammeCalendar.endOf(question.asOf())).forEach((city, s) -> {
            if (question.visible().test(city)) {
                sections.put(city, section(s));
            }
        });
        return sections;
    }

    /** MISSING when the city owes the report; null when it does not (abolished by the year's end, or no such city). */
    @Override
    public AnnualReportSection empty(DispatchQuestion question, String cityCode) {
        int year = year(question);
        return states.owes(cityCode, year) ? section(states.missing(year, question.asOf())) : null;
    }

    private static int year(DispatchQuestion question) {
        return ProgrammeCalendar.annualReportYearDueIn(question.asOf().getYear());
    }

    private static AnnualReportSection section(AnnualReportStates.State s) {
        return new AnnualReportSection(s.year(), s.status(), s.dueOn(), s.overdue(), s.submittedOnTime(), s.daysLate());
    }
}
