package cn.gov.shandong.circular.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code plan.supervision-recorded}: an officer of the park's city recorded a supervision visit
 * (监督检查) of the park, with the actions it requires and their deadlines. The findings and the
 * problems' texts stay in plans-service (read them through its API); the event says how many
 * problems were found, so that a consumer can count without holding inspection prose for ever.
 *
 * @param recordId     the supervision record
 * @param cityCode     the park's city at the visit: the city that supervises it
 * @param visitedOn    the day of the visit (ISO-8601 date), not after the day it was recorded
 * @param problemCount how many problems the visit found, 0-{@value #PROBLEMS_MAX}
 * @param actions      the required actions (0-{@value #ACTIONS_MAX}), each deadline not before the visit
 */
public record SupervisionRecorded(UUID recordId, String parkCode, String cityCode, LocalDate visitedOn,
                                  Integer problemCount, List<RequiredAction> actions)
        implements PlansEvent.AboutPark {

    public static final String TYPE = "plan.supervision-recorded";
    public static final int PROBLEMS_MAX = 50;
    public static final int ACTIONS_MAX = 50;

    public SupervisionRecorded {
        Check.of(TYPE)
                .present("recordId", recordId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("visitedOn", visitedOn)
                .between("problemCount", problemCount, 0, PROBLEMS_MAX, false)
                .present("actions", actions)
                .rule(actions == null || actions.size() <= ACTIONS_MAX, "actions has more than " + ACTIONS_MAX)
                .rule(actions == null || actions.stream().noneMatch(Objects::isNull), "actions has a null")
                .rule(actions == null || visitedOn == null || actions.stream().filter(Objects::nonNull)
                                .noneMatch(a -> a.deadline() != null && a.deadline().isBefore(visitedOn)),
                        "an action's deadline is before the visit")
                .rule(actions == null || actions.stream().filter(Objects::nonNull).map(RequiredAction::actionId)
                        .distinct().count() == actions.stream().filter(Objects::nonNull).count(),
                        "actions names an action twice")
                .orThrow();
        actions = List.copyOf(actions);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
