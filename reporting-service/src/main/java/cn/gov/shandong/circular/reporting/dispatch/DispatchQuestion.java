package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.reporting.overdue.OverdueParks;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The request's question, checked (the programme known, a city filter within scope), and which cities the
 * caller sees: every section answers it for these cities only.
 *
 * @param checked the same question as the overdue list takes (programme, cityCode, asOf; every year)
 * @param visible the cities the caller may see and asked for
 */
public record DispatchQuestion(OverdueParks.Question checked, Predicate<String> visible) {

    public String programme() {
        return checked.programme();
    }

    public LocalDate asOf() {
        return checked.asOf();
    }

    public String cityCode() {
        return checked.cityCode();
    }
}
