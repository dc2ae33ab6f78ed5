package cn.gov.shandong.circular.reporting.cities;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The province's cities as parks-service announces them on {@code parks.events} (issue 20, item 4): the city of
 * every registered park ({@code park.registered}) and both cities of an administrative change
 * ({@code park.city-abolished}: the abolished city and its successor), each with the name the newest of those events
 * gives it. Event-carried state, like the park directory: this service keeps no list of its own (city_view, V10).
 * The Projector feeds it, for live events and replays alike; an abolished city stays (it reports for the years it
 * existed; {@code city_succession} says which).
 */
@ApplicationScoped
public class ProvinceCities {

    @Inject
    EntityManager entityManager;

    /** A city of the province: its GB/T 2260 code and name. */
    public record City(String code, String name) {

        static City of(Tuple row) {
            return new City(((String) row.get("city_code")).trim(), (String) row.get("city_name"));
        }
    }

    /**
     * An event named the city: it is known from now on, with this name unless a newer event (by time, then id) named
     * it otherwise; an older event arriving late changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void named(IncomingEvent event, String cityCode, String cityName) {
        entityManager.createNativeQuery("""
                        insert into city_view (city_code, city_name, event_id, occurred_at)
                        values (:cityCode, :cityName, :eventId, :occurredAt)
                        on conflict (city_code) do update
                            set city_name = excluded.city_name, event_id = excluded.event_id,
                                occurred_at = excluded.occurred_at
                            where city_view.event_id is null
                               or (city_view.occurred_at, city_view.event_id) < (excluded.occurred_at, excluded.event_id)""")
                .setParameter("cityCode", cityCode)
                .setParameter("cityName", cityName)
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .executeUpdate();
    }

    /** Every city known here, by code. Must run in the caller's transaction. */
    public List<City> all() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(
                "select city_code, city_name from city_view order by city_code", Tuple.class).getResultList();
        return rows.stream().map(City::of).toList();
    }
}
