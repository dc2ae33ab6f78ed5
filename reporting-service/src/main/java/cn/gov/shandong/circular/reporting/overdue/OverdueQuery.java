package cn.gov.shandong.circular.reporting.overdue;

import cn.gov.shandong.circular.common.time.SqlValues;
import cn.gov.shandong.circular.events.ParkLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a programme's schedules (with the parks as registered) and the filings of its parks. */
@ApplicationScoped
public class OverdueQuery {

    @Inject
    EntityManager entityManager;

    /** A park scheduled in the programme and not withdrawn; name, city and level null while its registration has not arrived. */
    public record ScheduledPark(String parkCode, int year, String name, String cityCode, String cityName, ParkLevel level) {
    }

    /** Must run in a transaction (the caller's). */
    public List<ScheduledPark> schedules(String programme, Integer year) {
        Query query = entityManager.createNativeQuery("""
                        select s.park_code, s.year, v.name, v.city_code, v.city_name, v.level
                        from park_schedule s left join park_view v on v.park_code = s.park_code
                        where s.programme_code = :programme and not s.withdrawn %s
                        order by s.year, v.city_code nulls last, s.park_code"""
                        .formatted(year == null ? "" : "and s.year = :year"))
                .setParameter("programme", programme);
        if (year != null) {
            query.setParameter("year", year);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ScheduledPark((String) r[0], ((Number) r[1]).intValue(), (String) r[2],
                (String) r[3], (String) r[4], r[5] == null ? null : ParkLevel.valueOf((String) r[5]))).toList();
    }

    /** Whether anything of the programme is known here (a schedule, withdrawn or not). */
    public boolean hasSchedules(String programme) {
        return !entityManager.createNativeQuery("select 1 from park_schedule where programme_code = :programme limit 1")
                .setParameter("programme", programme).getResultList().isEmpty();
    }

    /** Every filing of the programme's scheduled parks, by park code. */
    public Map<String, List<OverdueRule.Filing>> filings(String programme) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select f.park_code, f.filed_at, f.revoked_at
                        from park_filing f
                        where f.filed_at is not null and f.park_code in (
                            select s.park_code from park_schedule s where s.programme_code = :programme and not s.withdrawn)""")
                .setParameter("programme", programme)
                .getResultList();
        Map<String, List<OverdueRule.Filing>> filings = new HashMap<>();
        for (Object[] r : rows) {
            filings.computeIfAbsent((String) r[0], code -> new ArrayList<>())
                    .add(new OverdueRule.Filing(SqlValues.instant(r[1]), SqlValues.instant(r[2])));
        }
        return filings;
    }
}
