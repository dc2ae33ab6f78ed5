package cn.gov.shandong.circular.events;

/** An event on {@code parks.events}, published by parks-service. */
public sealed interface ParksEvent extends DomainEvent permits ParkRegistered {

    String TOPIC = "parks.events";

    /** The service that publishes the topic ({@code ce_source} is {@code /} + its name). */
    String PUBLISHER = "parks-service";

    /** The park the event is about. */
    String parkCode();

    @Override
    default String key() {
        return parkCode();
    }

    @Override
    default String topic() {
        return TOPIC;
    }
}
