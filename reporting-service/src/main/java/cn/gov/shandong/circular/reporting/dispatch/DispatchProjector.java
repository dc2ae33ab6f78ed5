package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.events.PromotionMilestoneDone;
import cn.gov.shandong.circular.events.PromotionMilestoneEntry;
import cn.gov.shandong.circular.events.PromotionParkEntry;
import cn.gov.shandong.circular.events.PromotionPlanAcknowledged;
import cn.gov.shandong.circular.events.PromotionPlanReturned;
import cn.gov.shandong.circular.events.PromotionPlanSubmitted;
import cn.gov.shandong.circular.events.RectificationConfirmed;
import cn.gov.shandong.circular.events.RequiredAction;
import cn.gov.shandong.circular.events.SpotCheckFindingRecorded;
import cn.gov.shandong.circular.events.SpotCheckOutcome;
import cn.gov.shandong.circular.events.SupervisionActionResolved;
import cn.gov.shandong.circular.events.SupervisionRecorded;
import cn.gov.shandong.circular.reporting.dispatch.PromotionPlanRule.VersionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Projects what the dispatch view needs (V9; docs/decisions.md, 47): the cities' promotion plans, their
 * milestones and the open rectifications. Called by the Projector, for live events and replays alike.
 *
 * <p>Every table holds facts keyed by what they are about; a fact given again keeps its earliest event
 * (by the events' times, then ids), and nothing joins here: a confirmation may be projected before its
 * finding, a milestone's done before its plan's acknowledgement. The reads judge "as of" a day. A rebuild
 * (ProjectionRebuild) empties these tables with the others before the replay fills them again.
 */
@ApplicationScoped
public class DispatchProjector {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(IncomingEvent event, PromotionPlanSubmitted plan) {
        planEvent(event, plan.planId(), plan.cityCode(), plan.year(), plan.revision(), VersionStatus.SUBMITTED);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void returned(IncomingEvent event, PromotionPlanReturned plan) {
        planEvent(event, plan.planId(), plan.cityCode(), plan.year(), plan.revision(), VersionStatus.RETURNED);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void acknowledged(IncomingEvent event, PromotionPlanAcknowledged plan) {
        planEvent(event, plan.planId(), plan.cityCode(), plan.year(), plan.revision(), VersionStatus.ACKNOWLEDGED);
        for (PromotionParkEntry park : plan.parks()) {
            for (PromotionMilestoneEntry milestone : park.milestones()) {
                // A version is acknowledged once, with the same content: a second copy changes nothing.
                entityManager.createNativeQuery("""
                                insert into dispatch_plan_milestone (plan_id, milestone_id, city_code, year, park_code,
                                                                     due_on, description, done_on)
                                values (:planId, :milestoneId, :cityCode, :year, :parkCode, :dueOn, :description,
                                        cast(cast(:doneOn as varchar) as date))
                                on conflict (plan_id, milestone_id) do nothing""")
                        .setParameter("planId", plan.planId())
                        .setParameter("milestoneId", milestone.milestoneId())
                        .setParameter("cityCode", plan.cityCode())
                        .setParameter("year", plan.year())
                        .setParameter("parkCode", park.parkCode())
                        .setParameter("dueOn", milestone.date())
                        .setParameter("description", milestone.description())
                        // A null bound as text: the type of an untyped null is not guessed.
                        .setParameter("doneOn", milestone.doneOn() == null ? null : milestone.doneOn().toString())
                        .executeUpdate();
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void milestoneDone(IncomingEvent event, PromotionMilestoneDone done) {
        entityManager.createNativeQuery("""
                        insert into dispatch_milestone_done (milestone_id, plan_id, city_code, year, park_code, done_on,
                                                             event_id, occurred_at)
                        values (:milestoneId, :planId, :cityCode, :year, :parkCode, :doneOn, :eventId, :occurredAt)
                        on conflict (milestone_id) do update
                            set plan_id = excluded.plan_id, city_code = excluded.city_code, year = excluded.year,
                                park_code = excluded.park_code, done_on = excluded.done_on,
                                event_id = excluded.event_id, occurred_at = excluded.occurred_at
                            where (dispatch_milestone_done.occurred_at, dispatch_milestone_done.event_id)
                                  > (excluded.occurred_at, excluded.event_id)""")
                .setParameter("milestoneId", done.milestoneId())
                .setParameter("planId", done.planId())
                .setParameter("cityCode", done.cityCode())
                .setParameter("year", done.year())
                .setParameter("parkCode", done.parkCode())
                .setParameter("doneOn", done.doneOn())
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .executeUpdate();
    }

    /** Only a finding that requires a rectification opens one; the others are checked and left in the log. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void findingRecorded(IncomingEvent event, SpotCheckFindingRecorded finding) {
        if (finding.outcome() != SpotCheckOutcome.RECTIFICATION_REQUIRED) {
            return;
        }
        entityManager.createNativeQuery("""
                        insert into dispatch_spot_check_rectification (application_id, round_code, park_code, city_code,
                                                                       deadline, reason, event_id, occurred_at)
                        values (:applicationId, :roundCode, :parkCode, :cityCode, :deadline, :reason, :eventId, :occurredAt)
                        on conflict (application_id, round_code) do update
                            set park_code = excluded.park_code, city_code = excluded.city_code,
                                deadline = excluded.deadline, reason = excluded.reason,
                                event_id = excluded.event_id, occurred_at = excluded.occurred_at
                            where (dispatch_spot_check_rectification.occurred_at, dispatch_spot_check_rectification.event_id)
                                  > (excluded.occurred_at, excluded.event_id)""")
                .setParameter("applicationId", finding.applicationId())
                .setParameter("roundCode", finding.roundCode())
                .setParameter("parkCode", finding.parkCode())
                .setParameter("cityCode", finding.cityCode())
                .setParameter("deadline", finding.rectificationDeadline())
                .setParameter("reason", finding.reasons().get(0))
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rectificationConfirmed(IncomingEvent event, RectificationConfirmed confirmation) {
        entityManager.createNativeQuery("""
                        insert into dispatch_rectification_confirmed (application_id, round_code, event_id, occurred_at)
                        values (:applicationId, :roundCode, :eventId, :occurredAt)
                        on conflict (application_id, round_code) do update
                            set event_id = excluded.event_id, occurred_at = excluded.occurred_at
                            where (dispatch_rectification_confirmed.occurred_at, dispatch_rectification_confirmed.event_id)
                                  > (excluded.occurred_at, excluded.event_id)""")
                .setParameter("applicationId", confirmation.applicationId())
                .setParameter("roundCode", confirmation.roundCode())
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void supervisionRecorded(IncomingEvent event, SupervisionRecorded record) {
        for (RequiredAction action : record.actions()) {
            entityManager.createNativeQuery("""
                            insert into dispatch_supervision_action (action_id, record_id, park_code, city_code, visited_on,
                                                                     description, deadline, event_id, occurred_at)
                            values (:actionId, :recordId, :parkCode, :cityCode, :visitedOn, :description, :deadline,
                                    :eventId, :occurredAt)
                            on conflict (action_id) do update
                                set record_id = excluded.record_id, park_code = excluded.park_code,
                                    city_code = excluded.city_code, visited_on = excluded.visited_on,
                                    description = excluded.description, deadline = excluded.deadline,
                                    event_id = excluded.event_id, occurred_at = excluded.occurred_at
                                where (dispatch_supervision_action.occurred_at, dispatch_supervision_action.event_id)
                                      > (excluded.occurred_at, excluded.event_id)""")
                    .setParameter("actionId", action.actionId())
                    .setParameter("recordId", record.recordId())
                    .setParameter("parkCode", record.parkCode())
                    .setParameter("cityCode", record.cityCode())
                    .setParameter("visitedOn", record.visitedOn())
                    .setParameter("description", action.description())
                    .setParameter("deadline", action.deadline())
                    .setParameter("eventId", event.id())
                    .setParameter("occurredAt", event.time())
                    .executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void actionResolved(IncomingEvent event, SupervisionActionResolved resolution) {
        entityManager.createNativeQuery("""
                        insert into dispatch_supervision_resolved (action_id, record_id, resolved_on, event_id, occurred_at)
                        values (:actionId, :recordId, :resolvedOn, :eventId, :occurredAt)
                        on conflict (action_id) do update
                            set record_id = excluded.record_id, resolved_on = excluded.resolved_on,
                                event_id = excluded.event_id, occurred_at = excluded.occurred_at
                            where (dispatch_supervision_resolved.occurred_at, dispatch_supervision_resolved.event_id)
                                  > (excluded.occurred_at, excluded.event_id)""")
                .setParameter("actionId", resolution.actionId())
                .setParameter("recordId", resolution.recordId())
                .setParameter("resolvedOn", resolution.resolvedOn())
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .executeUpdate();
    }

    private void planEvent(IncomingEvent event, UUID planId, String cityCode, int year, int revision,
                           VersionStatus status) {
        // One row per event: the reads take the version's newest status as of their day.
        entityManager.createNativeQuery("""
                        insert into dispatch_plan_event (event_id, plan_id, city_code, year, revision, status, occurred_at)
                        values (:eventId, :planId, :cityCode, :year, :revision, :status, :occurredAt)
                        on conflict (event_id) do nothing""")
                .setParameter("eventId", event.id())
                .setParameter("planId", planId)
                .setParameter("cityCode", cityCode)
                .setParameter("year", year)
                .setParameter("revision", revision)
                .setParameter("status", status.name())
                .setParameter("occurredAt", event.time())
                .executeUpdate();
    }
}
