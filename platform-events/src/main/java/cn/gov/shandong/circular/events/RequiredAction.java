package cn.gov.shandong.circular.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One action a city's supervision visit (监督检查) required of the park, with its deadline, as
 * {@code plan.supervision-recorded} carries it. The deadline is not before the visit.
 *
 * @param actionId    the action, as {@code plan.supervision-action-resolved} names it later
 * @param description what the park must do, at most {@value #DESCRIPTION_MAX} characters
 * @param deadline    the day by which it must be done (ISO-8601 date)
 */
public record RequiredAction(UUID actionId, String description, LocalDate deadline) {

    public static final int DESCRIPTION_MAX = 1000;

    public RequiredAction {
        Check.of("required action")
                .present("actionId", actionId)
                .text("description", description, DESCRIPTION_MAX)
                .present("deadline", deadline)
                .orThrow();
    }
}
