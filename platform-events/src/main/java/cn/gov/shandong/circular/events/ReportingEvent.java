package cn.gov.shandong.circular.events;

/**
 * An event on {@code reporting.events}, published by reporting-service: what the province and the cities do
 * with the reports themselves (notices 通报 on overdue parks, the cities' annual reports, keyed by the city). Reporting also
 * reads the topic back into its own event log, so these acts are in the same verifiable audit trail as
 * every other service's events.
 */
public sealed interface ReportingEvent extends DomainEvent
        permits NoticePublished, AnnualReportSubmitted, AnnualReportReturned {

    String TOPIC = "reporting.events";

    /** The service that publishes the topic ({@code ce_source} is {@code /} + its name). */
    String PUBLISHER = "reporting-service";

    @Override
    default String topic() {
        return TOPIC;
    }
}
