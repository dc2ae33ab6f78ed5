package cn.gov.shandong.circular.reporting.projection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.shandong.circular.reporting.eventlog.EventLog;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

/** Rebuilds the projection tables from the event log alone. */
@ApplicationScoped
public class ProjectionRebuild {

    @Inject
    EntityManager entityManager;

    @Inject
    EventLog eventLog;

    @Inject
    Projector projector;

    /**
     * Empties the projections and replays the whole event log into them, in one transaction:
     * readers see the old tables until the new ones commit, and a failure leaves the old ones.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public RebuildResult rebuild() {
        // SHARE mode waits for consumers that are appending right now and holds off new appends
        // until the commit, so no event is appended after the replay read the log yet projected
        // into the tables the replay is about to replace. Consumers lock event_log before the
        // projections too, so the two cannot deadlock.
        entityManager.createNativeQuery("lock table event_log in share mode").executeUpdate();
        // The dispatch view's tables (DispatchProjector) and platform-common's approved plan-targets model go with the others.
        entityManager.createNativeQuery("""
                truncate table park_view, park_schedule, park_filing, programme_view,
                               approved_plan_project, approved_plan_target, approved_plan,
                               dispatch_plan_event, dispatch_plan_milestone, dispatch_milestone_done,
                               dispatch_spot_check_rectification, dispatch_rectification_confirmed,
                               dispatch_supervision_action, dispatch_supervision_resolved""").executeUpdate();
        // The acceptance pipeline's steps (decision 44); park_view's registry columns go with its rows.
        entityManager.createNativeQuery("truncate table acceptance_step").executeUpdate();
        long replayed = eventLog.replay(projector::apply);
        Tuple counts = (Tuple) entityManager.createNativeQuery("""
                select (select count(*) from park_view) as parks, (select count(*) from park_schedule) as schedules,
                       (select count(*) from park_completion) as completions,
                       (select count(*) from approved_plan) as approved_plans""", Tuple.class).getSingleResult();
        return new RebuildResult(replayed, count(counts, "parks"), count(counts, "schedules"),
                count(counts, "completions"), count(counts, "approved_plans"));
    }

    private static long count(Tuple counts, String alias) {
        return ((Number) counts.get(alias)).longValue();
    }

    /**
     * @param replayedEvents events read from the log
     * @param parks          rows of park_view afterwards
     * @param schedules      rows of park_schedule afterwards
     * @param completions    parks completed afterwards (park_completion: a filing that stands)
     * @param approvedPlans  rows of approved_plan afterwards (each with its targets and projects)
     */
    public record RebuildResult(@Schema(minimum = "0", maximum = "9223372036854775807", example = "530") long replayedEvents,
                                @Schema(minimum = "0", maximum = "9223372036854775807", example = "106") long parks,
                                @Schema(minimum = "0", maximum = "9223372036854775807", example = "106") long schedules,
                                @Schema(minimum = "0", maximum = "9223372036854775807", example = "104") long completions,
                                @Schema(minimum = "0", maximum = "9223372036854775807", example = "98") long approvedPlans) {
    }
}
