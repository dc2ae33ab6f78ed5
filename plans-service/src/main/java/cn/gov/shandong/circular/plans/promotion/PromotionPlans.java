package cn.gov.shandong.circular.plans.promotion;

import cn.gov.shandong.circular.common.idempotency.IdempotencyKeys;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectoryEntry;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.events.PromotionMilestoneDone;
import cn.gov.shandong.circular.events.PromotionMilestoneEntry;
import cn.gov.shandong.circular.events.PromotionParkEntry;
import cn.gov.shandong.circular.events.PromotionPlanAcknowledged;
import cn.gov.shandong.circular.events.PromotionPlanReturned;
import cn.gov.shandong.circular.events.PromotionPlanSubmitted;
import cn.gov.shandong.circular.plans.implementation.PlanProblems;
import cn.gov.shandong.circular.plans.implementation.PlanRules.Checked;
import cn.gov.shandong.circular.plans.implementation.PlanRules.Violation;
import cn.gov.shandong.circular.events.ProgrammeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Cities' yearly promotion plans (推进计划): each change, its scope check and its event on {@code plans.events}
 * (keyed by the city) in one transaction, as {@code ImplementationPlans} does for the parks' plans. A city
 * officer keeps their city's plan; the province acknowledges or returns it; province-wide roles read all.
 */
@ApplicationScoped
public class PromotionPlans {

    private static final String ONE_OPEN_INDEX = "promotion_plan_one_open";
    private static final String ONE_ACKNOWLEDGED_INDEX = "promotion_plan_one_acknowledged";
    private static final String REVISION_CONSTRAINT = "promotion_plan_revision";

    @Inject
    EntityManager entityManager;

    @Inject
    ProvinceClock clock;

    @Inject
    EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    ParkDirectory parkDirectory;

    /** What a create returned: the resource, and whether this request made it (201) or replayed it. */
    public record Created<T>(T view, UUID id, int status, boolean replayed) {
    }

    // ------------------------------------------------------------------------------------------ writes

    /** A city officer starts their city's plan for a year: version 1, a draft. */
    @Transactional
    public Created<PromotionViews.Plan> create(PromotionRequests.Draft request, String idempotencyKey) {
        if (request.cityCode() != null && !caller.actsForCity(request.cityCode())) {
            throw Problems.forbidden("You may draft the promotion plan of your own city only");
        }
        List<Violation> refusals = PromotionRules.cityAndYear(request.cityCode(), request.year());
        if (!refusals.isEmpty()) {
            throw PlanProblems.invalid(refusals);
        }
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.FirstResult> first =
                    idempotencyKeys.claim(idempotencyKey, "POST /api/v1/promotion-plans", request);
            if (first.isPresent()) {
                return new Created<>(view(load(first.get().resourceId())), first.get().resourceId(),
                        first.get().status(), true);
            }
        }
        String city = request.cityCode();
        int year = request.year();
        if (activeProgrammesCovering(year) == 0) {
            throw Problems.unknownReference("year", "No active programme covers " + year
                    + "; a promotion plan is for a year an active programme schedules parks in");
        }
        PromotionRules.Content content = checked(request.parks(), city, year);
        if (PromotionPlan.count("cityCode = ?1 and year = ?2", city, year) > 0) {
            throw Problems.conflict("promotion-plan-exists", "City " + city + " already has a promotion plan for "
                    + year + ": change its open version, or open a new version of the acknowledged one "
                    + "(POST .../revisions)");
        }
        PromotionPlan plan = PromotionPlan.draft(city, year, 1, caller.username(), clock.nowUtc());
        persist(plan);
        writeContent(plan, content, Map.of(), Map.of());
        if (idempotencyKey != null) {
            idempotencyKeys.complete(idempotencyKey, plan.id, 201);
        }
        return new Created<>(view(plan), plan.id, 201, false);
    }

    /** Replaces the parks and milestones of a draft or returned version. */
    @Transactional
    public PromotionViews.Plan update(UUID id, PromotionRequests.Content request, String ifMatch) {
        PromotionPlan plan = lockForChange(id, ownCity());
        EntityTags.requireMatch(ifMatch, plan.version);
        plan.requireEditable();
        PromotionRules.Content content = checked(request.parks(), plan.cityCode, plan.year);
        Map<UUID, String> known = knownMilestones(plan);
        Map<UUID, PromotionPlanMilestone> done = new HashMap<>();
        milestonesOf(plan).forEach(m -> done.put(m.milestoneId, m));
        entityManager.createQuery("delete from PromotionPlanMilestone m where m.planId = :plan")
                .setParameter("plan", plan.id).executeUpdate();
        entityManager.createQuery("delete from PromotionPlanPark p where p.planId = :plan")
                .setParameter("plan", plan.id).executeUpdate();
        writeContent(plan, content, known, done);
        plan.contentChanged(clock.nowUtc());
        entityManager.flush();
        return view(plan);
    }

    /** The city submits a draft or returned version to the province; every park needs a milestone. */
    @Transactional
    public PromotionViews.Plan submit(UUID id, String ifMatch) {
        PromotionPlan plan = lockForChange(id, ownCity());
        EntityTags.requireMatch(ifMatch, plan.version);
        plan.submit(caller.username(), clock.nowUtc());
        PromotionRules.Content content = contentOf(plan);
        List<Violation> missing = PromotionRules.missingForSubmission(content);
        if (!missing.isEmpty()) {
            throw PlanProblems.incomplete(missing);
        }
        // The schedule may have moved since the draft was written: the parks must still be the year's.
        List<Violation> off = PromotionRules.notOnTheYearsList(content, candidateCodes(plan.cityCode, plan.year),
                plan.cityCode, plan.year);
        if (!off.isEmpty()) {
            throw Problems.unknownReference(off.get(0).field(), off.get(0).message());
        }
        entityManager.flush();
        outbox.record(new PromotionPlanSubmitted(plan.id, plan.cityCode, plan.year, plan.revision));
        return view(plan);
    }

    /** The province acknowledges a submitted version (superseding the earlier acknowledged one) or returns it. */
    @Transactional
    public PromotionViews.Plan decide(UUID id, PromotionRequests.Decision request, String ifMatch) {
        PromotionPlan plan = lockForChange(id, p -> caller.isProvinceWide());
        EntityTags.requireMatch(ifMatch, plan.version);
        Checked<PromotionPlanStatus> decision = PromotionRules.decision(request);
        if (!decision.ok()) {
            throw PlanProblems.invalid(decision.refusals());
        }
        OffsetDateTime at = clock.nowUtc();
        if (decision.value() == PromotionPlanStatus.ACKNOWLEDGED && plan.status.canMoveTo(PromotionPlanStatus.ACKNOWLEDGED)) {
            List<PromotionPlan> earlier = PromotionPlan.find("cityCode = ?1 and year = ?2 and status = ?3 and id <> ?4",
                            plan.cityCode, plan.year, PromotionPlanStatus.ACKNOWLEDGED, plan.id)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list();
            earlier.forEach(e -> e.supersede(at));
            entityManager.flush();
        }
        String comments = request.comments() == null || request.comments().isBlank() ? null : request.comments().strip();
        plan.decide(decision.value(), comments, caller.username(), at);
        flush(plan);
        if (plan.status == PromotionPlanStatus.ACKNOWLEDGED) {
            List<PromotionParkEntry> parks = contentOf(plan).parks().stream().map(p -> new PromotionParkEntry(
                    p.parkCode(), p.contents(), p.milestones().stream().map(m -> new PromotionMilestoneEntry(m.id(),
                            m.date(), m.description(), m.doneOn())).toList())).toList();
            outbox.record(new PromotionPlanAcknowledged(plan.id, plan.cityCode, plan.year, plan.revision, parks,
                    plan.decisionComments));
        } else {
            outbox.record(new PromotionPlanReturned(plan.id, plan.cityCode, plan.year, plan.revision,
                    plan.decisionComments));
        }
        return view(plan);
    }

    /** A new version of the acknowledged one: a draft copy that goes to the province again; the acknowledged stays in force. */
    @Transactional
    public Created<PromotionViews.Plan> revise(UUID id, String idempotencyKey) {
        PromotionPlan acknowledged = lockForChange(id, ownCity());
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.FirstResult> first = idempotencyKeys.claim(idempotencyKey,
                    "POST /api/v1/promotion-plans/" + id + "/revisions", Map.of());
            if (first.isPresent()) {
                return new Created<>(view(load(first.get().resourceId())), first.get().resourceId(),
                        first.get().status(), true);
            }
        }
        if (acknowledged.status != PromotionPlanStatus.ACKNOWLEDGED) {
            throw Problems.illegalTransition("Promotion plan " + id + " is " + acknowledged.status
                    + "; only the acknowledged version (the plan in force) can be revised");
        }
        if (PromotionPlan.count("cityCode = ?1 and year = ?2 and status in ?3", acknowledged.cityCode,
                acknowledged.year, PromotionPlanStatus.open()) > 0) {
            throw openPlanConflict(acknowledged);
        }
        Integer last = entityManager.createQuery("select max(p.revision) from PromotionPlan p "
                        + "where p.cityCode = :city and p.year = :year", Integer.class)
                .setParameter("city", acknowledged.cityCode).setParameter("year", acknowledged.year).getSingleResult();
        PromotionPlan revision = PromotionPlan.draft(acknowledged.cityCode, acknowledged.year, last + 1,
                caller.username(), clock.nowUtc());
        persist(revision);
        for (PromotionPlanPark park : parksOf(acknowledged)) {
            PromotionPlanPark.of(revision.id, park.position, park.parkCode, park.contents).persist();
        }
        entityManager.flush();
        for (PromotionPlanMilestone m : milestonesOf(acknowledged)) {
            PromotionPlanMilestone.of(revision.id, m.parkCode, m.milestoneId, m.position, m.dueDate, m.description)
                    .doneAs(m).persist();
        }
        entityManager.flush();
        if (idempotencyKey != null) {
            idempotencyKeys.complete(idempotencyKey, revision.id, 201);
        }
        return new Created<>(view(revision), revision.id, 201, false);
    }

    /**
     * The city records a milestone of its plan in force as done: an operational update, not a change of the
     * plan (the acknowledged version stays the same version; its ETag moves on). A version on its way holds
     * the milestone too and is marked alike, so that acknowledging it does not undo the record.
     */
    @Transactional
    public PromotionViews.Plan completeMilestone(UUID id, UUID milestoneId, PromotionRequests.Completion request,
                                                 String ifMatch) {
        PromotionPlan plan = lockForChange(id, ownCity());
        EntityTags.requireMatch(ifMatch, plan.version);
        PromotionPlanMilestone milestone = PromotionPlanMilestone.<PromotionPlanMilestone>find(
                        "planId = ?1 and milestoneId = ?2", plan.id, milestoneId).firstResultOptional()
                .orElseThrow(() -> Problems.notFound("Milestone", milestoneId + " of promotion plan " + id));
        Checked<LocalDate> doneOn = PromotionRules.doneOn(request, clock.today());
        if (!doneOn.ok()) {
            throw PlanProblems.invalid(doneOn.refusals());
        }
        OffsetDateTime at = clock.nowUtc();
        plan.milestoneDone(at);
        if (milestone.doneOn != null) {
            throw Problems.illegalTransition("Milestone " + milestoneId + " was recorded done on " + milestone.doneOn);
        }
        milestone.doneOn = doneOn.value();
        milestone.doneBy = caller.username();
        milestone.doneAt = at;
        List<PromotionPlanMilestone> inOpenVersion = entityManager.createQuery("select m from PromotionPlanMilestone m, "
                        + "PromotionPlan p where m.planId = p.id and p.cityCode = :city and p.year = :year "
                        + "and p.status in :open and m.milestoneId = :milestone and m.doneOn is null",
                        PromotionPlanMilestone.class)
                .setParameter("city", plan.cityCode).setParameter("year", plan.year)
                .setParameter("open", PromotionPlanStatus.open()).setParameter("milestone", milestoneId)
                .getResultList();
        inOpenVersion.forEach(m -> m.doneAs(milestone));
        entityManager.flush();
        outbox.record(new PromotionMilestoneDone(plan.id, plan.cityCode, plan.year, plan.revision, milestone.parkCode,
                milestoneId, milestone.dueDate, milestone.description, milestone.doneOn));
        return view(plan);
    }

    // ------------------------------------------------------------------------------------------- reads

    /** One version, if the caller may see its city. */
    @Transactional
    public PromotionViews.Plan find(UUID id) {
        return view(visible(id));
    }

    /** The versions the caller may see, narrowed by the filters, newest first. */
    @Transactional
    public Page<PromotionViews.Summary> list(String cityCode, Integer year, PromotionPlanStatus status, int page,
                                             int size) {
        caller.requireFilterInScope(cityCode, null);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!caller.isProvinceWide()) {
            // The cities the officer acts for (their own and any abolished in its favour: decision 38).
            List<String> cities = List.copyOf(caller.citiesActedFor());
            where.append(cities.isEmpty() ? " and 1 = 0" : " and p.cityCode in (:scopeCities)");
            if (!cities.isEmpty()) {
                parameters.put("scopeCities", cities);
            }
        }
        if (cityCode != null) {
            where.append(" and p.cityCode = :cityCode");
            parameters.put("cityCode", cityCode);
        }
        if (year != null) {
            where.append(" and p.year = :year");
            parameters.put("year", year);
        }
        if (status != null) {
            where.append(" and p.status = :status");
            parameters.put("status", status);
        }
        var items = entityManager.createQuery("select p from PromotionPlan p" + where
                + " order by p.createdAt desc, p.id", PromotionPlan.class);
        var total = entityManager.createQuery("select count(p) from PromotionPlan p" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        LocalDate today = clock.today();
        List<PromotionViews.Summary> summaries = items.setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(p -> {
                    PromotionRules.Content content = contentOf(p);
                    return new PromotionViews.Summary(p.id, p.cityCode, p.year, p.revision, p.status,
                            content.parks().size(), PromotionRules.lateCount(content, today), p.submittedAt,
                            decision(p), p.version);
                }).toList();
        return new Page<>(summaries, page, size, total.getSingleResult());
    }

    /** What changed from version {@code fromId} (by default the one before) to version {@code id} of a city's plan. */
    @Transactional
    public PromotionViews.Comparison compare(UUID id, UUID fromId) {
        PromotionPlan to = visible(id);
        PromotionPlan from;
        if (fromId == null) {
            from = PromotionPlan.<PromotionPlan>find("cityCode = ?1 and year = ?2 and revision = ?3", to.cityCode,
                    to.year, to.revision - 1).firstResultOptional().orElseThrow(() -> Problems.badRequest("from",
                    "Version " + to.revision + " is the first; name the version to compare with in from"));
        } else {
            from = PromotionPlan.findById(fromId);
            if (from == null || !from.cityCode.equals(to.cityCode) || from.year != to.year) {
                throw Problems.unknownReference("from", "from must name a version of the same city's plan for "
                        + to.year + ", not " + fromId);
            }
        }
        PromotionRules.Changes changes = PromotionRules.compare(contentOf(from), contentOf(to));
        return new PromotionViews.Comparison(from.id, from.revision, to.id, to.revision, changes.parksAdded(),
                changes.parksRemoved(), changes.parksChanged().stream().map(c -> new PromotionViews.ParkChange(
                        c.parkCode(), c.contentsChanged(), c.contentsChanged() ? c.contentsBefore() : null,
                        c.contentsChanged() ? c.contentsAfter() : null,
                        c.milestonesAdded().stream().map(PromotionViews.MilestoneEntry::of).toList(),
                        c.milestonesRemoved().stream().map(PromotionViews.MilestoneEntry::of).toList(),
                        c.milestonesChanged().stream().map(pair -> new PromotionViews.MilestoneChange(
                                PromotionViews.MilestoneEntry.of(pair[0]), PromotionViews.MilestoneEntry.of(pair[1])))
                                .toList())).toList());
    }

    /** The parks a city may put in its plan for a year: its parks scheduled that year by an active programme. */
    @Transactional
    public List<PromotionViews.Candidate> candidates(String cityCode, int year) {
        caller.requireFilterInScope(cityCode, null);
        String city = cityCode != null ? cityCode : caller.cityCode().orElseThrow(() ->
                Problems.badRequest("cityCode", "cityCode is required"));
        return candidateRows(city, year).stream().map(row -> {
            ParkDirectoryEntry park = (ParkDirectoryEntry) row[0];
            return new PromotionViews.Candidate(park.parkCode, park.name, park.level, (String) row[1], (Integer) row[2]);
        }).toList();
    }

    // ----------------------------------------------------------------------------------------- helpers

    private Predicate<PromotionPlan> ownCity() {
        return p -> caller.actsForCity(p.cityCode);
    }

    private long activeProgrammesCovering(int year) {
        return entityManager.createQuery("select count(g) from Programme g where g.status = :active "
                        + "and g.startYear <= :year and g.endYear >= :year", Long.class)
                .setParameter("active", ProgrammeStatus.ACTIVE).setParameter("year", year).getSingleResult();
    }

    /** Park, programme code and year of each park of the city scheduled in the year by an active programme. */
    private List<Object[]> candidateRows(String cityCode, int year) {
        return entityManager.createQuery("select d, s.programmeCode, s.year from ParkDirectoryEntry d, "
                        + "ScheduledCompletion s, Programme g where s.parkCode = d.parkCode and g.code = s.programmeCode "
                        + "and g.status = :active and d.cityCode = :city and s.year = :year "
                        + "order by d.parkCode, s.programmeCode", Object[].class)
                .setParameter("active", ProgrammeStatus.ACTIVE).setParameter("city", cityCode)
                .setParameter("year", year).getResultList();
    }

    private Set<String> candidateCodes(String cityCode, int year) {
        Set<String> codes = new LinkedHashSet<>();
        candidateRows(cityCode, year).forEach(row -> codes.add(((ParkDirectoryEntry) row[0]).parkCode));
        return codes;
    }

    private PromotionRules.Content checked(List<PromotionRequests.Park> parks, String cityCode, int year) {
        Checked<PromotionRules.Content> content = PromotionRules.content(parks, year);
        if (!content.ok()) {
            throw PlanProblems.invalid(content.refusals());
        }
        List<Violation> off = PromotionRules.notOnTheYearsList(content.value(), candidateCodes(cityCode, year),
                cityCode, year);
        if (!off.isEmpty()) {
            throw Problems.unknownReference(off.get(0).field(), off.get(0).message());
        }
        return content.value();
    }

    /** The milestones of every version of this city's plan for the year, with their park: the ids a version may keep. */
    private Map<UUID, String> knownMilestones(PromotionPlan plan) {
        Map<UUID, String> known = new HashMap<>();
        entityManager.createQuery("select m.milestoneId, m.parkCode from PromotionPlanMilestone m, PromotionPlan p "
                        + "where m.planId = p.id and p.cityCode = :city and p.year = :year", Object[].class)
                .setParameter("city", plan.cityCode).setParameter("year", plan.year).getResultList()
                .forEach(row -> known.put((UUID) row[0], (String) row[1]));
        return known;
    }

    private void writeContent(PromotionPlan plan, PromotionRules.Content content, Map<UUID, String> known,
                              Map<UUID, PromotionPlanMilestone> done) {
        List<PromotionRules.ParkEntry> parks = content.parks();
        for (int i = 0; i < parks.size(); i++) {
            PromotionPlanPark.of(plan.id, i, parks.get(i).parkCode(), parks.get(i).contents()).persist();
        }
        entityManager.flush();
        for (int i = 0; i < parks.size(); i++) {
            PromotionRules.ParkEntry park = parks.get(i);
            for (int j = 0; j < park.milestones().size(); j++) {
                PromotionRules.Milestone milestone = park.milestones().get(j);
                UUID given = milestone.id();
                if (given != null && !park.parkCode().equals(known.get(given))) {
                    throw Problems.unknownReference("parks[" + i + "].milestones[" + j + "].id", "Milestone " + given
                            + " is not a milestone of park " + park.parkCode() + " in this plan; leave the id out for "
                            + "a new milestone");
                }
                PromotionPlanMilestone.of(plan.id, park.parkCode(), given != null ? given : UUID.randomUUID(), j,
                        milestone.date(), milestone.description()).doneAs(given == null ? null : done.get(given))
                        .persist();
            }
        }
        entityManager.flush();
    }

    private void persist(PromotionPlan plan) {
        try {
            plan.persist();
            entityManager.flush();
        } catch (PersistenceException e) {
            // Two creates or revisions of one city and year at once: the unique indexes are the last word.
            if (violates(e, ONE_OPEN_INDEX) || violates(e, REVISION_CONSTRAINT)) {
                throw openPlanConflict(plan);
            }
            throw e;
        }
    }

    private void flush(PromotionPlan plan) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (violates(e, ONE_ACKNOWLEDGED_INDEX) || violates(e, ONE_OPEN_INDEX)) {
                throw Problems.conflict("promotion-plan-changed", "Another change to city " + plan.cityCode
                        + "'s promotion plan for " + plan.year + " came first; reload and try again");
            }
            throw e;
        }
    }

    private static RuntimeException openPlanConflict(PromotionPlan plan) {
        return Problems.conflict("open-promotion-plan-exists", "City " + plan.cityCode + " already has a version of its "
                + plan.year + " promotion plan on its way to the province; continue that one");
    }

    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /** Locks a version for a change; one outside the caller's scope is "not found". */
    private PromotionPlan lockForChange(UUID id, Predicate<PromotionPlan> inScope) {
        PromotionPlan plan = PromotionPlan.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || !inScope.test(plan)) {
            throw Problems.notFound("Promotion plan", id.toString());
        }
        return plan;
    }

    private PromotionPlan visible(UUID id) {
        PromotionPlan plan = PromotionPlan.findById(id);
        if (plan == null || !caller.canSeeCity(plan.cityCode)) {
            throw Problems.notFound("Promotion plan", id.toString());
        }
        return plan;
    }

    private PromotionPlan load(UUID id) {
        PromotionPlan plan = PromotionPlan.findById(id);
        if (plan == null) {
            throw Problems.notFound("Promotion plan", id.toString());
        }
        return plan;
    }

    private static List<PromotionPlanPark> parksOf(PromotionPlan plan) {
        return PromotionPlanPark.list("planId = ?1 order by position", plan.id);
    }

    private static List<PromotionPlanMilestone> milestonesOf(PromotionPlan plan) {
        return PromotionPlanMilestone.list("planId = ?1 order by position", plan.id);
    }

    private static PromotionRules.Content contentOf(PromotionPlan plan) {
        Map<String, List<PromotionRules.Milestone>> milestones = new HashMap<>();
        milestonesOf(plan).forEach(m -> milestones.computeIfAbsent(m.parkCode, k -> new ArrayList<>())
                .add(m.toMilestone()));
        return new PromotionRules.Content(parksOf(plan).stream().map(p -> new PromotionRules.ParkEntry(p.parkCode,
                p.contents, List.copyOf(milestones.getOrDefault(p.parkCode, List.of())))).toList());
    }

    private PromotionViews.Plan view(PromotionPlan plan) {
        PromotionRules.Content content = contentOf(plan);
        Map<String, ParkDirectoryEntry> names =
                parkDirectory.findAll(content.parks().stream().map(PromotionRules.ParkEntry::parkCode).toList());
        LocalDate today = clock.today();
        List<PromotionViews.Park> parks = content.parks().stream().map(p -> new PromotionViews.Park(p.parkCode(),
                names.containsKey(p.parkCode()) ? names.get(p.parkCode()).name : null, p.contents(),
                p.milestones().stream().map(m -> PromotionViews.Milestone.of(m, today)).toList())).toList();
        return new PromotionViews.Plan(plan.id, plan.cityCode, plan.year, plan.revision, plan.status, parks,
                PromotionRules.lateCount(content, today), plan.createdBy, plan.createdAt, plan.submittedBy,
                plan.submittedAt, decision(plan), plan.supersededAt, plan.version);
    }

    private static PromotionViews.Decision decision(PromotionPlan plan) {
        return plan.decisionOutcome == null ? null : new PromotionViews.Decision(plan.decisionOutcome,
                plan.decisionComments, plan.decidedBy, plan.decidedAt);
    }
}
