package cn.gov.shandong.circular.reporting.overdue;

import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The deadline of the programme (DOMAIN.md, Calendar): a park scheduled for year Y is overdue when it has
 * no filing (备案) that counts by the end of 31 December Y in the province (Asia/Shanghai). Pure: no
 * database, no clock; the caller says as of which day. The dates (the deadline, days overdue) are
 * {@link ProgrammeCalendar}'s.
 *
 * <p>As of a day, a filing counts when it was made before the end of that day and not revoked by then
 * (a revocation voids the filing, whenever it was made: decision 40). A park is on time when such a
 * filing was made before its deadline; otherwise, once its year is over, it is overdue: still unfiled, or
 * filed late (its earliest counting filing after the deadline). A withdrawn schedule is never overdue.
 */
public final class OverdueRule {

    private OverdueRule() {
    }

    /** A filing of the park as the projection keeps it: filed (null while only its revocation has arrived), revoked or not. */
    public record Filing(Instant filedAt, Instant revokedAt) {
    }

    /** What the rule found for an overdue park. */
    @Schema(name = "OverdueStatus", description = "NOT_FILED: no filing counts as of the day; FILED_LATE: one counts, made after the deadline")
    public enum Status {
        /** No filing counts as of the day. */
        NOT_FILED,
        /** A filing counts, made after the deadline. */
        FILED_LATE
    }

    /**
     * @param status      not filed, or filed late
     * @param daysOverdue days from 31 December of the scheduled year to the late filing's day, or to the
     *                    day asked about while unfiled (the day after the deadline is 1)
     * @param filedLateOn the late filing's day (Asia/Shanghai), null while unfiled
     * @param revokedOn   the latest revocation (by the day) of a filing made in time: why a park that was
     *                    filed in time is overdue; null when none
     */
    public record Verdict(Status status, long daysOverdue, LocalDate filedLateOn, LocalDate revokedOn) {
    }

    /**
     * The verdict on a park scheduled for {@code year}, as of the end of {@code asOf}; empty when it is not
     * overdue (withdrawn, its year not over by then, or filed in time).
     */
    public static Optional<Verdict> judge(int year, boolean withdrawn, List<Filing> filings, LocalDate asOf) {
        Instant end = ProgrammeCalendar.endOf(asOf);
        if (withdrawn || !ProgrammeCalendar.yearOver(year, asOf)) {
            return Optional.empty();
        }
        List<Filing> counting = filings.stream().filter(f -> counts(f, end)).toList();
        if (counting.stream().anyMatch(f -> ProgrammeCalendar.filedOnTime(year, f.filedAt()))) {
            return Optional.empty();
        }
        LocalDate revokedOn = filings.stream()
                .filter(f -> f.filedAt() != null && ProgrammeCalendar.filedOnTime(year, f.filedAt()))
                .filter(f -> f.revokedAt() != null && f.revokedAt().isBefore(end))
                .map(Filing::revokedAt).max(Comparator.naturalOrder())
                .map(ProgrammeCalendar::dayOf).orElse(null);
        Optional<LocalDate> filedLateOn = counting.stream().map(Filing::filedAt).min(Comparator.naturalOrder())
                .map(ProgrammeCalendar::dayOf);
        long days = ProgrammeCalendar.daysOverdue(year, filedLateOn.orElse(asOf));
        return Optional.of(new Verdict(filedLateOn.isPresent() ? Status.FILED_LATE : Status.NOT_FILED, days,
                filedLateOn.orElse(null), revokedOn));
    }

    /** Filed before {@code end} and not revoked before it. */
    static boolean counts(Filing filing, Instant end) {
        return filing.filedAt() != null && filing.filedAt().isBefore(end)
                && (filing.revokedAt() == null || !filing.revokedAt().isBefore(end));
    }
}
