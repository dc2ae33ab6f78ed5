package cn.gov.shandong.circular.parks.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB 32100's check character, on codes whose check characters are published (not a @QuarkusTest). */
class CreditCodeTest {

    @Test
    void aPublishedCodeHasTheCheckCharacterItsFirstSeventeenGive() {
        // The standard's own example (福建省, GB 32100-2015 appendix) and codes built here with the same rule.
        assertThat(CreditCode.problem("91350100M000100Y43")).isEmpty();
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.problem("91370100MA3C4FQX26")).isEmpty();
        // A remainder of 0 gives the check character 0, not the 31st character.
        assertThat(CreditCode.problem("12370000MB1234567N")).isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsNamedWithTheExpectedOne() {
        assertThat(CreditCode.problem("91350100M000100Y44")).get().asString()
                .contains("check character 4").contains("expected 3");
        // One character mistyped in the body moves the check character.
        assertThat(CreditCode.problem("91350100M000101Y43")).isPresent();
    }

    @Test
    void lengthAndAlphabetAreChecked() {
        assertThat(CreditCode.problem("91350100M000100Y4")).get().asString().contains("18 characters");
        assertThat(CreditCode.problem("91350100M000100Y433")).isPresent();
        assertThat(CreditCode.problem(null)).isPresent();
        // I, O, S, V, Z are not in the alphabet; neither are lower-case letters.
        assertThat(CreditCode.problem("91350100I000100Y43")).get().asString().contains("character 9 (I)");
        assertThat(CreditCode.problem("91350100m000100Y43")).get().asString().contains("alphabet");
    }
}
