package cn.gov.shandong.circular.common.cities;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.CityAbolished;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The cities' successions as this service knows them, and the cities whose parks a city's officers act for
 * today (docs/decisions.md, 38). {@link cn.gov.shandong.circular.common.security.Caller} asks it, so every
 * scope check of every service follows the same rule.
 *
 * <p>Read from the table {@code city_succession}: in the services that consume {@code parks.events} the copy
 * kept from {@code park.city-abolished} (Flyway location {@code db/city-directory}, fed by {@link #apply} from
 * the service's park-directory or projection consumer); in parks-service, which owns the cities, a view of
 * its city table of the same name and shape. The rows are few and change once in years: they are kept in
 * memory and read again after a minute, or at once after this instance applied a change.
 */
@ApplicationScoped
public class CitySuccessions {

    /** How long a read of the table is used: another instance's change shows here within this. */
    static final Duration REFRESH = Duration.ofMinutes(1);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ProvinceClock clock;

    private volatile Loaded loaded;

    private record Loaded(Successions successions, long at) {
    }

    /** The cities whose parks the officers of this city act for today (Asia/Shanghai); see {@link Successions#heldBy}. */
    public Set<String> heldBy(String cityCode) {
        return successions().heldBy(cityCode, clock.today());
    }

    /** The successions, from memory while the last read is younger than {@link #REFRESH}. */
    public Successions successions() {
        Loaded current = loaded;
        long now = System.nanoTime();
        if (current == null || now - current.at() > REFRESH.toNanos()) {
            current = new Loaded(read(), now);
            loaded = current;
        }
        return current.successions();
    }

    /** Forgets what was read: the next question reads the table again. */
    public void refresh() {
        loaded = null;
    }

    /**
     * Applies one event of {@code parks.events}: a {@code park.city-abolished} records the city's successor
     * and the day it takes over, replacing an earlier record of the same city only if it is the later event
     * (its {@code ce_time}, then id), so a redelivered or late older correction changes nothing. Other types
     * are ignored. What this instance answers changes once the transaction has committed.
     *
     * @throws MalformedEventException when the data is not a valid {@link CityAbolished}: poison
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (!CityAbolished.TYPE.equals(event.type())) {
            return;
        }
        CityAbolished city = event.dataAs(CityAbolished.class);
        entityManager.createNativeQuery("""
                        insert into city_succession (city_code, city_name, successor_code, successor_name, effective_on,
                                                     event_id, occurred_at)
                        values (:cityCode, :cityName, :successorCode, :successorName, :effectiveOn, :eventId, :occurredAt)
                        on conflict (city_code) do update
                            set city_name = excluded.city_name, successor_code = excluded.successor_code,
                                successor_name = excluded.successor_name, effective_on = excluded.effective_on,
                                event_id = excluded.event_id, occurred_at = excluded.occurred_at
                            where (city_succession.occurred_at, city_succession.event_id)
                                  < (excluded.occurred_at, excluded.event_id)""")
                .setParameter("cityCode", city.cityCode())
                .setParameter("cityName", city.cityName())
                .setParameter("successorCode", city.successorCode())
                .setParameter("successorName", city.successorName())
                .setParameter("effectiveOn", city.effectiveOn())
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time() != null ? event.time() : OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    refresh();
                }
            }
        });
    }

    private Successions read() {
        List<Successions.Succession> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select city_code, successor_code, effective_on from city_succession")) {
            while (rs.next()) {
                rows.add(new Successions.Succession(rs.getString(1).trim(), rs.getString(2).trim(),
                        rs.getObject(3, java.time.LocalDate.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the cities' successions (city_succession)", e);
        }
        return new Successions(rows);
    }
}
