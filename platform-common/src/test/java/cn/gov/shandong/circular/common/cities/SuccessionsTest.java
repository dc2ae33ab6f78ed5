package cn.gov.shandong.circular.common.cities;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.cities.Successions.Succession;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Not a @QuarkusTest: the rule of successor cities on its own (docs/decisions.md, 38). */
class SuccessionsTest {

    private static final String JINAN = "370100";
    private static final String LAIWU = "371200";
    private static final String QINGDAO = "370200";
    private static final LocalDate MERGER = LocalDate.parse("2019-01-09");

    private static final Successions LAIWU_INTO_JINAN = new Successions(List.of(new Succession(LAIWU, JINAN, MERGER)));

    @Test
    void untilTheDayBeforeTheMergerEachCityHoldsItsOwnParks() {
        LocalDate before = MERGER.minusDays(1);
        assertThat(LAIWU_INTO_JINAN.holder(LAIWU, before)).isEqualTo(LAIWU);
        assertThat(LAIWU_INTO_JINAN.heldBy(JINAN, before)).containsExactly(JINAN);
        assertThat(LAIWU_INTO_JINAN.heldBy(LAIWU, before)).containsExactly(LAIWU);
    }

    @Test
    void fromTheMergerDayTheSuccessorHoldsTheAbolishedCitysParksAndTheAbolishedCityNone() {
        for (LocalDate day : new LocalDate[] {MERGER, LocalDate.parse("2025-06-30")}) {
            assertThat(LAIWU_INTO_JINAN.holder(LAIWU, day)).isEqualTo(JINAN);
            assertThat(LAIWU_INTO_JINAN.heldBy(JINAN, day)).containsExactly(JINAN, LAIWU);
            assertThat(LAIWU_INTO_JINAN.heldBy(LAIWU, day)).isEmpty();
        }
    }

    @Test
    void otherCitiesAreUntouched() {
        assertThat(LAIWU_INTO_JINAN.heldBy(QINGDAO, MERGER)).containsExactly(QINGDAO);
        assertThat(LAIWU_INTO_JINAN.holder(QINGDAO, MERGER)).isEqualTo(QINGDAO);
        assertThat(Successions.NONE.heldBy(LAIWU, MERGER)).containsExactly(LAIWU);
        assertThat(LAIWU_INTO_JINAN.heldBy(null, MERGER)).isEmpty();
    }

    @Test
    void aChainIsFollowedStepByStepAsEachStepTakesEffect() {
        // A → B from 2019, B → C from 2021: B holds A's parks in 2020, C holds both from 2021.
        Successions chain = new Successions(List.of(
                new Succession("379100", "379200", LocalDate.parse("2019-01-01")),
                new Succession("379200", "379300", LocalDate.parse("2021-01-01"))));
        LocalDate in2020 = LocalDate.parse("2020-06-30");
        assertThat(chain.heldBy("379200", in2020)).containsExactly("379100", "379200");
        assertThat(chain.heldBy("379300", in2020)).containsExactly("379300");
        LocalDate in2021 = LocalDate.parse("2021-01-01");
        assertThat(chain.heldBy("379300", in2021)).containsExactly("379100", "379200", "379300");
        assertThat(chain.heldBy("379200", in2021)).isEmpty();
        assertThat(chain.holder("379100", in2021)).isEqualTo("379300");
    }

    @Test
    void aLaterStepDoesNotTakeEffectBeforeAnEarlierOne() {
        // B → C took effect first; A → B only later: C holds A's parks from A's day on, not before.
        Successions chain = new Successions(List.of(
                new Succession("379100", "379200", LocalDate.parse("2022-01-01")),
                new Succession("379200", "379300", LocalDate.parse("2021-01-01"))));
        assertThat(chain.heldBy("379300", LocalDate.parse("2021-06-30"))).containsExactly("379200", "379300");
        assertThat(chain.heldBy("379100", LocalDate.parse("2021-06-30"))).containsExactly("379100");
        assertThat(chain.heldBy("379300", LocalDate.parse("2022-01-01"))).containsExactly("379100", "379200", "379300");
    }

    @Test
    void aCycleInTheDataEndsInsteadOfLooping() {
        Successions cycle = new Successions(List.of(
                new Succession("379100", "379200", MERGER), new Succession("379200", "379100", MERGER)));
        assertThat(cycle.holder("379100", MERGER)).isIn("379100", "379200");
        assertThat(cycle.heldBy("379100", MERGER)).hasSizeLessThanOrEqualTo(2);
    }
}
