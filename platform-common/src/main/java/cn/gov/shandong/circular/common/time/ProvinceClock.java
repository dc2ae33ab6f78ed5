package cn.gov.shandong.circular.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The province's clock, the one clock of a service: its days are those of {@link ProgrammeCalendar} (midnight to
 * midnight in Asia/Shanghai), and the date rules themselves are there.
 *
 * <p>Every rule that depends on today's date (a milestone past its date, a progress report dated in
 * the future, a park overdue) and every time a service stamps on what it records asks this bean, never
 * {@code LocalDate.now()} or {@code OffsetDateTime.now()}, so that it can be tried at any date:
 * {@code platform.clock.fixed} pins the clock for a whole run (a demonstration, a test profile), and a test may
 * {@link #pin} it and {@link #release} it again. Only infrastructure that must follow real time (the outbox's
 * leases and back-off, retention, metrics) reads the system clock.
 */
@ApplicationScoped
public class ProvinceClock {

    /** A clock, and for a clock that stands still the stamps taken from it so far. */
    private record Time(Clock clock, boolean standing, AtomicLong stamps) {

        static Time of(Clock clock, boolean standing) {
            return new Time(clock, standing, new AtomicLong());
        }
    }

    private final Time system;
    private volatile Time time;

    ProvinceClock(@ConfigProperty(name = "platform.clock.fixed") Optional<OffsetDateTime> fixed) {
        this.system = fixed.map(at -> Time.of(Clock.fixed(at.toInstant(), ProgrammeCalendar.ZONE), true))
                .orElse(Time.of(Clock.system(ProgrammeCalendar.ZONE), false));
        this.time = system;
    }

    /** The current instant. */
    public Instant now() {
        return time.clock().instant();
    }

    /**
     * The current instant at UTC and at the database's precision (microseconds), as services stamp what they record
     * ({@code created_at}, {@code submitted_at} ...), so that a stored value reads back equal.
     *
     * <p>While the clock stands still (pinned, or fixed for the run) the first stamp is its instant and each later one
     * a microsecond after the one before, so that what is recorded one after another stays in that order and a change
     * that moves a stamp (and with it an entity's version, its ETag) still moves it.
     */
    public OffsetDateTime nowUtc() {
        Time current = time;
        Instant at = current.clock().instant();
        if (current.standing()) {
            at = at.truncatedTo(ChronoUnit.MICROS).plus(current.stamps().getAndIncrement(), ChronoUnit.MICROS);
        }
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Today's date in the province. */
    public LocalDate today() {
        return LocalDate.now(time.clock());
    }

    /** Stops the clock at this instant, until {@link #release()}. */
    public void pin(Instant instant) {
        time = Time.of(Clock.fixed(instant, ProgrammeCalendar.ZONE), true);
    }

    /** Stops the clock at the start of this day in the province. */
    public void pin(LocalDate day) {
        pin(ProgrammeCalendar.startOf(day));
    }

    /** Back to the configured clock. */
    public void release() {
        time = system;
    }
}
