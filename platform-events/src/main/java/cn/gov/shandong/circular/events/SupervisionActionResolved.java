package cn.gov.shandong.circular.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code plan.supervision-action-resolved}: an officer of the park's city found an action that a
 * supervision visit (监督检查) required done, and recorded how. An action is resolved once.
 *
 * @param recordId        the supervision record the action belongs to
 * @param actionId        the action, as {@code plan.supervision-recorded} listed it
 * @param deadline        the action's deadline; {@code resolvedOn} after it means resolved late
 * @param resolvedOn      the day the action was found done: not before the visit, not after the day recorded
 * @param resolution      how it was resolved, at most {@value #RESOLUTION_MAX} characters
 * @param openActionsLeft the record's actions still open after this one (0: the record is closed)
 */
public record SupervisionActionResolved(UUID recordId, UUID actionId, String parkCode, String cityCode,
                                        LocalDate deadline, LocalDate resolvedOn, String resolution,
                                        Integer openActionsLeft) implements PlansEvent.AboutPark {

    public static final String TYPE = "plan.supervision-action-resolved";
    public static final int RESOLUTION_MAX = 4000;

    public SupervisionActionResolved {
        Check.of(TYPE)
                .present("recordId", recordId)
                .present("actionId", actionId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("deadline", deadline)
                .present("resolvedOn", resolvedOn)
                .text("resolution", resolution, RESOLUTION_MAX)
                .between("openActionsLeft", openActionsLeft, 0, SupervisionRecorded.ACTIONS_MAX - 1, false)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
