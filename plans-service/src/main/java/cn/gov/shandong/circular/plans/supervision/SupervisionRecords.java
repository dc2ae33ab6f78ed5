package cn.gov.shandong.circular.plans.supervision;

import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.idempotency.CreateOnce;
import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectoryEntry;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.events.RequiredAction;
import cn.gov.shandong.circular.events.SupervisionActionResolved;
import cn.gov.shandong.circular.events.SupervisionRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Supervision records (监督检查): an officer of the park's city records a visit and later each required
 * action's resolution; everyone in scope reads. Each change, its scope check and its event on
 * {@code plans.events} happen in one transaction; a record is locked while one of its actions is resolved.
 */
@ApplicationScoped
public class SupervisionRecords {

    @Inject
    EntityManager entityManager;

    @Inject
    ProvinceClock clock;

    @Inject
    EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    CreateOnce createOnce;

    @Inject
    ParkDirectory parkDirectory;

    // ------------------------------------------------------------------------------------------ writes

    /** An officer of the park's city records a visit to the park; a park outside the city is "not found". */
    @Transactional
    public Created<SupervisionViews.Record> record(String parkCode, SupervisionRequests.Visit request,
                                                   String idempotencyKey) {
        ParkDirectoryEntry park = parkDirectory.find(parkCode)
                .filter(p -> caller.actsForCity(p.cityCode))
                .orElseThrow(() -> new NotFound("Park", parkCode));
        return createOnce.run(idempotencyKey, "POST /api/v1/parks/" + parkCode + "/supervision-records", request,
                first -> view(load(first)), () -> recordVisit(park, request));
    }

    private Created<SupervisionViews.Record> recordVisit(ParkDirectoryEntry park, SupervisionRequests.Visit request) {
        SupervisionRules.Checked<SupervisionRules.Visit> visit = SupervisionRules.visit(request, clock.today());
        if (!visit.ok()) {
            throw SupervisionRefusals.invalid(visit.refusals());
        }
        SupervisionRecord record = SupervisionRecord.of(park.parkCode, park.cityCode, visit.value(),
                caller.username(), clock.nowUtc());
        record.persist();
        List<SupervisionAction> actions = new ArrayList<>();
        for (int i = 0; i < visit.value().actions().size(); i++) {
            SupervisionAction action = SupervisionAction.of(record.id, i, visit.value().actions().get(i));
            action.persist();
            actions.add(action);
        }
        entityManager.flush();
        outbox.record(new SupervisionRecorded(record.id, record.parkCode, record.cityCode, record.visitedOn,
                record.problems.length, actions.stream()
                        .map(a -> new RequiredAction(a.id, a.description, a.deadline)).toList()));
        return Created.made(SupervisionViews.Record.of(record, park.name, actions, clock.today()), record.id);
    }

    /** An officer of the record's city records how an open action was resolved; an action is resolved once. */
    @Transactional
    public SupervisionViews.Record resolve(UUID recordId, UUID actionId, SupervisionRequests.Resolution request,
                                           ExpectedVersion expected) {
        SupervisionRecord record = SupervisionRecord.findById(recordId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null || !caller.actsForCity(record.cityCode)) {
            throw new NotFound("Supervision record", recordId);
        }
        SupervisionAction action = SupervisionAction.<SupervisionAction>find("id = ?1 and recordId = ?2", actionId,
                record.id).firstResultOptional().orElseThrow(() -> new NotFound("Action",
                actionId + " of supervision record " + recordId));
        expected.check(record.version);
        SupervisionRules.Checked<SupervisionRules.Resolution> resolution =
                SupervisionRules.resolution(request, record.visitedOn, clock.today());
        if (!resolution.ok()) {
            throw SupervisionRefusals.invalid(resolution.refusals());
        }
        OffsetDateTime at = clock.nowUtc();
        action.resolve(resolution.value(), caller.username(), at);
        record.actionResolved(at);
        entityManager.flush();
        List<SupervisionAction> actions = actionsOf(record.id);
        int openLeft = (int) actions.stream().filter(a -> a.status == ActionStatus.OPEN).count();
        outbox.record(new SupervisionActionResolved(record.id, action.id, record.parkCode, record.cityCode,
                action.deadline, action.resolvedOn, action.resolution, openLeft));
        return SupervisionViews.Record.of(record, parkName(record.parkCode), actions, clock.today());
    }

    // ------------------------------------------------------------------------------------------- reads

    /** One record, if the caller may see its park. */
    @Transactional
    public SupervisionViews.Record find(UUID id) {
        SupervisionRecord record = SupervisionRecord.findById(id);
        if (record == null || !caller.canSeePark(record.parkCode, record.cityCode)) {
            throw new NotFound("Supervision record", id);
        }
        return view(record);
    }

    /** The records of one park, newest visit first; a park the caller may not see is "not found". */
    @Transactional
    public Page<SupervisionViews.Summary> ofPark(String parkCode, int page, int size) {
        boolean visible = parkDirectory.find(parkCode).map(p -> caller.canSeePark(p.parkCode, p.cityCode))
                .orElse(false);
        if (!visible) {
            throw new NotFound("Park", parkCode);
        }
        return list(null, parkCode, null, null, null, page, size);
    }

    /**
     * The records the caller may see, narrowed by the filters, newest visit first. {@code openActions}
     * true keeps the records with an open action, false those without.
     */
    @Transactional
    public Page<SupervisionViews.Summary> list(String cityCode, String parkCode, LocalDate from, LocalDate to,
                                               Boolean openActions, int page, int size) {
        // A filter the token shows is not the caller's is refused; one it cannot judge only narrows.
        caller.requireFilterInScope(cityCode, parkCode);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        // A record is scoped by the city that made it, as plans are (a park that moved city keeps its history there).
        var scope = caller.scopeRestriction("r.cityCode", "r.parkCode");
        scope.condition().ifPresent(condition -> where.append(" and ").append(condition));
        parameters.putAll(scope.parameters());
        if (cityCode != null) {
            where.append(" and r.cityCode = :cityCode");
            parameters.put("cityCode", cityCode);
        }
        if (parkCode != null) {
            where.append(" and r.parkCode = :parkCode");
            parameters.put("parkCode", parkCode);
        }
        if (from != null) {
            where.append(" and r.visitedOn >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.append(" and r.visitedOn <= :to");
            parameters.put("to", to);
        }
        if (openActions != null) {
            where.append(openActions ? " and" : " and not").append(" exists (select 1 from SupervisionAction a "
                    + "where a.recordId = r.id and a.status = :open)");
            parameters.put("open", ActionStatus.OPEN);
        }
        var items = entityManager.createQuery("select r from SupervisionRecord r" + where
                + " order by r.visitedOn desc, r.recordedAt desc, r.id", SupervisionRecord.class);
        var total = entityManager.createQuery("select count(r) from SupervisionRecord r" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<SupervisionRecord> records = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(summaries(records), page, size, total.getSingleResult());
    }

    // ----------------------------------------------------------------------------------------- helpers

    private List<SupervisionViews.Summary> summaries(List<SupervisionRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Map<String, ParkDirectoryEntry> parks =
                parkDirectory.findAll(records.stream().map(r -> r.parkCode).distinct().toList());
        Map<UUID, List<SupervisionAction>> actions = SupervisionAction.<SupervisionAction>list(
                        "recordId in ?1 order by position", records.stream().map(r -> r.id).toList())
                .stream().collect(Collectors.groupingBy(a -> a.recordId));
        LocalDate today = clock.today();
        return records.stream().map(r -> SupervisionViews.Summary.of(r,
                parks.containsKey(r.parkCode) ? parks.get(r.parkCode).name : null,
                actions.getOrDefault(r.id, List.of()), today)).toList();
    }

    private SupervisionViews.Record view(SupervisionRecord record) {
        return SupervisionViews.Record.of(record, parkName(record.parkCode), actionsOf(record.id), clock.today());
    }

    private List<SupervisionAction> actionsOf(UUID recordId) {
        return SupervisionAction.list("recordId = ?1 order by position", recordId);
    }

    private String parkName(String parkCode) {
        return parkDirectory.find(parkCode).map(p -> p.name).orElse(null);
    }

    private SupervisionRecord load(UUID id) {
        SupervisionRecord record = SupervisionRecord.findById(id);
        if (record == null) {
            throw new NotFound("Supervision record", id);
        }
        return record;
    }
}
