package cn.gov.shandong.circular.reporting.projection;

import cn.gov.shandong.circular.common.cities.CitySuccessions;
import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.common.plantargets.ApprovedPlanTargets;
import cn.gov.shandong.circular.events.AcceptanceApplied;
import cn.gov.shandong.circular.events.AcceptanceFiled;
import cn.gov.shandong.circular.events.AcceptanceResubmitted;
import cn.gov.shandong.circular.events.AcceptanceReviewed;
import cn.gov.shandong.circular.events.FilingReturned;
import cn.gov.shandong.circular.events.ReviewOpened;
import cn.gov.shandong.circular.events.CityAbolished;
import cn.gov.shandong.circular.events.AcceptanceRevoked;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.ParkLevelChanged;
import cn.gov.shandong.circular.events.ParkMerged;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ParkRenamed;
import cn.gov.shandong.circular.events.ParkRetired;
import cn.gov.shandong.circular.events.ParkScheduled;
import cn.gov.shandong.circular.events.ParkUnscheduled;
import cn.gov.shandong.circular.events.ProgrammeDefined;
import cn.gov.shandong.circular.events.PromotionMilestoneDone;
import cn.gov.shandong.circular.events.PromotionPlanAcknowledged;
import cn.gov.shandong.circular.events.PromotionPlanReturned;
import cn.gov.shandong.circular.events.PromotionPlanSubmitted;
import cn.gov.shandong.circular.events.RectificationConfirmed;
import cn.gov.shandong.circular.events.SpotCheckFindingRecorded;
import cn.gov.shandong.circular.events.SupervisionActionResolved;
import cn.gov.shandong.circular.events.SupervisionRecorded;
import cn.gov.shandong.circular.reporting.cities.ProvinceCities;
import cn.gov.shandong.circular.reporting.dispatch.DispatchProjector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;

/**
 * Turns logged events into the projection tables (park_view, park_schedule, park_filing - read through
 * the park_completion view -, programme_view, and platform-common's approved plan-targets model: approved_plan
 * with its approved_plan_target and approved_plan_project rows), and keeps the province's cities
 * (city_view) and their successions (platform-common's city_succession).
 *
 * <p>Used for live events and for replays of the event log alike. Every write is an upsert that
 * keeps the newest description of a park or schedule and the earliest filing, compared by the
 * events' own times and ids, so the tables depend only on which events were logged, not on the
 * order in which topics were read. Nothing joins here: a filing may arrive before its park's
 * registration, and the reports join at read time.
 *
 * <p>The data is read as platform-events' records: a record that cannot be built (a missing
 * field, a city code or year outside the contract) is poison, and every value a record holds
 * fits the projection's columns.
 */
@ApplicationScoped
public class Projector {

    @Inject
    EntityManager entityManager;

    @Inject
    CitySuccessions citySuccessions;

    @Inject
    RegistryAndPipeline registryAndPipeline;

    @Inject
    DispatchProjector dispatch;

    @Inject
    ProvinceCities cities;

    @Inject
    ApprovedPlanTargets approvedPlanTargets;

    /**
     * Applies the event; types the reports do not use are ignored (they stay in the event log).
     *
     * @throws MalformedEventException when the data of a projected type is not a valid record
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case ParkRegistered.TYPE -> parkRegistered(event, event.dataAs(ParkRegistered.class));
            case ParkScheduled.TYPE -> parkScheduled(event, event.dataAs(ParkScheduled.class));
            case ParkUnscheduled.TYPE -> parkUnscheduled(event, event.dataAs(ParkUnscheduled.class));
            case ProgrammeDefined.TYPE -> programmeDefined(event, event.dataAs(ProgrammeDefined.class));
            case AcceptanceFiled.TYPE -> acceptanceFiled(event, event.dataAs(AcceptanceFiled.class));
            case AcceptanceRevoked.TYPE -> acceptanceRevoked(event, event.dataAs(AcceptanceRevoked.class));
            case ImplementationPlanApproved.TYPE -> approvedPlanTargets.apply(event);
            // Whose parks a city's officers act for (Caller's scope, decision 38); the parks keep their city,
            // so the reports keep the abolished city's own row.
            case CityAbolished.TYPE -> {
                citySuccessions.apply(event);
                cityAbolished(event, event.dataAs(CityAbolished.class));
            }
            // The registry's changes of a park (docs/decisions.md, 42): park_view keeps the current name and level.
            case ParkRenamed.TYPE -> parkChanged(event, ParkChange.RENAMED, event.dataAs(ParkRenamed.class).parkCode(),
                    event.dataAs(ParkRenamed.class).name());
            case ParkLevelChanged.TYPE -> {
                parkChanged(event, ParkChange.LEVEL_CHANGED, event.dataAs(ParkLevelChanged.class).parkCode(),
                        event.dataAs(ParkLevelChanged.class).level().name());
                registryAndPipeline.levelChanged(event.dataAs(ParkLevelChanged.class));
            }
            // The registry's active parks at a day, the goals' denominators (docs/decisions.md, 44).
            case ParkRetired.TYPE -> registryAndPipeline.retired(event, event.dataAs(ParkRetired.class));
            case ParkMerged.TYPE -> registryAndPipeline.merged(event, event.dataAs(ParkMerged.class));
            // The acceptance pipeline of item 2 (applied, under review, passed) with each step's time (decision 44).
            case AcceptanceApplied.TYPE, ReviewOpened.TYPE, AcceptanceReviewed.TYPE, AcceptanceResubmitted.TYPE,
                 FilingReturned.TYPE -> registryAndPipeline.acceptanceStep(event);
            // The dispatch view's promotion plans and rectifications (docs/decisions.md, 47).
            case PromotionPlanSubmitted.TYPE -> dispatch.submitted(event, event.dataAs(PromotionPlanSubmitted.class));
            case PromotionPlanReturned.TYPE -> dispatch.returned(event, event.dataAs(PromotionPlanReturned.class));
            case PromotionPlanAcknowledged.TYPE -> dispatch.acknowledged(event, event.dataAs(PromotionPlanAcknowledged.class));
            case PromotionMilestoneDone.TYPE -> dispatch.milestoneDone(event, event.dataAs(PromotionMilestoneDone.class));
            case SpotCheckFindingRecorded.TYPE -> dispatch.findingRecorded(event, event.dataAs(SpotCheckFindingRecorded.class));
            case RectificationConfirmed.TYPE -> dispatch.rectificationConfirmed(event, event.dataAs(RectificationConfirmed.class));
            case SupervisionRecorded.TYPE -> dispatch.supervisionRecorded(event, event.dataAs(SupervisionRecorded.class));
            case SupervisionActionResolved.TYPE -> dispatch.actionResolved(event, event.dataAs(SupervisionActionResolved.class));
            default -> {
                // Not (yet) reported on; a later version can replay the log to use it.
            }
        }
    }

    private void parkRegistered(IncomingEvent event, ParkRegistered park) {
        entityManager.createNativeQuery("""
                        insert into park_view (park_code, name, city_code, city_name, level, event_id, occurred_at,
                                               registered_at)
                        values (:parkCode, :name, :cityCode, :cityName, :level, :eventId, :occurredAt, :occurredAt)
                        on conflict (park_code) do update
                            set name = excluded.name, city_code = excluded.city_code, city_name = excluded.city_name,
                                level = excluded.level, event_id = excluded.event_id, occurred_at = excluded.occurred_at
                            where (park_view.occurred_at, park_view.event_id) < (excluded.occurred_at, excluded.event_id)""")
                .setParameter("parkCode", park.parkCode())
                .setParameter("name", park.name())
                .setParameter("cityCode", park.cityCode())
                .setParameter("cityName", park.cityName())
                .setParameter("level", park.level().name())
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .executeUpdate();
        registryAndPipeline.registeredAt(event, park.parkCode());
        // The province's cities are those parks-service names (issue 20, item 4).
        cities.named(event, park.cityCode(), park.cityName());
    }

    /** Both cities of an administrative change are cities of the province (in code order: no two writers deadlock). */
    private void cityAbolished(IncomingEvent event, CityAbolished change) {
        boolean abolishedFirst = change.cityCode().compareTo(change.successorCode()) < 0;
        cities.named(event, abolishedFirst ? change.cityCode() : change.successorCode(),
                abolishedFirst ? change.cityName() : change.successorName());
        cities.named(event, abolishedFirst ? change.successorCode() : change.cityCode(),
                abolishedFirst ? change.successorName() : change.cityName());
    }

    /** The registry's changes of one column of a park's row, each its own fixed statement. */
    private enum ParkChange {
        /** park.renamed: the park's current name. */
        RENAMED("""
                update park_view set name = :value, event_id = :eventId, occurred_at = :occurredAt
                where park_code = :parkCode and (occurred_at, event_id) < (:occurredAt, :eventId)"""),
        /** park.level-changed: the park's current level. */
        LEVEL_CHANGED("""
                update park_view set level = :value, event_id = :eventId, occurred_at = :occurredAt
                where park_code = :parkCode and (occurred_at, event_id) < (:occurredAt, :eventId)""");

        private final String sql;

        ParkChange(String sql) {
            this.sql = sql;
        }
    }

    /**
     * A change of one column of the park's row, if it is newer than what the row holds (by the events' times and
     * ids, like the registration's upsert); a change of a park not projected yet waits for a replay, since its
     * registration precedes it on the park's partition.
     */
    private void parkChanged(IncomingEvent event, ParkChange change, String parkCode, String value) {
        entityManager.createNativeQuery(change.sql)
                .setParameter("value", value)
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .setParameter("parkCode", parkCode)
                .executeUpdate();
    }

    private void parkScheduled(IncomingEvent event, ParkScheduled schedule) {
        entityManager.createNativeQuery("""
                        insert into park_schedule (programme_code, park_code, year, event_id, occurred_at)
                        values (:programme, :parkCode, :year, :eventId, :occurredAt)
                        on conflict (programme_code, park_code) do update
                            set year = excluded.year, withdrawn = false,
                                event_id = excluded.event_id, occurred_at = excluded.occurred_at
                            where (park_schedule.occurred_at, park_schedule.event_id)
                                  < (excluded.occurred_at, excluded.event_id)""")
                .setParameter("programme", schedule.programmeCode())
                .setParameter("parkCode", schedule.parkCode())
                .setParameter("year", schedule.year())
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .executeUpdate();
    }

    private void parkUnscheduled(IncomingEvent event, ParkUnscheduled withdrawal) {
        // Kept as a withdrawn row (not deleted): a schedule event read later but older must not bring the park back.
        entityManager.createNativeQuery("""
                        insert into park_schedule (programme_code, park_code, year, withdrawn, event_id, occurred_at)
                        values (:programme, :parkCode, :year, true, :eventId, :occurredAt)
                        on conflict (programme_code, park_code) do update
                            set withdrawn = true, event_id = excluded.event_id, occurred_at = excluded.occurred_at
                            where (park_schedule.occurred_at, park_schedule.event_id)
                                  < (excluded.occurred_at, excluded.event_id)""")
                .setParameter("programme", withdrawal.programmeCode())
                .setParameter("parkCode", withdrawal.parkCode())
                .setParameter("year", withdrawal.previousYear())
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .executeUpdate();
    }

    private void programmeDefined(IncomingEvent event, ProgrammeDefined programme) {
        entityManager.createNativeQuery("""
                        insert into programme_view (programme_code, name, document, start_year, end_year,
                                                    national_goal_share, provincial_goal_share, goal_statement, status,
                                                    event_id, occurred_at)
                        values (:code, :name, :document, :startYear, :endYear, :national, :provincial, cast(:statement as varchar),
                                :status, :eventId, :occurredAt)
                        on conflict (programme_code) do update
                            set name = excluded.name, document = excluded.document, start_year = excluded.start_year,
                                end_year = excluded.end_year, national_goal_share = excluded.national_goal_share,
                                provincial_goal_share = excluded.provincial_goal_share,
                                goal_statement = excluded.goal_statement, status = excluded.status,
                                event_id = excluded.event_id, occurred_at = excluded.occurred_at
                            where (programme_view.occurred_at, programme_view.event_id)
                                  < (excluded.occurred_at, excluded.event_id)""")
                .setParameter("code", programme.programmeCode())
                .setParameter("name", programme.name())
                .setParameter("document", programme.document())
                .setParameter("startYear", programme.startYear())
                .setParameter("endYear", programme.endYear())
                .setParameter("national", programme.nationalGoalShare())
                .setParameter("provincial", programme.provincialGoalShare())
                .setParameter("statement", programme.goalStatement())
                .setParameter("status", programme.status().name())
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .executeUpdate();
    }

    private void acceptanceFiled(IncomingEvent event, AcceptanceFiled filing) {
        // One row per application; a redelivery, or the same filing read again, keeps the first event's values.
        entityManager.createNativeQuery("""
                        insert into park_filing (application_id, park_code, filed_at, filed_by, filed_event_id)
                        values (:applicationId, :parkCode, :filedAt, :filedBy, :eventId)
                        on conflict (application_id) do update
                            set filed_at = excluded.filed_at, filed_by = excluded.filed_by,
                                filed_event_id = excluded.filed_event_id
                            where park_filing.filed_at is null""")
                .setParameter("parkCode", filing.parkCode())
                .setParameter("applicationId", filing.applicationId().toString())
                .setParameter("filedAt", filing.filedAt().atOffset(ZoneOffset.UTC))
                .setParameter("filedBy", event.actor())
                .setParameter("eventId", event.id())
                .executeUpdate();
    }

    private void acceptanceRevoked(IncomingEvent event, AcceptanceRevoked revocation) {
        // The filing may not be projected yet (replays order by time): the row waits for it.
        entityManager.createNativeQuery("""
                        insert into park_filing (application_id, park_code, revoked_at, revoked_event_id)
                        values (:applicationId, :parkCode, :revokedAt, :eventId)
                        on conflict (application_id) do update
                            set revoked_at = excluded.revoked_at, revoked_event_id = excluded.revoked_event_id
                            where park_filing.revoked_at is null""")
                .setParameter("parkCode", revocation.parkCode())
                .setParameter("applicationId", revocation.applicationId().toString())
                .setParameter("revokedAt", revocation.revokedAt().atOffset(ZoneOffset.UTC))
                .setParameter("eventId", event.id())
                .executeUpdate();
    }
}
