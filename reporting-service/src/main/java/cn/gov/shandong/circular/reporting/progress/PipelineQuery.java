package cn.gov.shandong.circular.reporting.progress;

import cn.gov.shandong.circular.common.time.SqlValues;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.reporting.progress.PipelineRule.Application;
import cn.gov.shandong.circular.reporting.progress.PipelineRule.Step;
import cn.gov.shandong.circular.reporting.progress.PipelineRule.StepAt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link PipelineRule} judges (a programme's scheduled parks, their schedules in every programme, their
 * applications' steps and filings) and the registry's parks at a day (docs/decisions.md 44). A programme has a
 * few hundred parks: they are read whole and judged in Java, where the rule can be tested on its own.
 */
@ApplicationScoped
public class PipelineQuery {

    @Inject
    EntityManager entityManager;

    /**
     * A park the programme schedules, with what the rule needs.
     *
     * @param cityCode null while the park's registration has not arrived (so is level)
     */
    public record ScheduledPark(String parkCode, int year, String cityCode, String cityName, ParkLevel level,
                                List<Application> applications) {
    }

    /** The programme's scheduled parks (withdrawn schedules left out) with their applications that count for it. */
    @Transactional
    public List<ScheduledPark> scheduledParks(String programme) {
        @SuppressWarnings("unchecked")
        List<Object[]> parks = entityManager.createNativeQuery("""
                        select s.park_code, s.year, v.city_code, v.city_name, v.level
                        from park_schedule s left join park_view v on v.park_code = s.park_code
                        where s.programme_code = :programme and not s.withdrawn
                        order by s.park_code""")
                .setParameter("programme", programme).getResultList();
        if (parks.isEmpty()) {
            return List.of();
        }
        String parksOfProgramme = "(select park_code from park_schedule where programme_code = :programme and not withdrawn)";
        Map<String, Map<String, Integer>> schedules = new HashMap<>();
        for (Object[] r : rows("select park_code, programme_code, year from park_schedule where not withdrawn"
                + " and park_code in " + parksOfProgramme, programme)) {
            schedules.computeIfAbsent((String) r[0], p -> new HashMap<>()).put((String) r[1], ((Number) r[2]).intValue());
        }
        Map<String, ApplicationRows> applications = new LinkedHashMap<>();
        for (Object[] r : rows("select application_id, park_code, step, programme_code, occurred_at from acceptance_step"
                + " where park_code in " + parksOfProgramme + " order by application_id, occurred_at, event_id", programme)) {
            ApplicationRows a = applications.computeIfAbsent((String) r[0], id -> new ApplicationRows(id, (String) r[1]));
            a.steps.add(new StepAt(SqlValues.instant(r[4]), Step.valueOf((String) r[2])));
            if (r[3] != null) {
                a.programmeCode = (String) r[3];
            }
        }
        for (Object[] r : rows("select application_id, park_code, filed_at, revoked_at from park_filing"
                + " where park_code in " + parksOfProgramme, programme)) {
            ApplicationRows a = applications.computeIfAbsent((String) r[0], id -> new ApplicationRows(id, (String) r[1]));
            a.filedAt = SqlValues.instant(r[2]);
            a.revokedAt = SqlValues.instant(r[3]);
        }
        Map<String, List<Application>> byPark = new HashMap<>();
        for (ApplicationRows rows : applications.values()) {
            Application application = new Application(rows.applicationId, rows.programmeCode, rows.steps, rows.filedAt,
                    rows.revokedAt);
            // A filing counts for the programme its application answers, else for the park's schedule.
            if (PipelineRule.programmeOf(application, schedules.getOrDefault(rows.parkCode, Map.of()))
                    .filter(programme::equals).isPresent()) {
                byPark.computeIfAbsent(rows.parkCode, p -> new ArrayList<>()).add(application);
            }
        }
        return parks.stream().map(r -> new ScheduledPark((String) r[0], ((Number) r[1]).intValue(), (String) r[2],
                (String) r[3], r[4] == null ? null : ParkLevel.valueOf((String) r[4]),
                byPark.getOrDefault((String) r[0], List.of()))).toList();
    }

    /**
     * The registry's national- and provincial-level parks by city and their level on a day (before a level change's
     * day, the level before it): those registered by its end,
     * or scheduled in the programme (a park a programme scheduled existed then, whenever this system learnt of it);
     * active (not retired nor merged on or before the day) or not; and how many of the active ones have a filing
     * that stands at the end of the day.
     *
     * @param day null for now (every registration; active = not retired; every filing not revoked)
     */
    @Transactional
    public List<RegistryTally> registry(String programme, LocalDate day) {
        OffsetDateTime end = ProgressReports.filedBefore(day);
        String stands = end == null
                ? "f.filed_at is not null and f.revoked_at is null"
                : "f.filed_at < :end and (f.revoked_at is null or f.revoked_at >= :end)";
        String known = end == null ? "true" : "(v.registered_at < :end or exists (select 1 from park_schedule s"
                + " where s.park_code = v.park_code and s.programme_code = :programme and not s.withdrawn))";
        String active = end == null ? "v.retired_on is null" : "(v.retired_on is null or v.retired_on > :day)";
        // The level the park had on the day: before its latest level change's day, the previous one.
        String level = end == null ? "v.level"
                : "case when v.level_since > :day then coalesce(v.previous_level, v.level) else v.level end";
        Query query = entityManager.createNativeQuery("""
                select v.city_code, %s as level_then, %s as active, count(*), count(c.park_code)
                from park_view v
                left join (select distinct f.park_code from park_filing f where %s) c on c.park_code = v.park_code
                where %s
                group by v.city_code, 2, 3""".formatted(level, active, stands, known));
        if (end != null) {
            query.setParameter("end", end).setParameter("programme", programme).setParameter("day", day);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new RegistryTally((String) r[0], ParkLevel.valueOf((String) r[1]),
                (Boolean) r[2], ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    /**
     * @param active    whether these parks are active at the day
     * @param parks     parks of the city and level
     * @param completed of those, the parks with a filing that stands
     */
    public record RegistryTally(String cityCode, ParkLevel level, boolean active, long parks, long completed) {
    }

    private List<Object[]> rows(String sql, String programme) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("programme", programme).getResultList();
        return rows;
    }

    private static final class ApplicationRows {
        final String applicationId;
        final String parkCode;
        final List<StepAt> steps = new ArrayList<>();
        String programmeCode;
        Instant filedAt;
        Instant revokedAt;

        ApplicationRows(String applicationId, String parkCode) {
            this.applicationId = applicationId;
            this.parkCode = parkCode;
        }
    }
}
