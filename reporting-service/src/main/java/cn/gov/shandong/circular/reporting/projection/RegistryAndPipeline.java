package cn.gov.shandong.circular.reporting.projection;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.events.AcceptanceApplied;
import cn.gov.shandong.circular.events.AcceptanceEvent;
import cn.gov.shandong.circular.events.AcceptanceResubmitted;
import cn.gov.shandong.circular.events.AcceptanceReviewed;
import cn.gov.shandong.circular.events.FilingReturned;
import cn.gov.shandong.circular.events.ParkLevelChanged;
import cn.gov.shandong.circular.events.ParkMerged;
import cn.gov.shandong.circular.events.ParkRetired;
import cn.gov.shandong.circular.events.ReviewOpened;
import cn.gov.shandong.circular.events.ReviewOutcome;
import cn.gov.shandong.circular.reporting.progress.PipelineRule.Step;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The projections of docs/decisions.md 44, kept apart from {@link Projector}'s: when each park joined and left
 * the registry and its level before its latest level change (park_view's registry columns), and each step of every acceptance application (acceptance_step)
 * with its instant, so that the goals and the programme's pipeline can be answered as of any day. Like every
 * projection here, the result depends on which events were logged, not on the order they were read in.
 */
@ApplicationScoped
public class RegistryAndPipeline {

    @Inject
    EntityManager entityManager;

    /** The park joined the registry with its earliest registration: a later correction does not move it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void registeredAt(IncomingEvent event, String parkCode) {
        entityManager.createNativeQuery("update park_view set registered_at = :at where park_code = :parkCode"
                        + " and registered_at > :at")
                .setParameter("at", event.time())
                .setParameter("parkCode", parkCode)
                .executeUpdate();
    }

    /**
     * The level before the change's day, for the registry "as of" a day before it; the latest change by its day
     * wins, whatever order the changes are read in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void levelChanged(ParkLevelChanged change) {
        entityManager.createNativeQuery("update park_view set previous_level = :previous, level_since = :day"
                        + " where park_code = :parkCode and (level_since is null or level_since <= :day)")
                .setParameter("previous", change.previousLevel().name())
                .setParameter("day", change.effectiveOn())
                .setParameter("parkCode", change.parkCode())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void retired(IncomingEvent event, ParkRetired retirement) {
        status(event, retirement.parkCode(), retirement.retiredOn(), null);
    }

    /** A merged park is retired with it (decision 42): it leaves the registry's active parks from that day. */
    @Transactional(Transactional.TxType.MANDATORY)
    void merged(IncomingEvent event, ParkMerged merger) {
        status(event, merger.parkCode(), merger.effectiveOn(), merger.intoParkCode());
    }

    /**
     * The newest status event wins (by time and id). A retirement read before its park's registration changes
     * nothing: the registration precedes it on the park's partition, and a replay orders by time.
     */
    private void status(IncomingEvent event, String parkCode, LocalDate day, String into) {
        entityManager.createNativeQuery("""
                        update park_view set retired_on = :day, merged_into = cast(:into as varchar),
                                             status_event_id = :eventId, status_occurred_at = :occurredAt
                        where park_code = :parkCode
                          and (status_occurred_at is null or (status_occurred_at, status_event_id) < (:occurredAt, :eventId))""")
                .setParameter("day", day)
                .setParameter("into", into)
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .setParameter("parkCode", parkCode)
                .executeUpdate();
    }

    /** One row per event; a redelivery (same ce_id) adds nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    void acceptanceStep(IncomingEvent event) {
        Step step;
        String programme = null;
        AcceptanceEvent.AboutApplication data;
        switch (event.type()) {
            case AcceptanceApplied.TYPE -> {
                AcceptanceApplied applied = event.dataAs(AcceptanceApplied.class);
                data = applied;
                step = Step.APPLIED;
                programme = applied.programmeCode();
            }
            case ReviewOpened.TYPE -> {
                data = event.dataAs(ReviewOpened.class);
                step = Step.REVIEW_OPENED;
            }
            case AcceptanceReviewed.TYPE -> {
                AcceptanceReviewed reviewed = event.dataAs(AcceptanceReviewed.class);
                data = reviewed;
                step = stepOf(reviewed.outcome());
            }
            case AcceptanceResubmitted.TYPE -> {
                data = event.dataAs(AcceptanceResubmitted.class);
                step = Step.RESUBMITTED;
            }
            case FilingReturned.TYPE -> {
                data = event.dataAs(FilingReturned.class);
                step = Step.FILING_RETURNED;
            }
            default -> throw new IllegalArgumentException("not an acceptance step: " + event.type());
        }
        entityManager.createNativeQuery("""
                        insert into acceptance_step (event_id, application_id, park_code, step, programme_code, occurred_at)
                        values (:eventId, :applicationId, :parkCode, :step, cast(:programme as varchar), :occurredAt)
                        on conflict (event_id) do nothing""")
                .setParameter("eventId", event.id())
                .setParameter("applicationId", data.applicationId().toString())
                .setParameter("parkCode", data.parkCode())
                .setParameter("step", step.name())
                .setParameter("programme", programme)
                .setParameter("occurredAt", event.time())
                .executeUpdate();
    }

    /** The city's review decides the step: passed, failed, or returned to the park for revision. */
    static Step stepOf(ReviewOutcome outcome) {
        return switch (outcome) {
            case PASSED -> Step.PASSED;
            case FAILED -> Step.FAILED;
            case RETURNED -> Step.RETURNED;
        };
    }
}
