package cn.gov.shandong.circular.events;

import java.util.UUID;

/** An event on {@code acceptance.events}, published by acceptance-service: always about one application. */
public sealed interface AcceptanceEvent extends DomainEvent
        permits AcceptanceApplied, AcceptanceReviewed, AcceptanceResubmitted, AcceptanceFiled {

    String TOPIC = "acceptance.events";

    /** The service that publishes the topic ({@code ce_source} is {@code /} + its name). */
    String PUBLISHER = "acceptance-service";

    /** The acceptance application (验收申请) the event is about. */
    UUID applicationId();

    /** The park's city when it applied (GB/T 2260). */
    String cityCode();

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
