package cn.gov.shandong.circular.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A programme only moves forward: a draft comes into force, a programme in force closes. */
class ProgrammeStatusTest {

    @Test
    void onlyDraftToActiveAndActiveToClosedAreAllowed() {
        List<String> allowed = Arrays.stream(ProgrammeStatus.values())
                .flatMap(from -> Arrays.stream(ProgrammeStatus.values())
                        .filter(from::canBecome)
                        .map(to -> from + "->" + to))
                .toList();
        assertThat(allowed).containsExactly("DRAFT->ACTIVE", "ACTIVE->CLOSED");
    }
}
