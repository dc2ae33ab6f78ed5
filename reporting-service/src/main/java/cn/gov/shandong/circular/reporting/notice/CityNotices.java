package cn.gov.shandong.circular.reporting.notice;

import cn.gov.shandong.circular.common.time.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    /**
     * By city (the city a named park had when the notice named it): the newest {@code limit} notices of the
     * programme published by the end of {@code day}, newest first.
     */
    public Map<String, List<Named>> latest(String programme, LocalDate day, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select p.city_code, cast(n.id as varchar), n.number, n.published_on, n.title, count(*)
                from notice n join notice_park p on p.notice_id = n.id
                where n.status = 'PUBLISHED' and n.programme_code = :programme and n.published_on <= :day
                group by p.city_code, n.id, n.number, n.published_on, n.title, n.published_at, n.publication_year,
                         n.publication_seq
                order by p.city_code, n.published_at desc, n.publication_year desc, n.publication_seq desc""")
                .setParameter("programme", programme).setParameter("day", day).getResultList();
        Map<String, List<Named>> byCity = new HashMap<>();
        for (Object[] r : rows) {
            List<Named> notices = byCity.computeIfAbsent(((String) r[0]).trim(), c -> new ArrayList<>());
            if (notices.size() < limit) {
                notices.add(new Named(UUID.fromString((String) r[1]), (String) r[2], SqlValues.day(r[3]), (String) r[4],
                        ((Number) r[5]).intValue()));
            }
        }
        return byCity;
    }
}
