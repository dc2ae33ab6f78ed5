package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a city's promotion plan (推进计划) for a year stands as of a day, and which of its milestones are late
 * (docs/decisions.md, 47). Pure: no database, no clock; the caller says as of which day.
 *
 * <p>As of a day, an event counts when it occurred before the end of that day (Asia/Shanghai). The plan's
 * status is that of its newest version (the highest revision) by that version's newest event; the plan in
 * force is the newest acknowledged version. A milestone of the plan in force is late when its date is
 * before the day and it was not done by then (done in the acknowledged version already, or a done event
 * by then): {@link ProgrammeCalendar#milestoneLate}, as plans-service judges it today, judged at any day.
 */
public final class PromotionPlanRule {

    private PromotionPlanRule() {
    }

    /** What a version's event said: submitted, returned or acknowledged. */
    public enum VersionStatus {
        SUBMITTED, RETURNED, ACKNOWLEDGED
    }

    /** One event about a version of the plan. */
    public record VersionEvent(UUID planId, int revision, VersionStatus status, Instant occurredAt, UUID eventId) {
    }

    /** A milestone of an acknowledged version, with the day it was done if the acknowledgement said so. */
    public record Milestone(UUID milestoneId, String parkCode, LocalDate dueOn, String description, LocalDate doneOn) {
    }

    /** A milestone recorded done (plan.promotion-milestone-done), and when that was recorded. */
    public record Done(UUID milestoneId, LocalDate doneOn, Instant recordedAt) {
    }

    /**
     * @param status         of the newest version, NOT_SUBMITTED when none had been submitted by then
     * @param latestRevision the newest version's revision, null when none
     * @param inForce        the newest acknowledged version, if any
     */
    public record Standing(PromotionPlanSection.Status status, Integer latestRevision, Optional<VersionEvent> inForce) {
    }

    /** The plan's standing from its versions' events, counting those before the end of {@code asOf}. */
    public static Standing standing(List<VersionEvent> events, LocalDate asOf) {
        Instant end = ProgrammeCalendar.endOf(asOf);
        Comparator<VersionEvent> newer = Comparator.comparing(VersionEvent::occurredAt).thenComparing(VersionEvent::eventId);
        List<VersionEvent> known = events.stream().filter(e -> e.occurredAt().isBefore(end)).toList();
        Optional<VersionEvent> newest = known.stream()
                .max(Comparator.comparingInt(VersionEvent::revision).thenComparing(newer));
        Optional<VersionEvent> inForce = known.stream().filter(e -> e.status() == VersionStatus.ACKNOWLEDGED)
                .max(Comparator.comparingInt(VersionEvent::revision).thenComparing(newer));
        return new Standing(newest.map(e -> PromotionPlanSection.Status.valueOf(e.status().name()))
                .orElse(PromotionPlanSection.Status.NOT_SUBMITTED), newest.map(VersionEvent::revision).orElse(null), inForce);
    }

    /** The day the milestone was done as known at the end of {@code asOf}, or null. */
    public static LocalDate doneBy(Milestone milestone, Map<UUID, Done> done, LocalDate asOf) {
        if (milestone.doneOn() != null) {
            return milestone.doneOn();
        }
        Done recorded = done.get(milestone.milestoneId());
        return recorded != null && ProgrammeCalendar.happenedBy(recorded.recordedAt(), asOf) ? recorded.doneOn() : null;
    }

    /** The late milestones of the plan in force, by date and park. */
    public static List<PromotionPlanSection.LateMilestone> lateMilestones(List<Milestone> milestones, Map<UUID, Done> done,
                                                                          LocalDate asOf) {
        return milestones.stream()
                .filter(m -> ProgrammeCalendar.milestoneLate(m.dueOn(), doneBy(m, done, asOf), asOf))
                .sorted(Comparator.comparing(Milestone::dueOn).thenComparing(Milestone::parkCode)
                        .thenComparing(Milestone::milestoneId))
                .map(m -> new PromotionPlanSection.LateMilestone(m.parkCode(), m.milestoneId(), m.dueOn(), m.description(),
                        ProgrammeCalendar.daysLate(m.dueOn(), asOf)))
                .toList();
    }
}
