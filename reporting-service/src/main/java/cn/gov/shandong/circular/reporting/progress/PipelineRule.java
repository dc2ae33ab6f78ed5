package cn.gov.shandong.circular.reporting.progress;

import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a scheduled park stands in its programme at an instant (issue 9, item 2; docs/decisions.md 44). Pure: no
 * database, no clock.
 *
 * <p>Only what happened before the instant counts (every step, filing and revocation carries its own time), so
 * the answer for a past day is the answer that day. A park is in one stage at a time: under review (its latest
 * application is with the city: applied, review opened, resubmitted, returned for revision or sent back by the
 * province), passed (the city passed it, the province has not filed it yet), filed on time or filed late (a filing
 * stands: made by then and not revoked by then; on time when made before 1 January Y+1 00:00 Asia/Shanghai, Y the
 * scheduled year: {@link ProgrammeCalendar#filedOnTime}), or none (never applied, failed, or revoked without a new
 * application). Besides its stage: applied (an application was made by then), revoked (a filing was revoked by
 * then and none stands) and overdue (its year is over and no filing stands: a park filed late is filed late, not
 * overdue, so that overdue + filed late are the parks of {@code GET /overdue} as of the same day).
 */
public final class PipelineRule {

    private PipelineRule() {
    }

    /** The city's and the province's steps of an application, in the order of the process (ties of time break so). */
    public enum Step { APPLIED, RESUBMITTED, REVIEW_OPENED, RETURNED, FAILED, PASSED, FILING_RETURNED }

    public record StepAt(Instant at, Step step) {
    }

    /**
     * An application of the park as the projections keep it.
     *
     * @param programmeCode the programme it answers (acceptance.applied), null when it named none
     * @param filedAt       when the province filed it, null if not (yet)
     * @param revokedAt     when that filing was revoked, null if not
     */
    public record Application(String applicationId, String programmeCode, List<StepAt> steps, Instant filedAt,
                              Instant revokedAt) {

        public Application {
            steps = List.copyOf(steps);
        }

        /** When anything first happened to it (null if nothing did). */
        Instant firstAt() {
            return steps.stream().map(StepAt::at).min(Comparator.naturalOrder()).orElse(filedAt);
        }
    }

    /** A park's stage at the instant. */
    public enum Stage { NONE, UNDER_REVIEW, PASSED, FILED_ON_TIME, FILED_LATE }

    public record Verdict(boolean applied, Stage stage, boolean revoked, boolean overdue) {
    }

    /**
     * The programme an application counts for: the one it names; an application that names none counts for the
     * park's schedule with the latest year not after the year it began (Asia/Shanghai), else the earliest schedule.
     *
     * @param schedules the park's schedules that stand, programme code to year
     * @return empty when the park has no schedule
     */
    public static Optional<String> programmeOf(Application application, Map<String, Integer> schedules) {
        if (application.programmeCode() != null) {
            return Optional.of(application.programmeCode());
        }
        Instant first = application.firstAt();
        int year = first == null ? Integer.MAX_VALUE : ProgrammeCalendar.yearOf(first);
        Comparator<Map.Entry<String, Integer>> byYear = Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey());
        return schedules.entrySet().stream().filter(s -> s.getValue() <= year).max(byYear)
                .or(() -> schedules.entrySet().stream().min(byYear))
                .map(Map.Entry::getKey);
    }

    /**
     * @param year         the year the programme schedules the park for
     * @param applications the park's applications that count for the programme
     * @param end          only what happened strictly before this instant counts; null: everything so far
     * @param now          the instant at which "its year is over" is judged when {@code end} is null
     */
    public static Verdict judge(int year, List<Application> applications, Instant end, Instant now) {
        Optional<Instant> standing = applications.stream()
                .filter(a -> before(a.filedAt(), end) && !before(a.revokedAt(), end))
                .map(Application::filedAt).min(Comparator.naturalOrder());
        boolean applied = applications.stream().anyMatch(a -> before(a.firstAt(), end));
        boolean revoked = standing.isEmpty() && applications.stream()
                .anyMatch(a -> before(a.filedAt(), end) && before(a.revokedAt(), end));
        // As of a day the year is over when the day's end is past the deadline (31 December is still in time);
        // judged now, from the deadline's instant on.
        boolean yearOver = end == null ? ProgrammeCalendar.yearOver(year, now) : ProgrammeCalendar.yearOverBefore(year, end);
        boolean overdue = standing.isEmpty() && yearOver;
        Stage stage;
        if (standing.isPresent()) {
            stage = ProgrammeCalendar.filedOnTime(year, standing.get()) ? Stage.FILED_ON_TIME : Stage.FILED_LATE;
        } else {
            stage = applications.stream()
                    .map(a -> latest(a, end))
                    .flatMap(Optional::stream)
                    .max(Comparator.comparing(Moment::at).thenComparing(Moment::rank))
                    .map(PipelineRule::stageAfter)
                    .orElse(Stage.NONE);
        }
        return new Verdict(applied, stage, revoked, overdue);
    }

    /** Something that happened to an application: a step, its filing (rank 7) or revocation (rank 8). */
    private record Moment(Instant at, int rank, Step step) {
    }

    private static Optional<Moment> latest(Application application, Instant end) {
        List<Moment> moments = new ArrayList<>();
        application.steps().stream().filter(s -> before(s.at(), end))
                .forEach(s -> moments.add(new Moment(s.at(), s.step().ordinal(), s.step())));
        if (before(application.filedAt(), end)) {
            moments.add(new Moment(application.filedAt(), Step.values().length, null));
            if (before(application.revokedAt(), end)) {
                moments.add(new Moment(application.revokedAt(), Step.values().length + 1, null));
            }
        }
        return moments.stream().max(Comparator.comparing(Moment::at).thenComparing(Moment::rank));
    }

    /** The stage after the latest moment of the park's latest application, when no filing stands. */
    private static Stage stageAfter(Moment moment) {
        if (moment.step() == null) {
            // Filed and revoked (a standing filing was handled before): nothing pending.
            return Stage.NONE;
        }
        return switch (moment.step()) {
            case APPLIED, RESUBMITTED, REVIEW_OPENED, RETURNED, FILING_RETURNED -> Stage.UNDER_REVIEW;
            case PASSED -> Stage.PASSED;
            case FAILED -> Stage.NONE;
        };
    }

    private static boolean before(Instant at, Instant end) {
        return at != null && (end == null || at.isBefore(end));
    }
}
