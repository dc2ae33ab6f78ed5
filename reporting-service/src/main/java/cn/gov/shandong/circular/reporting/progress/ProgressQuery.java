package cn.gov.shandong.circular.reporting.progress;

import cn.gov.shandong.circular.events.ParkLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
        String stands = filedBefore == null
                ? "f.filed_at is not null and f.revoked_at is null"
                : "f.filed_at < :filedBefore and (f.revoked_at is null or f.revoked_at >= :filedBefore)";
        Query query = entityManager.createNativeQuery("""
                select v.city_code, max(v.city_name), s.year, v.level, count(*), count(c.park_code)
                from park_schedule s
                left join park_view v on v.park_code = s.park_code
                left join (select distinct f.park_code from park_filing f where %s) c on c.park_code = s.park_code
                where s.programme_code = :programme and not s.withdrawn
                group by v.city_code, s.year, v.level""".formatted(stands))
                .setParameter("programme", programme);
        if (filedBefore != null) {
            query.setParameter("filedBefore", filedBefore);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Tally(
                (String) r[0],
                (String) r[1],
                ((Number) r[2]).intValue(),
                r[3] == null ? null : ParkLevel.valueOf((String) r[3]),
                ((Number) r[4]).longValue(),
                ((Number) r[5]).longValue())).toList();
    }

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
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select programme_code, name, document, start_year, end_year, national_goal_share,
                               provincial_goal_share, goal_statement, status
                        from programme_view
                        where cast(:code as varchar) is null or programme_code = cast(:code as varchar)
                        order by start_year, programme_code""")
                .setParameter("code", code)
                .getResultList();
        return rows.stream().map(r -> new Programme((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                new Shares((BigDecimal) r[5], (BigDecimal) r[6]), (String) r[7], (String) r[8])).toList();
    }

    /** The shares of national- and provincial-level parks a programme aims to complete (1.00 = all). */
    public record Shares(BigDecimal national, BigDecimal provincial) {
    }

    /** A programme as reporting knows it from plan.programme-defined. */
    public record Programme(String code, String name, String document, int startYear, int endYear, Shares shares,
                            String goalStatement, String status) {
    }

    /**
     * @param cityCode  null when the park is not registered yet
     * @param level     null when the park is not registered yet
     * @param planned   parks scheduled
     * @param completed of those, the parks filed
     */
    public record Tally(String cityCode, String cityName, int year, ParkLevel level, long planned, long completed) {
    }
}
