package cn.gov.shandong.circular.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A goal's required parks: parks × the programme's share, rounded up to a whole park. */
class GoalCoverageTest {

    @Test
    void atLeastHalfOf81ProvincialParksIs41AndAllOf25NationalParksIs25() {
        GoalCoverage.Goal provincial = GoalCoverage.Goal.of(new BigDecimal("0.50"), 81, 41);
        assertThat(provincial.required()).isEqualTo(41);
        assertThat(provincial.met()).isTrue();
        assertThat(GoalCoverage.Goal.of(new BigDecimal("0.50"), 81, 40).met()).isFalse();

        GoalCoverage.Goal national = GoalCoverage.Goal.of(new BigDecimal("1.00"), 25, 24);
        assertThat(national.required()).isEqualTo(25);
        assertThat(national.met()).isFalse();
    }

    @Test
    void anyFractionOfAParkRoundsUpAndAnEmptyLevelIsMet() {
        assertThat(GoalCoverage.Goal.of(new BigDecimal("0.33"), 3, 0).required()).isEqualTo(1);
        assertThat(GoalCoverage.Goal.of(new BigDecimal("0.34"), 3, 0).required()).isEqualTo(2);
        assertThat(GoalCoverage.Goal.of(new BigDecimal("0.00"), 10, 0).required()).isZero();
        GoalCoverage.Goal none = GoalCoverage.Goal.of(new BigDecimal("1.00"), 0, 0);
        assertThat(none.required()).isZero();
        assertThat(none.met()).isTrue();
    }

    @Test
    void withoutTheProgrammesShareNothingIsRequiredOrMetButTheParksAreCounted() {
        GoalCoverage.Goal unknown = GoalCoverage.Goal.of(null, 7, 3);
        assertThat(unknown.parks()).isEqualTo(7);
        assertThat(unknown.completed()).isEqualTo(3);
        assertThat(unknown.share()).isNull();
        assertThat(unknown.required()).isNull();
        assertThat(unknown.met()).isNull();
    }
}
