package cn.gov.shandong.circular.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The province's clock: the programme's days and deadlines end at midnight in Asia/Shanghai.
 *
 * <p>Every rule that depends on today's date (a milestone past its date, a progress report dated in
 * the future, a park overdue) asks this bean, never {@code LocalDate.now()}, so that it can be
 * tried at any date: {@code platform.clock.fixed} pins the clock for a whole run (a demonstration,
 * a test profile), and a test may {@link #pin} it and {@link #release} it again.
 */
@ApplicationScoped
public class ProvinceClock {

    /** Where the province's days begin and end. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock system;
    private volatile Clock clock;

    ProvinceClock(@ConfigProperty(name = "platform.clock.fixed") Optional<OffsetDateTime> fixed) {
        this.system = fixed.map(at -> Clock.fixed(at.toInstant(), ZONE)).orElse(Clock.system(ZONE));
        this.clock = system;
    }

    /** The current instant. */
    public Instant now() {
        return clock.instant();
    }

    /** Today's date in the province. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Stops the clock at this instant, until {@link #release()}. */
    public void pin(Instant instant) {
        clock = Clock.fixed(instant, ZONE);
    }

    /** Stops the clock at the start of this day in the province. */
    public void pin(LocalDate day) {
        pin(day.atStartOfDay(ZONE).toInstant());
    }

    /** Back to the configured clock. */
    public void release() {
        clock = system;
    }
}
