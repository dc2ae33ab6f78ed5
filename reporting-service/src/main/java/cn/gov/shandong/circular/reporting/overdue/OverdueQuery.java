package cn.gov.shandong.circular.reporting.overdue;

import cn.gov.shandong.circular.common.time.SqlValues;
import cn.gov.shandong.circular.events.ParkLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
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

        static ScheduledPark of(Tuple row) {
            String level = (String) row.get("level");
            return new ScheduledPark((String) row.get("park_code"), ((Number) row.get("year")).intValue(),
                    (String) row.get("name"), (String) row.get("city_code"), (String) row.get("city_name"),
                    level == null ? null : ParkLevel.valueOf(level));
        }
    }

    /** A filing of a park (filed_at never null here; revoked_at null unless revoked). */
    private record FilingRow(String parkCode, OverdueRule.Filing filing) {

        static FilingRow of(Tuple row) {
            return new FilingRow((String) row.get("park_code"), new OverdueRule.Filing(
                    SqlValues.instant(row.get("filed_at")), SqlValues.instant(row.get("revoked_at"))));
        }
    }

    private static final String SCHEDULES = """
            select s.park_code, s.year, v.name, v.city_code, v.city_name, v.level
            from park_schedule s left join park_view v on v.park_code = s.park_code
            where s.programme_code = :programme and not s.withdrawn
            order by s.year, v.city_code nulls last, s.park_code""";

    private static final String SCHEDULES_OF_YEAR = """
            select s.park_code, s.year, v.name, v.city_code, v.city_name, v.level
            from park_schedule s left join park_view v on v.park_code = s.park_code
            where s.programme_code = :programme and not s.withdrawn and s.year = :year
            order by s.year, v.city_code nulls last, s.park_code""";

    /** Must run in a transaction (the caller's). */
    public List<ScheduledPark> schedules(String programme, Integer year) {
        Query query = year == null
                ? entityManager.createNativeQuery(SCHEDULES, Tuple.class)
                : entityManager.createNativeQuery(SCHEDULES_OF_YEAR, Tuple.class).setParameter("year", year);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.setParameter("programme", programme).getResultList();
        return rows.stream().map(ScheduledPark::of).toList();
    }

    /** Whether anything of the programme is known here (a schedule, withdrawn or not). */
    public boolean hasSchedules(String programme) {
        return !entityManager.createNativeQuery("select 1 from park_schedule where programme_code = :programme limit 1")
                .setParameter("programme", programme).getResultList().isEmpty();
    }

    /** Every filing of the programme's scheduled parks, by park code. */
    public Map<String, List<OverdueRule.Filing>> filings(String programme) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select f.park_code, f.filed_at, f.revoked_at
                        from park_filing f
                        where f.filed_at is not null and f.park_code in (
                            select s.park_code from park_schedule s where s.programme_code = :programme and not s.withdrawn)""",
                        Tuple.class)
                .setParameter("programme", programme)
                .getResultList();
        Map<String, List<OverdueRule.Filing>> filings = new HashMap<>();
        for (Tuple row : rows) {
            FilingRow r = FilingRow.of(row);
            filings.computeIfAbsent(r.parkCode(), code -> new ArrayList<>()).add(r.filing());
        }
        return filings;
    }
}
