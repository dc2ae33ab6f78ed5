package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * {@code plan.implementation-returned}: the park's city returned a submitted version of the
 * implementation plan for revision, with its reasons; the park may revise and resubmit it.
 */
public record ImplementationPlanReturned(UUID planId, String parkCode, String cityCode, String programmeCode,
                                         Integer revision, String reasons) implements PlansEvent.AboutPark {

    public static final String TYPE = "plan.implementation-returned";

    public ImplementationPlanReturned {
        Check.of(TYPE)
                .present("planId", planId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .programmeCode(programmeCode)
                .between("revision", revision, 1, Integer.MAX_VALUE, false)
                .text("reasons", reasons, Check.TEXT_MAX)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
