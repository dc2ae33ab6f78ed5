package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * {@code plan.implementation-submitted}: a park management committee submitted a version of its
 * implementation plan (实施方案) to its city for approval.
 *
 * @param planId        the plan version's id
 * @param cityCode      the park's city, which approves it
 * @param programmeCode the programme the plan belongs to
 * @param revision      the plan's version number for this park and programme (1, 2, ...)
 */
public record ImplementationPlanSubmitted(UUID planId, String parkCode, String cityCode, String programmeCode,
                                          Integer revision) implements PlansEvent.AboutPark {

    public static final String TYPE = "plan.implementation-submitted";

    public ImplementationPlanSubmitted {
        Check.of(TYPE)
                .present("planId", planId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .programmeCode(programmeCode)
                .between("revision", revision, 1, Integer.MAX_VALUE, false)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
