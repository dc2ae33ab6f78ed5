package cn.gov.shandong.circular.common.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ParkScheduled;
import cn.gov.shandong.circular.events.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allocator's codes are valid for the events' contract, fresh, and in increasing order (not a @QuarkusTest). */
class TestDataTest {

    @Test
    void parkCodesAreValidNeverSeededNorReservedAndNeverHandedOutTwice() {
        List<String> codes = new ArrayList<>(List.of(TestData.parkCodes(50)));
        codes.add(TestData.parkCode());
        assertThat(codes).doesNotHaveDuplicates().isSorted().allMatch(code -> code.matches("SDP9[0-9]{5}"));
        // Not a seeded park (SDP001-SDP106) nor a test's reserved four- or five-digit code.
        assertThat(codes).noneMatch(code -> code.matches("SDP[0-9]{3,5}"));
        String city = TestData.cityCode();
        String programme = TestData.programmeCode();
        assertThatCode(() -> {
            new ParkRegistered(codes.get(0), "测试园区", city, "测试市", ParkLevel.PROVINCIAL, ZoneKind.INDUSTRIAL_PARK);
            new ParkScheduled(programme, codes.get(50), 2021);
        }).doesNotThrowAnyException();
    }

    @Test
    void cityAndProgrammeCodesAreNobodysAndFresh() {
        String[] cities = {TestData.cityCode(), TestData.cityCode()};
        assertThat(cities).doesNotHaveDuplicates().isSorted()
                .allMatch(code -> code.matches("378[0-9]{3}"))
                // Shandong's cities and the codes tests name literally (3791xx-3799xx).
                .noneMatch(code -> code.matches("37(0[1-9]|1[0-7])00|379[0-9]{3}"));
        String[] programmes = {TestData.programmeCode(), TestData.programmeCode()};
        assertThat(programmes).doesNotHaveDuplicates().isSorted()
                .allMatch(code -> code.matches("8[0-9]{3}-8[0-9]{3}") && code.length() <= 9);
    }
}
