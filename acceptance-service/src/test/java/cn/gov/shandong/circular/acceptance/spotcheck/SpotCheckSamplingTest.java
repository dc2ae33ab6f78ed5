package cn.gov.shandong.circular.acceptance.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The draw of a spot-check sample (not a @QuarkusTest): deterministic, order-free, recomputable. */
class SpotCheckSamplingTest {

    private static final List<String> POPULATION = IntStream.rangeClosed(1, 106)
            .mapToObj(i -> "SDP%03d".formatted(i)).toList();

    @Test
    void theSamePopulationAndSeedAlwaysGiveTheSameSample() {
        List<String> first = SpotCheckSampling.draw(POPULATION, "2020-01-seed", 10);
        for (int i = 0; i < 5; i++) {
            assertThat(SpotCheckSampling.draw(POPULATION, "2020-01-seed", 10)).isEqualTo(first);
        }
        assertThat(first).hasSize(10).doesNotHaveDuplicates().isSubsetOf(POPULATION);
    }

    @Test
    void theOrderInWhichThePopulationIsListedDoesNotMatter() {
        List<String> shuffled = new ArrayList<>(POPULATION);
        Collections.shuffle(shuffled, new Random(42));
        List<String> reversed = new ArrayList<>(POPULATION);
        Collections.reverse(reversed);
        List<String> sample = SpotCheckSampling.draw(POPULATION, "abc", 7);
        assertThat(SpotCheckSampling.draw(shuffled, "abc", 7)).isEqualTo(sample);
        assertThat(SpotCheckSampling.draw(reversed, "abc", 7)).isEqualTo(sample);
    }

    @Test
    void anotherSeedUsuallyGivesAnotherSample() {
        List<String> sample = SpotCheckSampling.draw(POPULATION, "seed-1", 10);
        long differing = IntStream.rangeClosed(2, 21)
                .mapToObj(i -> SpotCheckSampling.draw(POPULATION, "seed-" + i, 10))
                .filter(other -> !other.equals(sample)).count();
        // Two seeds drawing the same 10 of 106 in the same order is astronomically unlikely.
        assertThat(differing).isEqualTo(20);
    }

    @Test
    void theSampleIsThePopulationInAscendingOrderOfItsSha256Ranks() {
        List<String> ranked = POPULATION.stream()
                .sorted((a, b) -> SpotCheckSampling.rank("s", a).compareTo(SpotCheckSampling.rank("s", b))).toList();
        assertThat(SpotCheckSampling.draw(POPULATION, "s", 106)).isEqualTo(ranked);
        assertThat(SpotCheckSampling.draw(POPULATION, "s", 3)).isEqualTo(ranked.subList(0, 3));
        // A growing sample keeps what a smaller one drew, in the same order.
        assertThat(SpotCheckSampling.draw(POPULATION, "s", 20)).startsWith(
                SpotCheckSampling.draw(POPULATION, "s", 5).toArray(String[]::new));
    }

    @Test
    void theRankIsTheSha256OfSeedColonParkCodeAsSha256sumPrintsIt() {
        // printf '%s' 'abc:SDP001' | sha256sum  (computed outside Java, with coreutils)
        assertThat(SpotCheckSampling.rank("abc", "SDP001"))
                .isEqualTo("1b87262b5d62331d7df1a8476f0ee4dd7d12ea941725e5f4955310ca874b5394");
    }

    @Test
    void aRateIsRoundedUpToAtLeastOneParkAndASizeIsCappedByThePopulation() {
        assertThat(SpotCheckSampling.sampleSize(106, null, new BigDecimal("0.1"))).isEqualTo(11);
        assertThat(SpotCheckSampling.sampleSize(10, null, new BigDecimal("0.2"))).isEqualTo(2);
        assertThat(SpotCheckSampling.sampleSize(10, null, new BigDecimal("0.21"))).isEqualTo(3);
        assertThat(SpotCheckSampling.sampleSize(3, null, new BigDecimal("0.01"))).isEqualTo(1);
        assertThat(SpotCheckSampling.sampleSize(7, null, BigDecimal.ONE)).isEqualTo(7);
        assertThat(SpotCheckSampling.sampleSize(7, 3, null)).isEqualTo(3);
        assertThat(SpotCheckSampling.sampleSize(2, 5, null)).isEqualTo(2);
        assertThat(SpotCheckSampling.sampleSize(0, 5, null)).isZero();
        assertThatThrownBy(() -> SpotCheckSampling.sampleSize(5, 2, new BigDecimal("0.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpotCheckSampling.sampleSize(5, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpotCheckSampling.sampleSize(5, null, new BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpotCheckSampling.sampleSize(5, 0, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aParkListedTwiceIsDrawnOnceAndGeneratedSeedsDiffer() {
        assertThat(SpotCheckSampling.draw(List.of("SDP001", "SDP001", "SDP002"), "x", 3))
                .containsExactlyInAnyOrder("SDP001", "SDP002");
        assertThat(SpotCheckSampling.newSeed()).matches("[0-9a-f]{32}").isNotEqualTo(SpotCheckSampling.newSeed());
    }

    @Test
    void theStateMachinesAllowOnlyTheirMoves() {
        assertThat(RoundStatus.TABLE.allows(RoundStatus.DRAWN, RoundStatus.IN_PROGRESS)).isTrue();
        assertThat(RoundStatus.TABLE.allows(RoundStatus.DRAWN, RoundStatus.CLOSED)).isFalse();
        assertThat(RoundStatus.TABLE.allows(RoundStatus.IN_PROGRESS, RoundStatus.CLOSED)).isTrue();
        assertThat(RoundStatus.CLOSED.acceptsFindings()).isFalse();
        assertThat(FindingStatus.TABLE.allows(FindingStatus.RECTIFICATION_REQUIRED, FindingStatus.CONFIRMED)).isTrue();
        assertThat(FindingStatus.TABLE.allows(FindingStatus.RECTIFICATION_REQUIRED, FindingStatus.REVOKED)).isTrue();
        assertThat(FindingStatus.TABLE.allows(FindingStatus.CONFIRMED, FindingStatus.REVOKED)).isFalse();
        assertThat(FindingStatus.TABLE.allows(FindingStatus.REVOKED, FindingStatus.CONFIRMED)).isFalse();
        assertThat(FindingStatus.RECTIFICATION_REQUIRED.isFinal()).isFalse();
        assertThat(FindingStatus.CONFIRMED.isFinal()).isTrue();
        assertThat(FindingStatus.REVOKED.isFinal()).isTrue();
    }
}
