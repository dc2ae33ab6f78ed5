package cn.gov.shandong.circular.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
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

    private final Clock system;
    private volatile Clock clock;

    ProvinceClock(@ConfigProperty(name = "platform.clock.fixed") Optional<OffsetDateTime> fixed) {
        this.system = fixed.map(at -> Clock.fixed(at.toInstant(), ProgrammeCalendar.ZONE))
                .orElse(Clock.system(ProgrammeCalendar.ZONE));
        this.clock = system;
    }

    /** The current instant. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * The current instant at UTC and at the database's precision (microseconds), as services stamp what they record
     * ({@code created_at}, {@code submitted_at} ...), so that a stored value reads back equal.
     */
    public OffsetDateTime nowUtc() {
        return OffsetDateTime.ofInstant(now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Today's date in the province. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Stops the clock at this instant, until {@link #release()}. */
    public void pin(Instant instant) {
        clock = Clock.fixed(instant, ProgrammeCalendar.ZONE);
    }

    /** Stops the clock at the start of this day in the province. */
    public void pin(LocalDate day) {
        pin(ProgrammeCalendar.startOf(day));
    }

    /** Back to the configured clock. */
    public void release() {
        clock = system;
    }
}
