package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * An event on {@code acceptance.events}, published by acceptance-service. Most are about one
 * application of one park ({@link AboutApplication}) and keyed by the park, so that one park's
 * acceptance stays in order; the few about something province-wide (a score sheet, a spot-check
 * round) are keyed by that thing's code instead.
 */
public sealed interface AcceptanceEvent extends DomainEvent permits AcceptanceEvent.AboutApplication,
        ScoreSheetPublished, SpotCheckDrawn, SpotCheckClosed {

    String TOPIC = "acceptance.events";

    /** The service that publishes the topic ({@code ce_source} is {@code /} + its name). */
    String PUBLISHER = "acceptance-service";

    @Override
    default String topic() {
        return TOPIC;
    }

    /** An acceptance event about one application (验收申请): keyed by its park. */
    sealed interface AboutApplication extends AcceptanceEvent
            permits AcceptanceApplied, AcceptanceReviewed, AcceptanceResubmitted, AcceptanceFiled,
            ReviewOpened, ReviewPanelAssigned, ExpertScored, FilingReturned,
            AcceptanceDocumentAttached, SpotCheckFindingRecorded, RectificationConfirmed, AcceptanceRevoked {

        /** The acceptance application the event is about. */
        UUID applicationId();

        /** The park's city when it applied (GB/T 2260). */
        String cityCode();

        /** The park the event is about. */
        String parkCode();

        @Override
        default String key() {
            return parkCode();
        }
    }
}
