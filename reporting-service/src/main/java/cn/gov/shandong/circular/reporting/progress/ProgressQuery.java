package cn.gov.shandong.circular.reporting.progress;

import cn.gov.shandong.circular.events.ParkLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

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
        String completed = filedBefore == null
                ? "count(c.park_code)"
                : "count(c.park_code) filter (where c.filed_at < :filedBefore)";
        Query query = entityManager.createNativeQuery("""
                select v.city_code, max(v.city_name), s.year, v.level, count(*), %s
                from park_schedule s
                left join park_view v on v.park_code = s.park_code
                left join park_completion c on c.park_code = s.park_code
                where s.programme_code = :programme
                group by v.city_code, s.year, v.level""".formatted(completed))
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

    /**
     * @param cityCode  null when the park is not registered yet
     * @param level     null when the park is not registered yet
     * @param planned   parks scheduled
     * @param completed of those, the parks filed
     */
    public record Tally(String cityCode, String cityName, int year, ParkLevel level, long planned, long completed) {
    }
}
