package cn.gov.shandong.circular.events;

/**
 * An event on {@code parks.events}, published by parks-service: about one park (keyed by the park) or,
 * for an administrative change, about one city ({@link CityAbolished}, keyed by the city). A park's changes after
 * its registration ({@link ParkRenamed}, {@link ParkLevelChanged}, {@link ParkMerged}, {@link ParkRetired}) are keyed
 * by the park like its registration, so they follow it in order.
 */
public sealed interface ParksEvent extends DomainEvent permits ParkRegistered, CityAbolished, ParkRenamed,
        ParkLevelChanged, ParkMerged, ParkRetired {

    String TOPIC = "parks.events";

    /** The service that publishes the topic ({@code ce_source} is {@code /} + its name). */
    String PUBLISHER = "parks-service";

    @Override
    default String topic() {
        return TOPIC;
    }
}
