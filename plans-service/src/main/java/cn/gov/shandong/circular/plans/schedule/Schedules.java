package cn.gov.shandong.circular.plans.schedule;

import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.common.domain.InvalidReference;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.OutOfScope;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.idempotency.CreateOnce;
import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectoryEntry;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkScheduled;
import cn.gov.shandong.circular.events.ParkUnscheduled;
import cn.gov.shandong.circular.events.ProgrammeStatus;
import cn.gov.shandong.circular.plans.programme.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The province schedules parks into a programme, moves them to another year and takes them out, each
 * with its history row ({@link ScheduleChange}) and event in the same transaction. Writes hold the
 * programme's row, so they take turns with its closure and with changes of its years.
 */
@ApplicationScoped
public class Schedules {

    private static final String PARK_SCHEDULES = """
            from ScheduledCompletion s, Programme p
            where p.code = s.programmeCode and s.parkCode = :park""";

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    @Inject
    CreateOnce createOnce;

    @Inject
    ParkDirectory parkDirectory;

    @Inject
    Caller caller;

    @Inject
    ProvinceClock clock;

    /** Schedules every park of the request, or none: each must be known, new to the programme, in its years. */
    @Transactional
    public Created<ScheduleViews.Scheduled> schedule(String code, ScheduleRequests.Schedule request,
                                                     String idempotencyKey) {
        // The key's resource id is the batch the first request scheduled.
        return createOnce.run(idempotencyKey, "POST /api/v1/programmes/" + code + "/schedule", request,
                batch -> batch(code, batch), () -> scheduleAll(code, request));
    }

    private Created<ScheduleViews.Scheduled> scheduleAll(String code, ScheduleRequests.Schedule request) {
        Programme programme = lockOpen(code);
        List<ScheduleRequests.Entry> entries = request.entries();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ScheduleRequests.Entry entry = entries.get(i);
            if (!named.add(entry.parkCode())) {
                throw RuleViolated.invalid("entries[" + i + "].parkCode", entry.parkCode() + " is named twice");
            }
            requireWithin(programme, entry.year(), "entries[" + i + "].year");
        }
        Map<String, ParkDirectoryEntry> parks = parkDirectory.findAll(named);
        Set<String> scheduled = new HashSet<>(entityManager.createQuery("select s.parkCode from ScheduledCompletion s "
                        + "where s.programmeCode = :code and s.parkCode in :parks", String.class)
                .setParameter("code", code)
                .setParameter("parks", named)
                .getResultList());
        for (int i = 0; i < entries.size(); i++) {
            String park = entries.get(i).parkCode();
            if (!parks.containsKey(park)) {
                throw new InvalidReference("entries[" + i + "].parkCode", "Park " + park + " is not known");
            }
            if (scheduled.contains(park)) {
                throw new Conflict("already-scheduled", "entries[" + i + "].parkCode: park " + park
                        + " is scheduled in programme " + code + " already; reschedule it instead");
            }
        }
        UUID batch = UUID.randomUUID();
        OffsetDateTime now = clock.nowUtc();
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        List<ScheduleEntry> written = new ArrayList<>();
        for (ScheduleRequests.Entry entry : entries) {
            ScheduledCompletion completion = new ScheduledCompletion();
            completion.programmeCode = code;
            completion.parkCode = entry.parkCode();
            completion.year = entry.year();
            completion.persist();
            ScheduleChange.of(code, entry.parkCode(), ScheduleChange.Kind.SCHEDULED, null, entry.year(), reason,
                    caller.username(), batch, now).persist();
            outbox.record(new ParkScheduled(code, entry.parkCode(), entry.year()));
            written.add(ScheduleEntry.of(parks.get(entry.parkCode()), entry.parkCode(), entry.year()));
        }
        return Created.made(new ScheduleViews.Scheduled(code, batch, written), batch);
    }

    /** Moves a scheduled park to another year of the programme. */
    @Transactional
    public Versioned<ScheduleEntry> reschedule(String code, String parkCode, ScheduleRequests.Move move, ExpectedVersion expected) {
        Programme programme = lockOpen(code);
        ScheduledCompletion completion = lockEntry(code, parkCode, expected);
        requireWithin(programme, move.year(), "year");
        if (completion.year == move.year()) {
            throw RuleViolated.invalid("year", "Park " + parkCode + " is scheduled for " + move.year() + " already");
        }
        int previous = completion.year;
        completion.year = move.year();
        ScheduleChange.of(code, parkCode, ScheduleChange.Kind.RESCHEDULED, previous, move.year(), move.reason().strip(),
                caller.username(), UUID.randomUUID(), clock.nowUtc()).persist();
        outbox.record(new ParkScheduled(code, parkCode, move.year()));
        entityManager.flush();
        ParkDirectoryEntry park = parkDirectory.find(parkCode).orElse(null);
        return new Versioned<>(ScheduleEntry.of(park, parkCode, completion.year), completion.version);
    }

    /** Takes a park out of the programme; its history stays. */
    @Transactional
    public void withdraw(String code, String parkCode, ScheduleRequests.Withdrawal withdrawal, ExpectedVersion expected) {
        lockOpen(code);
        ScheduledCompletion completion = lockEntry(code, parkCode, expected);
        ScheduleChange.of(code, parkCode, ScheduleChange.Kind.WITHDRAWN, completion.year, null,
                withdrawal.reason().strip(), caller.username(), UUID.randomUUID(), clock.nowUtc()).persist();
        outbox.record(new ParkUnscheduled(code, parkCode, completion.year, withdrawal.reason().strip()));
        completion.delete();
    }

    /** A value with the version that is its ETag. */
    public record Versioned<T>(T value, long version) {
    }

    // ------------------------------------------------------------------------------------------ reads

    /**
     * The programme's scheduled parks within the caller's scope, by park code, narrowed by the filters. A year
     * outside the programme is an invalid value; a city filter outside the caller's scope is refused, except for a
     * park manager, whose city filter only narrows.
     */
    @Transactional
    public Page<ScheduleEntry> list(String code, Optional<String> city, Optional<Integer> year,
                                    Optional<ParkLevel> level, int page, int size) {
        Programme programme = Programme.existing(code);
        year.ifPresent(y -> requireWithin(programme, y, "year"));
        city.filter(c -> !caller.canSeeCity(c) && caller.parkCode().isEmpty()).ifPresent(c -> {
            throw new OutOfScope("city " + c + " is outside your scope");
        });

        StringBuilder where = new StringBuilder(" where s.programmeCode = :programme");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("programme", programme.code);
        city.ifPresent(c -> {
            where.append(" and d.cityCode = :city");
            parameters.put("city", c);
        });
        level.ifPresent(l -> {
            where.append(" and d.level = :level");
            parameters.put("level", l);
        });
        year.ifPresent(y -> {
            where.append(" and s.year = :year");
            parameters.put("year", y);
        });
        // Within the caller's scope: a park the directory cannot place in a city yet is not a city officer's.
        Caller.ScopeRestriction scope = caller.scopeRestriction("d.cityCode", "s.parkCode");
        scope.condition().ifPresent(condition -> where.append(" and ").append(condition));
        parameters.putAll(scope.parameters());

        String from = " from ScheduledCompletion s left join ParkDirectoryEntry d on d.parkCode = s.parkCode";
        TypedQuery<ScheduleEntry> items = entityManager.createQuery("select new " + ScheduleEntry.class.getName()
                + "(s.parkCode, d.name, d.cityCode, d.cityName, d.level, s.year)" + from + where
                + " order by s.parkCode", ScheduleEntry.class);
        TypedQuery<Long> total = entityManager.createQuery("select count(s)" + from + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<ScheduleEntry> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(found, page, size, total.getSingleResult());
    }

    /**
     * The years one park is scheduled to complete, one per programme, oldest programme first; not found when the
     * park is unknown or outside the caller's scope.
     */
    @Transactional
    public Page<ParkScheduleEntry> ofPark(String parkCode, int page, int size) {
        long total = entityManager.createQuery("select count(s) " + PARK_SCHEDULES, Long.class)
                .setParameter("park", parkCode)
                .getSingleResult();
        ParkDirectoryEntry park = parkDirectory.find(parkCode).orElse(null);
        // A city officer's scope needs the park's city: a park not yet in the directory stays hidden from them.
        if ((park == null && total == 0) || !caller.canSeePark(parkCode, park == null ? null : park.cityCode)) {
            throw new NotFound("park", parkCode);
        }
        List<ParkScheduleEntry> items = entityManager.createQuery("select new " + ParkScheduleEntry.class.getName()
                        + "(s.programmeCode, s.year) " + PARK_SCHEDULES + " order by p.startYear, p.code",
                        ParkScheduleEntry.class)
                .setParameter("park", parkCode)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        return new Page<>(items, page, size, total);
    }

    /** One park's place in the programme, if the caller may see the park. */
    @Transactional
    public Versioned<ScheduleEntry> entry(String code, String parkCode) {
        Programme.existing(code);
        ScheduledCompletion completion = ScheduledCompletion.find("programmeCode = ?1 and parkCode = ?2", code, parkCode)
                .firstResult();
        ParkDirectoryEntry park = visiblePark(parkCode, completion != null);
        return new Versioned<>(ScheduleEntry.of(park, parkCode, completion.year), completion.version);
    }

    /** Every change of the park's place in the programme, oldest first, if the caller may see the park. */
    @Transactional
    public Page<ScheduleViews.Change> history(String code, String parkCode, int page, int size) {
        Programme.existing(code);
        long total = ScheduleChange.count("programmeCode = ?1 and parkCode = ?2", code, parkCode);
        visiblePark(parkCode, total > 0);
        List<ScheduleViews.Change> items = ScheduleChange.<ScheduleChange>find(
                        "programmeCode = ?1 and parkCode = ?2 order by changedAt, id", code, parkCode)
                .page(io.quarkus.panache.common.Page.of(page, size)).list().stream()
                .map(ScheduleViews.Change::of).toList();
        return new Page<>(items, page, size, total);
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** What an earlier scheduling request did, for its replay: its parks as they stand now. */
    private ScheduleViews.Scheduled batch(String code, UUID batch) {
        List<String> parks = entityManager.createQuery("select c.parkCode from ScheduleChange c where c.batchId = :batch "
                        + "and c.kind = :kind order by c.parkCode", String.class)
                .setParameter("batch", batch)
                .setParameter("kind", ScheduleChange.Kind.SCHEDULED)
                .getResultList();
        Map<String, ParkDirectoryEntry> directory = parkDirectory.findAll(parks);
        List<ScheduleEntry> entries = ScheduledCompletion.<ScheduledCompletion>list(
                        "programmeCode = ?1 and parkCode in ?2 order by parkCode", code, parks).stream()
                .map(s -> ScheduleEntry.of(directory.get(s.parkCode), s.parkCode, s.year))
                .toList();
        return new ScheduleViews.Scheduled(code, batch, entries);
    }

    /** The programme, locked; not found if unknown, an illegal transition once closed. */
    private Programme lockOpen(String code) {
        Programme programme = entityManager.find(Programme.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new NotFound("programme", code);
        }
        if (programme.status == ProgrammeStatus.CLOSED) {
            throw new IllegalTransition("Programme " + code + " is closed; its schedule no longer changes");
        }
        return programme;
    }

    private ScheduledCompletion lockEntry(String code, String parkCode, ExpectedVersion expected) {
        ScheduledCompletion completion = entityManager.find(ScheduledCompletion.class,
                new ScheduledCompletion.Key(code, parkCode), LockModeType.PESSIMISTIC_WRITE);
        if (completion == null) {
            throw new NotFound("scheduled park", parkCode);
        }
        expected.check(completion.version);
        return completion;
    }

    private static void requireWithin(Programme programme, int year, String field) {
        if (!programme.covers(year)) {
            throw RuleViolated.invalid(field, "year " + year + " is outside programme " + programme.code
                    + " (" + programme.startYear + " to " + programme.endYear + ")");
        }
    }

    /** The park's directory entry when it exists and is in scope; not found otherwise (a park without a city is no officer's). */
    private ParkDirectoryEntry visiblePark(String parkCode, boolean exists) {
        ParkDirectoryEntry park = parkDirectory.find(parkCode).orElse(null);
        if (!exists || !caller.canSeePark(parkCode, park == null ? null : park.cityCode)) {
            throw new NotFound("park", parkCode);
        }
        return park;
    }
}
