package cn.gov.shandong.circular.parks.registry;

import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.common.domain.InvalidReference;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.ParkLevelChanged;
import cn.gov.shandong.circular.events.ParkMerged;
import cn.gov.shandong.circular.events.ParkRenamed;
import cn.gov.shandong.circular.events.ParkRetired;
import cn.gov.shandong.circular.events.ParkStatus;
import cn.gov.shandong.circular.parks.park.Park;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The registry's changes of a park after its registration (docs/decisions.md, 42): rename, level change, merger
 * into another park, retirement. Each takes the registry lock and the park's row lock, checks If-Match against the
 * park's version, refuses any change of a retired park, and writes the change, its history entry and its event in
 * one transaction.
 */
@ApplicationScoped
public class ParkChanges {

    /** No change of a park predates China's first development zones (1984): an earlier day is a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(1984, 1, 1);

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    ProvinceClock clock;

    @Transactional
    public Park rename(String code, ExpectedVersion expected, ParkChangeRequests.Rename request) {
        String name = request.name().strip();
        Park park = activePark(code, expected, "effectiveOn", request.effectiveOn());
        if (park.name.equals(name)) {
            throw new IllegalTransition(code + " is already named " + name);
        }
        Park other = Park.find("name", name).firstResult();
        if (other != null) {
            throw new Conflict("duplicate-park", "A park named " + name + " is already registered ("
                    + other.code + "); names are never reused");
        }
        String previous = park.name;
        park.name = name;
        return recorded(park, new ParkRenamed(park.code, park.city.code, previous, name, request.effectiveOn(),
                blankToNull(request.document())), ParkChange.Kind.RENAMED, request.effectiveOn(), previous, name, null);
    }

    @Transactional
    public Park changeLevel(String code, ExpectedVersion expected, ParkChangeRequests.ChangeLevel request) {
        Park park = activePark(code, expected, "effectiveOn", request.effectiveOn());
        if (park.level == request.level()) {
            throw new IllegalTransition(code + " is already at level " + request.level());
        }
        var previous = park.level;
        park.level = request.level();
        return recorded(park, new ParkLevelChanged(park.code, park.city.code, previous, park.level,
                request.effectiveOn(), request.document().strip()), ParkChange.Kind.LEVEL_CHANGED, request.effectiveOn(),
                previous.name(), park.level.name(), null);
    }

    @Transactional
    public Park merge(String code, ExpectedVersion expected, ParkChangeRequests.Merge request) {
        if (code.equals(request.intoParkCode())) {
            throw RuleViolated.invalid("intoParkCode", "A park cannot be merged into itself");
        }
        Park park = activePark(code, expected, "effectiveOn", request.effectiveOn());
        Park into = entityManager.find(Park.class, request.intoParkCode(), LockModeType.PESSIMISTIC_WRITE);
        if (into == null) {
            throw new InvalidReference("intoParkCode", "Park " + request.intoParkCode() + " does not exist");
        }
        if (into.status != ParkStatus.ACTIVE) {
            throw new IllegalTransition(into.code + " was retired on " + into.retiredOn
                    + "; a park can only be merged into an active park");
        }
        park.status = ParkStatus.RETIRED;
        park.retiredOn = request.effectiveOn();
        park.mergedInto = into.code;
        return recorded(park, new ParkMerged(park.code, park.city.code, into.code, request.effectiveOn(),
                blankToNull(request.document())), ParkChange.Kind.MERGED, request.effectiveOn(), null, into.code, null);
    }

    @Transactional
    public Park retire(String code, ExpectedVersion expected, ParkChangeRequests.Retire request) {
        Park park = activePark(code, expected, "retiredOn", request.retiredOn());
        park.status = ParkStatus.RETIRED;
        park.retiredOn = request.retiredOn();
        String reason = request.reason().strip();
        return recorded(park, new ParkRetired(park.code, park.city.code, request.retiredOn(), reason,
                blankToNull(request.document())), ParkChange.Kind.RETIRED, request.retiredOn(), null, null, reason);
    }

    /** The park's history, oldest first. */
    public List<ParkChange> history(String code, int page, int size) {
        return ParkChange.<ParkChange>find("parkCode", Sort.by("id"), code).page(page, size).list();
    }

    public long historySize(String code) {
        return ParkChange.count("parkCode", code);
    }

    /** The park, locked, at the version the caller expects, still active, for a change dated no later than today. */
    private Park activePark(String code, ExpectedVersion expected, String dateField, LocalDate effectiveOn) {
        if (effectiveOn.isBefore(EARLIEST)) {
            throw RuleViolated.invalid(dateField, dateField + " " + effectiveOn + " is before " + EARLIEST
                    + ", earlier than any development zone of the province");
        }
        if (effectiveOn.isAfter(clock.today())) {
            throw RuleViolated.invalid(dateField, dateField + " " + effectiveOn + " is in the future; record a change "
                    + "once it has taken effect (today is " + clock.today() + " in Asia/Shanghai)");
        }
        RegistryLock.take(entityManager);
        Park park = entityManager.find(Park.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (park == null) {
            throw new NotFound("Park", code);
        }
        expected.check(park.version);
        if (park.status != ParkStatus.ACTIVE) {
            throw new IllegalTransition(code + " was retired on " + park.retiredOn
                    + (park.mergedInto != null ? " (merged into " + park.mergedInto + ")" : "")
                    + "; a retired park does not change");
        }
        return park;
    }

    private Park recorded(Park park, DomainEvent event, ParkChange.Kind kind, LocalDate effectiveOn, String previous,
                          String value, String reason) {
        var row = outbox.record(event);
        String document = event instanceof ParkRenamed renamed ? renamed.document()
                : event instanceof ParkLevelChanged changed ? changed.document()
                : event instanceof ParkMerged merged ? merged.document()
                : event instanceof ParkRetired retired ? retired.document() : null;
        entityManager.persist(ParkChange.of(park.code, kind, effectiveOn, previous, value, document, reason,
                caller.username(), row.id));
        // The version moves now, so that the answer's ETag is the one the next If-Match must name.
        entityManager.flush();
        return park;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
