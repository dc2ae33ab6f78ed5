package cn.gov.shandong.circular.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one clock: pinned, released, and the stamps it gives (not a @QuarkusTest). */
class ProvinceClockTest {

    @Test
    void aPinnedClockStandsStillAtTheProvincesDayAndItsStampsFollowOneAnotherByAMicrosecond() {
        ProvinceClock clock = new ProvinceClock(Optional.empty());
        clock.pin(LocalDate.parse("2019-01-09"));
        assertThat(clock.now()).isEqualTo(Instant.parse("2019-01-08T16:00:00Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.parse("2019-01-09"));
        OffsetDateTime first = clock.nowUtc();
        assertThat(first).isEqualTo(OffsetDateTime.parse("2019-01-08T16:00:00Z"));
        assertThat(first.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.nowUtc()).isEqualTo(OffsetDateTime.parse("2019-01-08T16:00:00.000001Z"));
        assertThat(clock.now()).isEqualTo(Instant.parse("2019-01-08T16:00:00Z"));

        // A new pin starts again at its own instant; the last millisecond of a day is still that day.
        clock.pin(Instant.parse("2020-01-31T15:59:59.999Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.parse("2020-01-31"));
        assertThat(clock.nowUtc()).isEqualTo(OffsetDateTime.parse("2020-01-31T15:59:59.999Z"));
    }

    @Test
    void theRunningClockStampsAtUtcAndTheDatabasesPrecision() {
        ProvinceClock clock = new ProvinceClock(Optional.empty());
        clock.pin(Instant.parse("2000-01-01T00:00:00Z"));
        clock.release();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime stamp = clock.nowUtc();
        assertThat(stamp.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(stamp.getNano() % 1000).isZero();
        assertThat(stamp.toInstant()).isAfterOrEqualTo(before);
    }

    @Test
    void aClockFixedForTheRunStandsStillToo() {
        ProvinceClock clock = new ProvinceClock(Optional.of(OffsetDateTime.parse("2018-06-01T09:00:00+08:00")));
        assertThat(clock.today()).isEqualTo(LocalDate.parse("2018-06-01"));
        assertThat(clock.nowUtc()).isEqualTo(OffsetDateTime.parse("2018-06-01T01:00:00Z"));
        assertThat(clock.nowUtc()).isEqualTo(OffsetDateTime.parse("2018-06-01T01:00:00.000001Z"));
    }
}
