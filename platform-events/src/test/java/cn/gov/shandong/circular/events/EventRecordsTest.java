package cn.gov.shandong.circular.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A record that breaks its contract cannot be built: not by a producer, not by a consumer decoding one. */
class EventRecordsTest {

    private static final UUID ID = UUID.randomUUID();

    @Test
    void aParkRegistrationNamesEveryMissingFieldInDataOrder() {
        assertThatThrownBy(() -> new ParkRegistered("SDP015", "薛城经济开发区", null, " ", ParkLevel.PROVINCIAL, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("park.registered lacks cityCode, cityName, zoneKind");
        assertThatThrownBy(() -> new ParkRegistered(null, null, null, null, null, null))
                .hasMessage("park.registered lacks parkCode, name, cityCode, cityName, level, zoneKind");
    }

    @Test
    void aParkRegistrationWithCodesOfTheWrongShapeOrOverlongNamesIsRefused() {
        assertThatThrownBy(() -> registered("SDP01", "园区", "370100", "济南市"))
                .hasMessageContaining("parkCode SDP01 is not a park code");
        assertThatThrownBy(() -> registered("SDP" + "1".repeat(18), "园区", "370100", "济南市"))
                .hasMessageContaining("is not a park code");
        assertThatThrownBy(() -> registered("SDP001", "园区", "3701", "济南市"))
                .hasMessageContaining("cityCode 3701 is not a 6-digit GB/T 2260 city code");
        assertThatThrownBy(() -> registered("SDP001", "园".repeat(101), "370100", "济南市"))
                .hasMessageContaining("name is longer than 100 characters");
        assertThatThrownBy(() -> registered("SDP001", "园区", "370100", "市".repeat(51)))
                .hasMessageContaining("cityName is longer than 50 characters");
        // Lengths count characters (code points), as JSON Schema does: 100 four-byte characters fit.
        assertThat(registered("SDP001", "𠀀".repeat(100), "370100", "济南市").name()).hasSize(200);
        assertThat(registered("SDP1234", "园区", "370100", "济南市").parkCode()).isEqualTo("SDP1234");
    }

    @Test
    void aScheduleNeedsAProgrammeCodeAndAYearBetween2000And2100() {
        assertThat(new ParkScheduled("2018-2020", "SDP001", 2000).year()).isEqualTo(2000);
        assertThat(new ParkScheduled("2018-2020", "SDP001", 2100).year()).isEqualTo(2100);
        assertThatThrownBy(() -> new ParkScheduled("2018-2020", "SDP001", 1999))
                .hasMessageContaining("year must be between 2000 and 2100, not 1999");
        assertThatThrownBy(() -> new ParkScheduled("2018-2020", "SDP001", 2101)).hasMessageContaining("2101");
        assertThatThrownBy(() -> new ParkScheduled("2018-2020", "SDP001", null)).hasMessageContaining("lacks year");
        assertThatThrownBy(() -> new ParkScheduled("T-ORDER", "SDP001", 2020))
                .hasMessageContaining("programmeCode T-ORDER is not a programme code");
    }

    @Test
    void aPassOrFailNeedsAScoreFrom0To100AReturnDoesNot() {
        assertThat(new AcceptanceReviewed(ID, "SDP001", "370100", ReviewOutcome.RETURNED, null, null).score()).isNull();
        assertThat(new AcceptanceReviewed(ID, "SDP001", "370100", ReviewOutcome.PASSED, 0, null).score()).isZero();
        assertThatThrownBy(() -> new AcceptanceReviewed(ID, "SDP001", "370100", ReviewOutcome.PASSED, null, null))
                .hasMessageContaining("score is required when the outcome is PASSED");
        assertThatThrownBy(() -> new AcceptanceReviewed(ID, "SDP001", "370100", ReviewOutcome.FAILED, 101, null))
                .hasMessageContaining("score must be between 0 and 100, not 101");
        assertThatThrownBy(() -> new AcceptanceReviewed(ID, "SDP001", "370100", ReviewOutcome.RETURNED, null,
                "意".repeat(4001)))
                .hasMessageContaining("comments is longer than 4000 characters");
    }

    @Test
    void applicationEventsNeedTheApplicationItsParkAndCity() {
        assertThatThrownBy(() -> new AcceptanceApplied(null, "SDP001", "370100", ParkLevel.NATIONAL, " "))
                .hasMessage("acceptance.applied lacks applicationId, summary");
        assertThatThrownBy(() -> new AcceptanceResubmitted(ID, "SDP001", "370100", "改".repeat(4001)))
                .hasMessageContaining("summary is longer than 4000 characters");
        assertThatThrownBy(() -> new AcceptanceFiled(ID, "SDP001", "370100", null, null))
                .hasMessage("acceptance.filed lacks level, filedAt");
        AcceptanceFiled filed = new AcceptanceFiled(ID, "SDP001", "370100", ParkLevel.NATIONAL, Instant.EPOCH);
        assertThat(filed.type()).isEqualTo("acceptance.filed");
        assertThat(filed.topic()).isEqualTo("acceptance.events");
    }

    @Test
    void onlyPassAndFailAreScoredDecisions() {
        assertThat(ReviewOutcome.PASSED.scoreRequired()).isTrue();
        assertThat(ReviewOutcome.FAILED.scoreRequired()).isTrue();
        assertThat(ReviewOutcome.RETURNED.scoreRequired()).isFalse();
    }

    private static ParkRegistered registered(String parkCode, String name, String cityCode, String cityName) {
        return new ParkRegistered(parkCode, name, cityCode, cityName, ParkLevel.NATIONAL, ZoneKind.INDUSTRIAL_PARK);
    }
}
