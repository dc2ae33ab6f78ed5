package cn.gov.shandong.circular.common.parkdirectory;

import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.events.ParkLevelChanged;
import cn.gov.shandong.circular.events.ParkMerged;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ParkRenamed;
import cn.gov.shandong.circular.events.ParkRetired;
import cn.gov.shandong.circular.events.ParkStatus;
import java.time.LocalDate;
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
     * the later record is the later registration). The registry's changes keep the copy current
     * (docs/decisions.md, 42): {@code park.renamed} the name, {@code park.level-changed} the level,
     * {@code park.retired} and {@code park.merged} the status (RETIRED from their day, with the park merged
     * into). A change of a park the copy does not hold changes nothing: its registration, earlier on the same
     * partition, was not a park this copy kept. Other types are ignored, so the registry can add types before
     * this copy needs them.
     *
     * @throws MalformedEventException when the data of one of these types is not a valid record (a missing
     *         field, a level other than NATIONAL/PROVINCIAL, a city code of the wrong shape): poison, for the
     *         dead-letter topic
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case ParkRegistered.TYPE -> registered(event, event.dataAs(ParkRegistered.class));
            case ParkRenamed.TYPE -> {
                ParkRenamed renamed = event.dataAs(ParkRenamed.class);
                change(event, renamed.parkCode(), "name = :value", renamed.name());
            }
            case ParkLevelChanged.TYPE -> {
                ParkLevelChanged changed = event.dataAs(ParkLevelChanged.class);
                change(event, changed.parkCode(), "level = :value", changed.level().name());
            }
            case ParkRetired.TYPE -> {
                ParkRetired retired = event.dataAs(ParkRetired.class);
                retire(event, retired.parkCode(), retired.retiredOn(), null);
            }
            case ParkMerged.TYPE -> {
                ParkMerged merged = event.dataAs(ParkMerged.class);
                retire(event, merged.parkCode(), merged.effectiveOn(), merged.intoParkCode());
            }
            default -> LOG.debugf("Ignoring %s event %s", event.type(), event.id());
        }
    }

    private void registered(IncomingEvent event, ParkRegistered park) {
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
                .setParameter("updatedAt", timeOf(event))
                .executeUpdate();
    }

    private void change(IncomingEvent event, String parkCode, String assignment, String value) {
        entityManager.createNativeQuery("update park_directory set " + assignment + ", updated_at = :updatedAt"
                        + " where park_code = :parkCode")
                .setParameter("value", value)
                .setParameter("updatedAt", timeOf(event))
                .setParameter("parkCode", parkCode)
                .executeUpdate();
    }

    private void retire(IncomingEvent event, String parkCode, LocalDate retiredOn, String mergedInto) {
        entityManager.createNativeQuery("""
                        update park_directory
                           set status = 'RETIRED', retired_on = :retiredOn, merged_into = cast(:mergedInto as varchar),
                               updated_at = :updatedAt
                         where park_code = :parkCode""")
                .setParameter("retiredOn", retiredOn)
                .setParameter("mergedInto", mergedInto)
                .setParameter("updatedAt", timeOf(event))
                .setParameter("parkCode", parkCode)
                .executeUpdate();
    }

    private static OffsetDateTime timeOf(IncomingEvent event) {
        return event.time() != null ? event.time() : OffsetDateTime.now(ZoneOffset.UTC);
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

    /**
     * Refuses new work (a plan, an application) for a park the registry has retired or merged into another: it is no
     * longer one of the province's active parks (docs/decisions.md 50). What is already under way is left to finish.
     *
     * @param what the new work, e.g. "implementation plan"
     * @throws Conflict {@code park-retired}
     */
    public static void requireActive(ParkDirectoryEntry park, String what) {
        if (park.status == ParkStatus.RETIRED) {
            throw new Conflict("park-retired", "Park " + park.parkCode + " left the registry's active parks"
                    + (park.retiredOn == null ? "" : " on " + park.retiredOn)
                    + (park.mergedInto == null ? "" : " (merged into " + park.mergedInto + ")")
                    + ": it takes no new " + what);
        }
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
