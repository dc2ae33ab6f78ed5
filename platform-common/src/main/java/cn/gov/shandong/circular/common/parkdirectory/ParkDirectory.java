package cn.gov.shandong.circular.common.parkdirectory;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.events.ParkRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The local copy of the parks a service needs (code, name, city, level), kept from
 * {@code parks.events} (event-carried state transfer: the service never asks parks-service).
 *
 * <p>A service that keeps a copy adds {@code db/park-directory} to {@code quarkus.flyway.locations}
 * and feeds every record of its {@code parks.events} channel through
 * {@code idempotentConsumer.applyOnce(<its consumer name>, event, parkDirectory::apply)}; the
 * channel and the consumer name stay the service's own.
 */
@ApplicationScoped
public class ParkDirectory {

    private static final Logger LOG = Logger.getLogger(ParkDirectory.class);

    @Inject
    EntityManager entityManager;

    /**
     * Applies one event of {@code parks.events}. A {@code park.registered} inserts the park or, if the
     * registry republished it as a correction, replaces the copy (the topic is keyed by park code, so
     * the later record is the later registration). Other types are ignored, so the registry can add
     * types before this copy needs them.
     *
     * @throws MalformedEventException when a {@code park.registered}'s data is not a valid
     *         {@link ParkRegistered} (a missing field, a level other than NATIONAL/PROVINCIAL, a city
     *         code of the wrong shape): poison, for the dead-letter topic
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (!ParkRegistered.TYPE.equals(event.type())) {
            LOG.debugf("Ignoring %s event %s", event.type(), event.id());
            return;
        }
        ParkRegistered park = event.dataAs(ParkRegistered.class);
        entityManager.createNativeQuery("""
                        insert into park_directory (park_code, name, city_code, city_name, level, updated_at)
                        values (:parkCode, :name, :cityCode, :cityName, :level, :updatedAt)
                        on conflict (park_code) do update
                            set name = excluded.name,
                                city_code = excluded.city_code,
                                city_name = excluded.city_name,
                                level = excluded.level,
                                updated_at = excluded.updated_at""")
                .setParameter("parkCode", park.parkCode())
                .setParameter("name", park.name())
                .setParameter("cityCode", park.cityCode())
                .setParameter("cityName", park.cityName())
                .setParameter("level", park.level().name())
                .setParameter("updatedAt", event.time() != null ? event.time() : OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** The park as this service knows it; empty if the registry has not announced it (yet). */
    public Optional<ParkDirectoryEntry> find(String parkCode) {
        return parkCode == null ? Optional.empty()
                : Optional.ofNullable(entityManager.find(ParkDirectoryEntry.class, parkCode));
    }

    /**
     * The park, its row locked until the transaction ends: concurrent requests about one park
     * (e.g. two applications) take turns.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ParkDirectoryEntry> findForUpdate(String parkCode) {
        return parkCode == null ? Optional.empty() : Optional.ofNullable(
                entityManager.find(ParkDirectoryEntry.class, parkCode, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The known parks among these codes, by code (codes the directory does not know are left out). */
    public Map<String, ParkDirectoryEntry> findAll(Collection<String> parkCodes) {
        if (parkCodes.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select p from ParkDirectoryEntry p where p.parkCode in :codes",
                        ParkDirectoryEntry.class)
                .setParameter("codes", parkCodes)
                .getResultStream()
                .collect(Collectors.toMap(p -> p.parkCode, Function.identity()));
    }
}
