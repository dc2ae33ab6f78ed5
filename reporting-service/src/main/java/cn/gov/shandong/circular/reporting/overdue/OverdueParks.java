package cn.gov.shandong.circular.reporting.overdue;

import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.CalendarDays;
import cn.gov.shandong.circular.common.web.QueryParameters;
import cn.gov.shandong.circular.reporting.progress.ProgressQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The overdue list (issue 9, item 3): the rule of {@link OverdueRule} applied to a programme's schedules and
 * filings, within the caller's scope as the progress table has it (province-wide roles every park, including
 * those not registered yet; a city officer the parks of the cities they act for; others none).
 */
@ApplicationScoped
public class OverdueParks {

    private static final Pattern CITY_CODE = Pattern.compile("\\d{6}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    @Inject
    OverdueQuery query;

    @Inject
    ProgressQuery progress;

    @Inject
    Caller caller;

    @Inject
    ProvinceClock clock;

    /** The request's question, checked: the programme is known, the year is one of its years, the city in scope. */
    public record Question(String programme, Integer year, String cityCode, LocalDate asOf) {
    }

    /**
     * The query parameters as the list and its export take them (blank is absent), read and checked: 400 naming
     * the parameter, 403 for a city outside a city officer's scope, 404 for an unknown programme.
     */
    public Question question(String programme, String year, String cityCode, String asOf) {
        String city = QueryParameters.blankToNull(cityCode);
        if (city != null && !CITY_CODE.matcher(city).matches()) {
            throw RuleViolated.invalid("cityCode", "cityCode must be a 6-digit GB/T 2260 code, not " + city);
        }
        String scheduled = QueryParameters.blankToNull(year);
        if (scheduled != null && !YEAR.matcher(scheduled).matches()) {
            throw RuleViolated.invalid("year", "year must be a year such as 2019, not " + scheduled);
        }
        return checked(programme, scheduled == null ? null : Integer.valueOf(scheduled), city,
                CalendarDays.parse("asOf", asOf));
    }

    /**
     * @param year     null for every year
     * @param cityCode null for every city the caller sees; another city than a city officer's is 403
     * @param asOf     null for today in the province
     */
    @Transactional
    public Question checked(String programme, Integer year, String cityCode, LocalDate asOf) {
        caller.requireFilterInScope(cityCode, null);
        Optional<ProgressQuery.Programme> definition = progress.programme(programme);
        if (definition.isEmpty() && !query.hasSchedules(programme)) {
            throw new NotFound("Programme", programme);
        }
        definition.filter(p -> year != null && (year < p.startYear() || year > p.endYear())).ifPresent(p -> {
            throw RuleViolated.invalid("year", "year " + year + " is outside programme " + p.code() + " ("
                    + p.startYear() + " to " + p.endYear() + ")");
        });
        return new Question(programme, year, cityCode, asOf != null ? asOf : clock.today());
    }

    /** Every overdue park the caller sees, by scheduled year, city and park code. */
    @Transactional
    public List<OverduePark> all(Question question) {
        Map<String, List<OverdueRule.Filing>> filings = query.filings(question.programme());
        Predicate<String> visible = caller.cityFilter();
        return query.schedules(question.programme(), question.year()).stream()
                .filter(s -> visible.test(s.cityCode()))
                .filter(s -> question.cityCode() == null || question.cityCode().equals(s.cityCode()))
                .flatMap(s -> OverdueRule.judge(s.year(), false, filings.getOrDefault(s.parkCode(), List.of()),
                                question.asOf()).stream()
                        .map(v -> new OverduePark(s.parkCode(), s.name(), s.cityCode(), s.cityName(), s.level(), s.year(),
                                ProgrammeCalendar.filingLastDay(s.year()), v.daysOverdue(), v.status(), v.filedLateOn(), v.revokedOn())))
                .toList();
    }

    /** One page of {@link #all}. */
    public OverdueList page(Question question, int page, int size) {
        List<OverduePark> all = all(question);
        long from = Math.min((long) page * size, all.size());
        List<OverduePark> items = all.subList((int) from, (int) Math.min(from + size, all.size()));
        return new OverdueList(question.programme(), question.asOf(), question.year(), question.cityCode(),
                List.copyOf(items), page, size, all.size());
    }
}
