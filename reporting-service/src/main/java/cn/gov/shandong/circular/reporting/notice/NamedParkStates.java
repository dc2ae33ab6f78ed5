package cn.gov.shandong.circular.reporting.notice;

import cn.gov.shandong.circular.common.time.SqlValues;
import cn.gov.shandong.circular.reporting.overdue.OverdueRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the parks a notice names stand today, by the overdue rule ({@link OverdueRule}) on the projections as
 * they are now: a park that filed after being named shows as filed late, one withdrawn or rescheduled since (or
 * whose filing in time arrived late) as no longer overdue.
 */
@ApplicationScoped
public class NamedParkStates {

    @Inject
    EntityManager entityManager;

    /** A named park's state today; filedLateOn when FILED_LATE. */
    public record Now(NoticeViews.State state, LocalDate filedLateOn) {
    }

    /** The park's schedule in the programme as it stands now. */
    private record ScheduleRow(String parkCode, int year, boolean withdrawn) {

        static ScheduleRow of(Tuple row) {
            return new ScheduleRow((String) row.get("park_code"), ((Number) row.get("year")).intValue(),
                    Boolean.TRUE.equals(row.get("withdrawn")));
        }
    }

    /** A filing of a park (filed_at never null here). */
    private record FilingRow(String parkCode, OverdueRule.Filing filing) {

        static FilingRow of(Tuple row) {
            return new FilingRow((String) row.get("park_code"), new OverdueRule.Filing(
                    SqlValues.instant(row.get("filed_at")), SqlValues.instant(row.get("revoked_at"))));
        }
    }

    /** The states of these parks (of one notice of this programme) as of the end of {@code day}, by park code. */
    public Map<String, Now> of(String programme, List<NoticePark> parks, LocalDate day) {
        if (parks.isEmpty()) {
            return Map.of();
        }
        List<String> codes = parks.stream().map(p -> p.parkCode).toList();
        Map<String, ScheduleRow> schedules = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Tuple> scheduleRows = entityManager.createNativeQuery("""
                        select park_code, year, withdrawn from park_schedule
                        where programme_code = :programme and park_code in (:codes)""", Tuple.class)
                .setParameter("programme", programme).setParameter("codes", codes).getResultList();
        scheduleRows.stream().map(ScheduleRow::of).forEach(r -> schedules.put(r.parkCode(), r));
        Map<String, List<OverdueRule.Filing>> filings = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Tuple> filingRows = entityManager.createNativeQuery("""
                        select park_code, filed_at, revoked_at from park_filing
                        where filed_at is not null and park_code in (:codes)""", Tuple.class)
                .setParameter("codes", codes).getResultList();
        filingRows.stream().map(FilingRow::of)
                .forEach(r -> filings.computeIfAbsent(r.parkCode(), c -> new ArrayList<>()).add(r.filing()));
        Map<String, Now> states = new HashMap<>();
        for (NoticePark park : parks) {
            ScheduleRow schedule = schedules.get(park.parkCode);
            // Judged under the schedule as it stands now: no schedule, or a withdrawn one, is never overdue.
            boolean withdrawn = schedule == null || schedule.withdrawn();
            int year = schedule == null ? park.scheduledYear : schedule.year();
            Optional<OverdueRule.Verdict> verdict = OverdueRule.judge(year, withdrawn,
                    filings.getOrDefault(park.parkCode, List.of()), day);
            states.put(park.parkCode, verdict.map(v -> v.status() == OverdueRule.Status.FILED_LATE
                            ? new Now(NoticeViews.State.FILED_LATE, v.filedLateOn())
                            : new Now(NoticeViews.State.NOT_FILED, null))
                    .orElse(new Now(NoticeViews.State.NOT_OVERDUE, null)));
        }
        return states;
    }
}
