package cn.gov.shandong.circular.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Query-parameter days (not a @QuarkusTest). */
class CalendarDaysTest {

    @Test
    void aCalendarDayIsParsedAndBlankMeansNone() {
        assertThat(CalendarDays.parse("asOf", " 2020-12-31 ")).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(CalendarDays.parse("asOf", "")).isNull();
        assertThat(CalendarDays.parse("asOf", null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+300000-01-01", "2018-02-30", "2018-1-1", "20180101", "yesterday"})
    void whatIsNotAFourDigitCalendarDayIsABadRequestNamingTheField(String value) {
        assertThatThrownBy(() -> CalendarDays.parse("asOf", value))
                .isInstanceOfSatisfying(HttpProblem.class, problem -> {
                    assertThat(problem.getStatusCode()).isEqualTo(400);
                    assertThat(problem.getParameters()).containsEntry("field", "asOf");
                });
    }
}
