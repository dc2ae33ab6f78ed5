package cn.gov.shandong.circular.reporting.notice;

import cn.gov.shandong.circular.common.time.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The published notices naming a park of each city (the dispatch view, decision 47), read from the notice
 * tables (V7) as the notice list orders them: the newest publication first. Must run in the caller's transaction.
 */
@ApplicationScoped
public class CityNotices {

    @Inject
    EntityManager entityManager;

    /** A notice as a city sees it: how many of the city's parks it names. */
    public record Named(UUID id, String number, LocalDate publishedOn, String title, int parks) {
    }

    /** A published notice with the city of the parks it names (as it named them) and how many of them. */
    private record CityNotice(String cityCode, Named notice) {

        static CityNotice of(Tuple row) {
            return new CityNotice(((String) row.get("city_code")).trim(), new Named(
                    UUID.fromString((String) row.get("id")), (String) row.get("number"),
                    SqlValues.day(row.get("published_on")), (String) row.get("title"),
                    ((Number) row.get("parks")).intValue()));
        }
    }

    /**
     * By city (the city a named park had when the notice named it): the newest {@code limit} notices of the
     * programme published by the end of {@code day}, newest first.
     */
    public Map<String, List<Named>> latest(String programme, LocalDate day, int limit) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                select p.city_code, cast(n.id as varchar) as id, n.number, n.published_on, n.title, count(*) as parks
                from notice n join notice_park p on p.notice_id = n.id
                where n.status = 'PUBLISHED' and n.programme_code = :programme and n.published_on <= :day
                group by p.city_code, n.id, n.number, n.published_on, n.title, n.published_at, n.publication_year,
                         n.publication_seq
                order by p.city_code, n.published_at desc, n.publication_year desc, n.publication_seq desc""", Tuple.class)
                .setParameter("programme", programme).setParameter("day", day).getResultList();
        Map<String, List<Named>> byCity = new HashMap<>();
        for (CityNotice r : rows.stream().map(CityNotice::of).toList()) {
            List<Named> notices = byCity.computeIfAbsent(r.cityCode(), c -> new ArrayList<>());
            if (notices.size() < limit) {
                notices.add(r.notice());
            }
        }
        return byCity;
    }
}
