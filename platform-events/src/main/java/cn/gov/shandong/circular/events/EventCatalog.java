package cn.gov.shandong.circular.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event type the platform publishes: type string, topic, publishing service and data record.
 * Consumers decode by it, the contract test walks it against {@code docs/asyncapi.yaml}.
 */
public final class EventCatalog {

    /**
     * One event type.
     *
     * @param type      {@code ce_type}
     * @param topic     the Kafka topic
     * @param publisher the service that publishes it ({@code ce_source} is {@link #source()})
     * @param dataClass the record of its data
     */
    public record EventType(String type, String topic, String publisher, Class<? extends DomainEvent> dataClass) {

        /** {@code ce_source}: the publishing service as a URI reference. */
        public String source() {
            return "/" + publisher;
        }
    }

    private static final Map<String, EventType> BY_TYPE = new LinkedHashMap<>();

    static {
        add(ParkRegistered.TYPE, ParksEvent.TOPIC, ParksEvent.PUBLISHER, ParkRegistered.class);
        add(ParkScheduled.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, ParkScheduled.class);
        add(AcceptanceApplied.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER, AcceptanceApplied.class);
        add(AcceptanceReviewed.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER, AcceptanceReviewed.class);
        add(AcceptanceResubmitted.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER,
                AcceptanceResubmitted.class);
        add(AcceptanceFiled.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER, AcceptanceFiled.class);
        // Implementation plans came later: after the acceptance types, so earlier positions stay put.
        add(ImplementationPlanSubmitted.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, ImplementationPlanSubmitted.class);
        add(ImplementationPlanApproved.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, ImplementationPlanApproved.class);
        add(ImplementationPlanReturned.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, ImplementationPlanReturned.class);
        add(ProjectProgressed.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, ProjectProgressed.class);
        add(ProgrammeDefined.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, ProgrammeDefined.class);
        add(ParkUnscheduled.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, ParkUnscheduled.class);
        // Supervision records (监督检查) came later still: appended, so earlier positions stay put.
        add(SupervisionRecorded.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, SupervisionRecorded.class);
        add(SupervisionActionResolved.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, SupervisionActionResolved.class);
        // Cities' promotion plans (推进计划), keyed by the city.
        add(PromotionPlanSubmitted.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, PromotionPlanSubmitted.class);
        add(PromotionPlanAcknowledged.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, PromotionPlanAcknowledged.class);
        add(PromotionPlanReturned.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, PromotionPlanReturned.class);
        add(PromotionMilestoneDone.TYPE, PlansEvent.TOPIC, PlansEvent.PUBLISHER, PromotionMilestoneDone.class);
        // Acceptance under the 验收评价办法: score sheets, expert panel reviews, returns of filings.
        add(ScoreSheetPublished.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER, ScoreSheetPublished.class);
        add(ReviewOpened.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER, ReviewOpened.class);
        add(ReviewPanelAssigned.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER, ReviewPanelAssigned.class);
        add(ExpertScored.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER, ExpertScored.class);
        add(FilingReturned.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER, FilingReturned.class);
        // Administrative changes of cities (Laiwu into Jinan), keyed by the abolished city.
        add(CityAbolished.TYPE, ParksEvent.TOPIC, ParksEvent.PUBLISHER, CityAbolished.class);
        // Supporting documents of acceptance applications (验收佐证材料): appended, so earlier positions stay put.
        add(AcceptanceDocumentAttached.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER,
                AcceptanceDocumentAttached.class);
        // Provincial spot checks (抽查): rounds keyed by their code, findings and revocations by the park.
        add(SpotCheckDrawn.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER, SpotCheckDrawn.class);
        add(SpotCheckFindingRecorded.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER,
                SpotCheckFindingRecorded.class);
        add(RectificationConfirmed.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER, RectificationConfirmed.class);
        add(AcceptanceRevoked.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER, AcceptanceRevoked.class);
        add(SpotCheckClosed.TYPE, AcceptanceEvent.TOPIC, AcceptanceEvent.PUBLISHER, SpotCheckClosed.class);
        // The whole registry (docs/decisions.md, 42): a park's changes after registration, keyed by the park.
        add(ParkRenamed.TYPE, ParksEvent.TOPIC, ParksEvent.PUBLISHER, ParkRenamed.class);
        add(ParkLevelChanged.TYPE, ParksEvent.TOPIC, ParksEvent.PUBLISHER, ParkLevelChanged.class);
        add(ParkMerged.TYPE, ParksEvent.TOPIC, ParksEvent.PUBLISHER, ParkMerged.class);
        add(ParkRetired.TYPE, ParksEvent.TOPIC, ParksEvent.PUBLISHER, ParkRetired.class);
        // Reporting's own acts (issue 9): notices on overdue parks, keyed by the notice.
        add(NoticePublished.TYPE, ReportingEvent.TOPIC, ReportingEvent.PUBLISHER, NoticePublished.class);
        // Cities' annual reports (issue 9, item 4), keyed by the city.
        add(AnnualReportSubmitted.TYPE, ReportingEvent.TOPIC, ReportingEvent.PUBLISHER, AnnualReportSubmitted.class);
        add(AnnualReportReturned.TYPE, ReportingEvent.TOPIC, ReportingEvent.PUBLISHER, AnnualReportReturned.class);
    }

    private EventCatalog() {
    }

    /** Every type, in a stable order. */
    public static List<EventType> all() {
        return List.copyOf(BY_TYPE.values());
    }

    /** The type with this {@code ce_type}; empty for a type this version does not know. */
    public static Optional<EventType> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The type whose data is this record. */
    public static EventType of(Class<? extends DomainEvent> dataClass) {
        return BY_TYPE.values().stream().filter(t -> t.dataClass().equals(dataClass)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(dataClass + " is not in the event catalog"));
    }

    /** The topics, each with the service that publishes it. */
    public static Map<String, String> publisherByTopic() {
        Map<String, String> topics = new LinkedHashMap<>();
        BY_TYPE.values().forEach(t -> topics.put(t.topic(), t.publisher()));
        return topics;
    }

    private static void add(String type, String topic, String publisher, Class<? extends DomainEvent> dataClass) {
        if (BY_TYPE.put(type, new EventType(type, topic, publisher, dataClass)) != null) {
            throw new IllegalStateException("event type " + type + " listed twice");
        }
    }
}
