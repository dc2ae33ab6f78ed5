package cn.gov.shandong.circular.reporting.projection;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.events.AcceptanceFiled;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ParkScheduled;
import cn.gov.shandong.circular.events.ParkUnscheduled;
import cn.gov.shandong.circular.events.ProgrammeDefined;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;

/**
 * Turns logged events into the projection tables (park_view, park_schedule, park_completion, programme_view).
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
            default -> {
                // Not (yet) reported on; a later version can replay the log to use it.
            }
        }
    }

    private void parkRegistered(IncomingEvent event, ParkRegistered park) {
        entityManager.createNativeQuery("""
                        insert into park_view (park_code, name, city_code, city_name, level, event_id, occurred_at)
                        values (:parkCode, :name, :cityCode, :cityName, :level, :eventId, :occurredAt)
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
        // The first filing of a park is when it was completed; a later one (a re-filing) does not move it.
        entityManager.createNativeQuery("""
                        insert into park_completion (park_code, application_id, filed_at, filed_by, event_id)
                        values (:parkCode, :applicationId, :filedAt, :filedBy, :eventId)
                        on conflict (park_code) do update
                            set application_id = excluded.application_id, filed_at = excluded.filed_at,
                                filed_by = excluded.filed_by, event_id = excluded.event_id
                            where (excluded.filed_at, excluded.event_id)
                                  < (park_completion.filed_at, park_completion.event_id)""")
                .setParameter("parkCode", filing.parkCode())
                .setParameter("applicationId", filing.applicationId().toString())
                .setParameter("filedAt", filing.filedAt().atOffset(ZoneOffset.UTC))
                .setParameter("filedBy", event.actor())
                .setParameter("eventId", event.id())
                .executeUpdate();
    }
}
