package cn.gov.shandong.circular.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The data of one event the platform publishes: a record per event type, grouped by topic.
 *
 * <p>The record's components are the event's JSON data; the outbox adds {@code actor} and
 * {@code correlationId}. Type and topic are constants of the record, not data. Every type is
 * listed in {@link EventCatalog} and described in {@code docs/asyncapi.yaml}, whose payload
 * schema the tests check against serialised instances.
 */
public sealed interface DomainEvent permits ParksEvent, PlansEvent, AcceptanceEvent, ReportingEvent {

    /** The CloudEvents type ({@code ce_type}), a past-tense fact such as {@code park.registered}. */
    @JsonIgnore
    String type();

    /** The Kafka topic the event is published on. */
    @JsonIgnore
    String topic();

    /**
     * What the event is about: record key and {@code ce_subject}, so that its events stay in order.
     * A park's code for most events; a programme's code or a city's code for the few about those.
     */
    @JsonIgnore
    String key();
}
