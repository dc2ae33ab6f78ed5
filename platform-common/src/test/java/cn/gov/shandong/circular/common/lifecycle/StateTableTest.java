package cn.gov.shandong.circular.common.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.common.domain.IllegalTransition;
import org.junit.jupiter.api.Test;

/** The state table: allowed moves, terminal states, and the refusal of any other move (not a @QuarkusTest). */
class StateTableTest {

    enum Light { RED, GREEN, AMBER, OUT }

    static final StateTable<Light> TABLE = StateTable.of(Light.class)
            .allow(Light.RED, Light.GREEN, Light.OUT)
            .allow(Light.GREEN, Light.AMBER)
            .allow(Light.AMBER, Light.RED)
            .build();

    @Test
    void aTableAllowsTheMovesItListsAndNoOther() {
        assertThat(TABLE.allows(Light.RED, Light.GREEN)).isTrue();
        assertThat(TABLE.allows(Light.RED, Light.OUT)).isTrue();
        assertThat(TABLE.allows(Light.GREEN, Light.RED)).isFalse();
        assertThat(TABLE.next(Light.RED)).containsExactly(Light.GREEN, Light.OUT);
        assertThat(TABLE.states()).containsExactly(Light.values());
        assertThat(TABLE.terminal()).containsExactly(Light.OUT);
        assertThat(TABLE.type()).isEqualTo(Light.class);
    }

    @Test
    void aMoveTheTableDoesNotListIsAnIllegalTransitionWithTheGivenDetail() {
        assertThat(TABLE.move(Light.AMBER, Light.RED, () -> "never built")).isEqualTo(Light.RED);
        assertThatThrownBy(() -> TABLE.move(Light.OUT, Light.RED, () -> "the light is out"))
                .isInstanceOf(IllegalTransition.class)
                .hasMessage("the light is out");
    }

    @Test
    void aStateDoesNotMoveToItselfAndTheTableCannotBeChangedOnceBuilt() {
        assertThatThrownBy(() -> StateTable.of(Light.class).allow(Light.RED, Light.RED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TABLE.next(Light.RED).add(Light.AMBER))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
