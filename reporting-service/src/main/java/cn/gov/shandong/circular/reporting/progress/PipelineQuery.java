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
import jakarta.persistence.Tuple;
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
        List<ParkRow> parks = rows("""
                select s.park_code, s.year, v.city_code, v.city_name, v.level
                from park_schedule s left join park_view v on v.park_code = s.park_code
                where s.programme_code = :programme and not s.withdrawn
                order by s.park_code""", programme).stream().map(ParkRow::of).toList();
        if (parks.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Integer>> schedules = new HashMap<>();
        for (Tuple r : rows("""
                select park_code, programme_code, year from park_schedule
                where not withdrawn
                  and park_code in (select park_code from park_schedule where programme_code = :programme and not withdrawn)""",
                programme)) {
            schedules.computeIfAbsent((String) r.get("park_code"), p -> new HashMap<>())
                    .put((String) r.get("programme_code"), ((Number) r.get("year")).intValue());
        }
        Map<String, ApplicationRows> applications = new LinkedHashMap<>();
        for (Tuple r : rows("""
                select application_id, park_code, step, programme_code, occurred_at from acceptance_step
                where park_code in (select park_code from park_schedule where programme_code = :programme and not withdrawn)
                order by application_id, occurred_at, event_id""", programme)) {
            StepRow step = StepRow.of(r);
            ApplicationRows a = applications.computeIfAbsent(step.applicationId(),
                    id -> new ApplicationRows(id, step.parkCode()));
            a.steps.add(step.step());
            if (step.programmeCode() != null) {
                a.programmeCode = step.programmeCode();
            }
        }
        for (Tuple r : rows("""
                select application_id, park_code, filed_at, revoked_at from park_filing
                where park_code in (select park_code from park_schedule where programme_code = :programme and not withdrawn)""",
                programme)) {
            FilingRow filing = FilingRow.of(r);
            ApplicationRows a = applications.computeIfAbsent(filing.applicationId(),
                    id -> new ApplicationRows(id, filing.parkCode()));
            a.filedAt = filing.filedAt();
            a.revokedAt = filing.revokedAt();
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
        return parks.stream().map(p -> new ScheduledPark(p.parkCode(), p.year(), p.cityCode(), p.cityName(), p.level(),
                byPark.getOrDefault(p.parkCode(), List.of()))).toList();
    }

    /** A scheduled park's row: its registration's city and level are null until it arrives. */
    private record ParkRow(String parkCode, int year, String cityCode, String cityName, ParkLevel level) {

        static ParkRow of(Tuple row) {
            String level = (String) row.get("level");
            return new ParkRow((String) row.get("park_code"), ((Number) row.get("year")).intValue(),
                    (String) row.get("city_code"), (String) row.get("city_name"),
                    level == null ? null : ParkLevel.valueOf(level));
        }
    }

    /** One step of an application as acceptance_step keeps it; the programme only on its APPLIED step. */
    private record StepRow(String applicationId, String parkCode, StepAt step, String programmeCode) {

        static StepRow of(Tuple row) {
            return new StepRow((String) row.get("application_id"), (String) row.get("park_code"),
                    new StepAt(SqlValues.instant(row.get("occurred_at")), Step.valueOf((String) row.get("step"))),
                    (String) row.get("programme_code"));
        }
    }

    /** An application's filing and its revocation as park_filing keeps them (either may be null). */
    private record FilingRow(String applicationId, String parkCode, Instant filedAt, Instant revokedAt) {

        static FilingRow of(Tuple row) {
            return new FilingRow((String) row.get("application_id"), (String) row.get("park_code"),
                    SqlValues.instant(row.get("filed_at")), SqlValues.instant(row.get("revoked_at")));
        }
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
        Query query = end == null
                ? entityManager.createNativeQuery(REGISTRY_NOW, Tuple.class)
                : entityManager.createNativeQuery(REGISTRY_AS_OF, Tuple.class)
                        .setParameter("end", end).setParameter("programme", programme).setParameter("day", day);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(RegistryTally::of).toList();
    }

    /** Now: every registration; active = not retired; the current level; every filing not revoked. */
    private static final String REGISTRY_NOW = """
            select v.city_code, v.level as level_then, v.retired_on is null as active, count(*) as parks,
                   count(c.park_code) as completed
            from park_view v
            left join (select distinct f.park_code from park_filing f
                       where f.filed_at is not null and f.revoked_at is null) c on c.park_code = v.park_code
            group by v.city_code, 2, 3""";

    /**
     * At the end of a day: registered by then or scheduled in the programme; active = not retired on or before the
     * day; the level the park had on the day (before its latest level change's day, the previous one); a filing
     * that stands at the end of the day.
     */
    private static final String REGISTRY_AS_OF = """
            select v.city_code,
                   case when v.level_since > :day then coalesce(v.previous_level, v.level) else v.level end as level_then,
                   (v.retired_on is null or v.retired_on > :day) as active, count(*) as parks,
                   count(c.park_code) as completed
            from park_view v
            left join (select distinct f.park_code from park_filing f
                       where f.filed_at < :end and (f.revoked_at is null or f.revoked_at >= :end)) c
                   on c.park_code = v.park_code
            where (v.registered_at < :end or exists (select 1 from park_schedule s
                   where s.park_code = v.park_code and s.programme_code = :programme and not s.withdrawn))
            group by v.city_code, 2, 3""";

    /**
     * @param active    whether these parks are active at the day
     * @param parks     parks of the city and level
     * @param completed of those, the parks with a filing that stands
     */
    public record RegistryTally(String cityCode, ParkLevel level, boolean active, long parks, long completed) {

        static RegistryTally of(Tuple row) {
            return new RegistryTally((String) row.get("city_code"), ParkLevel.valueOf((String) row.get("level_then")),
                    (Boolean) row.get("active"), ((Number) row.get("parks")).longValue(),
                    ((Number) row.get("completed")).longValue());
        }
    }

    private List<Tuple> rows(String sql, String programme) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(sql, Tuple.class).setParameter("programme", programme)
                .getResultList();
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
