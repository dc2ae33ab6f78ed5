package cn.gov.shandong.circular.events;

/** An event on {@code plans.events}, published by plans-service. */
public sealed interface PlansEvent extends DomainEvent permits ParkScheduled, ImplementationPlanSubmitted, ImplementationPlanApproved,
        ImplementationPlanReturned, ProjectProgressed {

    String TOPIC = "plans.events";

    /** The service that publishes the topic ({@code ce_source} is {@code /} + its name). */
    String PUBLISHER = "plans-service";

    @Override
    default String topic() {
        return TOPIC;
    }
}
