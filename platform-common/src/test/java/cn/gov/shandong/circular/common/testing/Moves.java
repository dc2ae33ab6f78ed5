package cn.gov.shandong.circular.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.lifecycle.StateTable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** The moves of a {@link StateTable} against the moves a lifecycle documents (its enum's Javadoc). */
public final class Moves {

    private Moves() {
    }

    /**
     * Asserts that {@code table} allows exactly the {@code documented} moves: every from → to pair of its states is
     * asked, the listed ones must be allowed and every other one refused. A move is written as the enum's Javadoc
     * draws it, {@code "SUBMITTED -> UNDER_REVIEW"} or {@code "UNDER_REVIEW -> PASSED | FAILED | RETURNED"}.
     */
    public static <S extends Enum<S>> void assertExactly(StateTable<S> table, String... documented) {
        Class<S> type = table.type();
        Set<String> allowed = new HashSet<>();
        for (String move : documented) {
            String[] ends = move.split("->");
            assertThat(ends).as("'" + move + "' is FROM -> TO").hasSize(2);
            S from = Enum.valueOf(type, ends[0].strip());
            for (String to : ends[1].split("\\|")) {
                allowed.add(from + " -> " + Enum.valueOf(type, to.strip()));
            }
        }
        for (S from : EnumSet.allOf(type)) {
            for (S to : EnumSet.allOf(type)) {
                String move = from + " -> " + to;
                assertThat(table.allows(from, to)).as(type.getSimpleName() + ": " + move)
                        .isEqualTo(allowed.contains(move));
            }
        }
    }
}
