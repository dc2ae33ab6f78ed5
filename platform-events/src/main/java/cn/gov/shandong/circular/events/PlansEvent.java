package cn.gov.shandong.circular.events;

/**
 * An event on {@code plans.events}, published by plans-service. Most are about one park
 * ({@link AboutPark}); a programme's definition is keyed by the programme's code, a city's promotion plan (推进计划) events are keyed by the city's code instead.
 */
public sealed interface PlansEvent extends DomainEvent permits PlansEvent.AboutPark, ProgrammeDefined, PromotionPlanSubmitted,
        PromotionPlanAcknowledged, PromotionPlanReturned, PromotionMilestoneDone {

    String TOPIC = "plans.events";

    /** The service that publishes the topic ({@code ce_source} is {@code /} + its name). */
    String PUBLISHER = "plans-service";

    @Override
    default String topic() {
        return TOPIC;
    }

    /** A plans event about one park: keyed by the park, so one park's events stay in order. */
    sealed interface AboutPark extends PlansEvent permits ParkScheduled, ImplementationPlanSubmitted,
            ImplementationPlanApproved, ImplementationPlanReturned, ProjectProgressed, ParkUnscheduled,
            SupervisionRecorded, SupervisionActionResolved {

        /** The park the event is about. */
        String parkCode();

        @Override
        default String key() {
            return parkCode();
        }
    }
}
