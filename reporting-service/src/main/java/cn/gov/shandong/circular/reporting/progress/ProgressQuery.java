package cn.gov.shandong.circular.reporting.progress;

import cn.gov.shandong.circular.events.ParkLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Reads the projections: schedules joined with parks and filings at read time. */
@ApplicationScoped
public class ProgressQuery {

    @Inject
    EntityManager entityManager;

    /**
     * Scheduled and filed parks of the programme grouped by city, year and level. The joins are
     * outer: a schedule whose park is not registered yet comes back with city and level null, so
     * the caller can count it instead of losing it.
     *
     * @param filedBefore count filings strictly before this instant; null counts every filing
     */
    @Transactional
    public List<Tally> tally(String programme, OffsetDateTime filedBefore) {
        // A park counts once if it has a filing that stands: now, one not revoked; as of a day, one filed
        // before then and not revoked before then (a revocation after the day did not undo that day's count).
        Query query = filedBefore == null
                ? entityManager.createNativeQuery(TALLY_NOW, Tuple.class)
                : entityManager.createNativeQuery(TALLY_AS_OF, Tuple.class).setParameter("filedBefore", filedBefore);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.setParameter("programme", programme).getResultList();
        return rows.stream().map(Tally::of).toList();
    }

    private static final String TALLY_NOW = """
            select v.city_code, max(v.city_name) as city_name, s.year, v.level, count(*) as planned,
                   count(c.park_code) as completed
            from park_schedule s
            left join park_view v on v.park_code = s.park_code
            left join (select distinct f.park_code from park_filing f
                       where f.filed_at is not null and f.revoked_at is null) c on c.park_code = s.park_code
            where s.programme_code = :programme and not s.withdrawn
            group by v.city_code, s.year, v.level""";

    private static final String TALLY_AS_OF = """
            select v.city_code, max(v.city_name) as city_name, s.year, v.level, count(*) as planned,
                   count(c.park_code) as completed
            from park_schedule s
            left join park_view v on v.park_code = s.park_code
            left join (select distinct f.park_code from park_filing f
                       where f.filed_at < :filedBefore and (f.revoked_at is null or f.revoked_at >= :filedBefore)) c
                   on c.park_code = s.park_code
            where s.programme_code = :programme and not s.withdrawn
            group by v.city_code, s.year, v.level""";

    /** The programme as its latest plan.programme-defined describes it, if that has arrived. */
    @Transactional
    public Optional<Programme> programme(String code) {
        return programmes(code).stream().findFirst();
    }

    /** Every programme whose definition has arrived, oldest first. */
    @Transactional
    public List<Programme> programmes() {
        return programmes(null);
    }

    private List<Programme> programmes(String code) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select programme_code, name, document, start_year, end_year, national_goal_share,
                               provincial_goal_share, goal_statement, status
                        from programme_view
                        where cast(:code as varchar) is null or programme_code = cast(:code as varchar)
                        order by start_year, programme_code""", Tuple.class)
                .setParameter("code", code)
                .getResultList();
        return rows.stream().map(Programme::of).toList();
    }

    /** The shares of national- and provincial-level parks a programme aims to complete (1.00 = all). */
    public record Shares(BigDecimal national, BigDecimal provincial) {
    }

    /** A programme as reporting knows it from plan.programme-defined. */
    public record Programme(String code, String name, String document, int startYear, int endYear, Shares shares,
                            String goalStatement, String status) {

        static Programme of(Tuple row) {
            return new Programme((String) row.get("programme_code"), (String) row.get("name"),
                    (String) row.get("document"), ((Number) row.get("start_year")).intValue(),
                    ((Number) row.get("end_year")).intValue(), new Shares((BigDecimal) row.get("national_goal_share"),
                    (BigDecimal) row.get("provincial_goal_share")), (String) row.get("goal_statement"),
                    (String) row.get("status"));
        }
    }

    /**
     * @param cityCode  null when the park is not registered yet
     * @param level     null when the park is not registered yet
     * @param planned   parks scheduled
     * @param completed of those, the parks filed
     */
    public record Tally(String cityCode, String cityName, int year, ParkLevel level, long planned, long completed) {

        static Tally of(Tuple row) {
            String level = (String) row.get("level");
            return new Tally((String) row.get("city_code"), (String) row.get("city_name"),
                    ((Number) row.get("year")).intValue(), level == null ? null : ParkLevel.valueOf(level),
                    ((Number) row.get("planned")).longValue(), ((Number) row.get("completed")).longValue());
        }
    }
}
