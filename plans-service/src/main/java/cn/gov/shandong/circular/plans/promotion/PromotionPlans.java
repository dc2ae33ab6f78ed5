package cn.gov.shandong.circular.plans.promotion;

import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.common.domain.InvalidReference;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.OutOfScope;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectoryEntry;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.events.ProgrammeStatus;
import cn.gov.shandong.circular.events.PromotionMilestoneDone;
import cn.gov.shandong.circular.events.PromotionMilestoneEntry;
import cn.gov.shandong.circular.events.PromotionParkEntry;
import cn.gov.shandong.circular.plans.approval.ApprovalWorkflow;
import cn.gov.shandong.circular.plans.approval.Conditions;
import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.plans.implementation.PlanRefusals;
import cn.gov.shandong.circular.plans.implementation.PlanRules.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Cities' yearly promotion plans (推进计划): each change, its scope check and its event on {@code plans.events}
 * (keyed by the city) in one transaction. The lifecycle (update, submit, decide, revise) is
 * {@link ApprovalWorkflow}'s, as for the parks' implementation plans; this class says whose a plan is, what its
 * content is and how a city's versions for a year are found. A city officer keeps their city's plan; the province
 * acknowledges or returns it; province-wide roles read all.
 */
@ApplicationScoped
public class PromotionPlans
        extends ApprovalWorkflow<PromotionPlan, PromotionPlanStatus, List<PromotionParkEntry>, PromotionViews.Plan> {

    public PromotionPlans() {
        super(PromotionPlan.class, PromotionPlan.KIND);
    }

    @Inject
    ProvinceClock clock;

    @Inject
    ParkDirectory parkDirectory;

    // ------------------------------------------------------------------------------------------ writes

    /** A city officer starts their city's plan for a year: version 1, a draft. */
    @Transactional
    public Created<PromotionViews.Plan> create(PromotionRequests.Draft request, String idempotencyKey) {
        if (request.cityCode() != null && !caller.actsForCity(request.cityCode())) {
            throw new OutOfScope("You may draft the promotion plan of your own city only");
        }
        List<Violation> refusals = PromotionRules.cityAndYear(request.cityCode(), request.year());
        if (!refusals.isEmpty()) {
            throw PlanRefusals.invalid(refusals);
        }
        return createOnce.run(idempotencyKey, "POST /api/v1/promotion-plans", request, this::replay, () -> {
            String city = request.cityCode();
            int year = request.year();
            if (activeProgrammesCovering(year) == 0) {
                throw new InvalidReference("year", "No active programme covers " + year
                        + "; a promotion plan is for a year an active programme schedules parks in");
            }
            PromotionRules.Content content = checked(request.parks(), city, year);
            PromotionPlan plan = PromotionPlan.draft(city, year, 1, caller.username(), clock.nowUtc());
            if (versionsInSeries(plan) > 0) {
                throw new Conflict("promotion-plan-exists", "City " + city + " already has a promotion plan for "
                        + year + ": change its open version, or open a new version of the acknowledged one "
                        + "(POST .../revisions)");
            }
            persistNew(plan);
            writeContent(plan, content, Map.of(), Map.of());
            return Created.made(view(plan), plan.id);
        });
    }

    /** Replaces the parks and milestones of a draft or returned version. */
    @Transactional
    public PromotionViews.Plan update(UUID id, PromotionRequests.Content request, ExpectedVersion expected) {
        return updateContent(id, expected, ownCity(), plan -> {
            PromotionRules.Content content = checked(request.parks(), plan.cityCode, plan.year);
            Map<UUID, String> known = knownMilestones(plan);
            Map<UUID, PromotionPlanMilestone> done = new HashMap<>();
            milestonesOf(plan).forEach(m -> done.put(m.milestoneId, m));
            entityManager.createQuery("delete from PromotionPlanMilestone m where m.planId = :plan")
                    .setParameter("plan", plan.id).executeUpdate();
            entityManager.createQuery("delete from PromotionPlanPark p where p.planId = :plan")
                    .setParameter("plan", plan.id).executeUpdate();
            writeContent(plan, content, known, done);
        });
    }

    /** The city submits a draft or returned version to the province; every park needs a milestone. */
    @Transactional
    public PromotionViews.Plan submit(UUID id, ExpectedVersion expected) {
        return submitVersion(id, expected, ownCity(), plan -> {
            PromotionRules.Content content = contentOf(plan);
            List<Violation> missing = PromotionRules.missingForSubmission(content);
            if (!missing.isEmpty()) {
                throw PlanRefusals.incomplete(missing);
            }
            // The schedule may have moved since the draft was written: the parks must still be the year's.
            requireOnTheYearsList(content, plan.cityCode, plan.year);
        });
    }

    /** The province acknowledges a submitted version (superseding the earlier acknowledged one) or returns it. */
    @Transactional
    public PromotionViews.Plan decide(UUID id, PromotionRequests.Decision request, ExpectedVersion expected) {
        return decideVersion(id, expected, plan -> caller.isProvinceWide(),
                () -> PlanRefusals.valid(PromotionRules.decision(request)),
                request.comments() == null || request.comments().isBlank() ? null : request.comments().strip());
    }

    /** A new version of the acknowledged one: a draft copy that goes to the province again; the acknowledged stays in force. */
    @Transactional
    public Created<PromotionViews.Plan> revise(UUID id, String idempotencyKey) {
        return reviseVersion(id, idempotencyKey, "POST /api/v1/promotion-plans/" + id + "/revisions", ownCity());
    }

    /**
     * The city records a milestone of its plan in force as done: an operational update, not a change of the
     * plan (the acknowledged version stays the same version; its ETag moves on). A version on its way holds
     * the milestone too and is marked alike, so that acknowledging it does not undo the record.
     */
    @Transactional
    public PromotionViews.Plan completeMilestone(UUID id, UUID milestoneId, PromotionRequests.Completion request,
                                                 ExpectedVersion expected) {
        PromotionPlan plan = lockForChange(id, ownCity());
        expected.check(plan.version);
        PromotionPlanMilestone milestone = PromotionPlanMilestone.<PromotionPlanMilestone>find(
                        "planId = ?1 and milestoneId = ?2", plan.id, milestoneId).firstResultOptional()
                .orElseThrow(() -> new NotFound("Milestone", milestoneId + " of promotion plan " + id));
        LocalDate doneOn = PlanRefusals.valid(PromotionRules.doneOn(request, clock.today()));
        OffsetDateTime at = clock.nowUtc();
        plan.milestoneDone(at);
        if (milestone.doneOn != null) {
            throw new IllegalTransition("Milestone " + milestoneId + " was recorded done on " + milestone.doneOn);
        }
        milestone.doneOn = doneOn;
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
        Conditions conditions = new Conditions();
        if (!caller.isProvinceWide()) {
            // The cities the officer acts for (their own and any abolished in its favour: decision 38).
            List<String> cities = List.copyOf(caller.citiesActedFor());
            conditions.and(Optional.of(cities.isEmpty() ? "1 = 0" : "p.cityCode in (:scopeCities)"),
                    cities.isEmpty() ? Map.of() : Map.of("scopeCities", cities));
        }
        Listed<PromotionPlan> plans = listed(conditions
                .andIf(cityCode, "p.cityCode = :cityCode", "cityCode")
                .andIf(year, "p.year = :year", "year")
                .andIf(status, "p.status = :status", "status"), page, size);
        LocalDate today = clock.today();
        List<PromotionViews.Summary> summaries = plans.items().stream().map(p -> {
            PromotionRules.Content content = contentOf(p);
            return new PromotionViews.Summary(p.id, p.cityCode, p.year, p.revision, p.status, content.parks().size(),
                    PromotionRules.lateCount(content, today), p.submittedAt, decision(p), p.version);
        }).toList();
        return new Page<>(summaries, page, size, plans.total());
    }

    /** What changed from version {@code fromId} (by default the one before) to version {@code id} of a city's plan. */
    @Transactional
    public PromotionViews.Comparison compare(UUID id, UUID fromId) {
        PromotionPlan to = visible(id);
        PromotionPlan from;
        if (fromId == null) {
            from = PromotionPlan.<PromotionPlan>find("cityCode = ?1 and year = ?2 and revision = ?3", to.cityCode,
                    to.year, to.revision - 1).firstResultOptional().orElseThrow(() -> RuleViolated.invalid("from",
                    "Version " + to.revision + " is the first; name the version to compare with in from"));
        } else {
            from = PromotionPlan.findById(fromId);
            if (from == null || !from.cityCode.equals(to.cityCode) || from.year != to.year) {
                throw new InvalidReference("from", "from must name a version of the same city's plan for "
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
                RuleViolated.invalid("cityCode", "cityCode is required"));
        return candidateRows(city, year).stream().map(row -> new PromotionViews.Candidate(row.park().parkCode,
                row.park().name, row.park().level, row.programmeCode(), row.year())).toList();
    }

    // ---------------------------------------------------------------------------- the city's series

    @Override
    protected OffsetDateTime at() {
        return clock.nowUtc();
    }

    @Override
    protected Conditions series(PromotionPlan plan) {
        return new Conditions().and("p.cityCode = :city", "city", plan.cityCode).and("p.year = :year", "year", plan.year);
    }

    @Override
    protected List<PromotionParkEntry> inForceContent(PromotionPlan plan) {
        return contentOf(plan).parks().stream().map(p -> new PromotionParkEntry(p.parkCode(), p.contents(),
                p.milestones().stream().map(m -> new PromotionMilestoneEntry(m.id(), m.date(), m.description(),
                        m.doneOn())).toList())).toList();
    }

    @Override
    protected void copyContent(PromotionPlan acknowledged, PromotionPlan revision) {
        for (PromotionPlanPark park : parksOf(acknowledged)) {
            PromotionPlanPark.of(revision.id, park.position, park.parkCode, park.contents).persist();
        }
        entityManager.flush();
        for (PromotionPlanMilestone m : milestonesOf(acknowledged)) {
            PromotionPlanMilestone.of(revision.id, m.parkCode, m.milestoneId, m.position, m.dueDate, m.description)
                    .doneAs(m).persist();
        }
    }

    @Override
    protected Conflict openConflict(PromotionPlan plan) {
        return new Conflict("open-promotion-plan-exists", "City " + plan.cityCode + " already has a version of its "
                + plan.year + " promotion plan on its way to the province; continue that one");
    }

    @Override
    protected Conflict changedConflict(PromotionPlan plan) {
        return new Conflict("promotion-plan-changed", "Another change to city " + plan.cityCode
                + "'s promotion plan for " + plan.year + " came first; reload and try again");
    }

    // ----------------------------------------------------------------------------------------- content

    private Predicate<PromotionPlan> ownCity() {
        return p -> caller.actsForCity(p.cityCode);
    }

    private PromotionPlan visible(UUID id) {
        return visible(id, plan -> caller.canSeeCity(plan.cityCode));
    }

    private long activeProgrammesCovering(int year) {
        return entityManager.createQuery("select count(g) from Programme g where g.status = :active "
                        + "and g.startYear <= :year and g.endYear >= :year", Long.class)
                .setParameter("active", ProgrammeStatus.ACTIVE).setParameter("year", year).getSingleResult();
    }

    /** A park of the city scheduled in a year by an active programme, with the programme's code and the year. */
    private record CandidateRow(ParkDirectoryEntry park, String programmeCode, int year) {

        static CandidateRow of(Tuple row) {
            return new CandidateRow(row.get("park", ParkDirectoryEntry.class), row.get("programme", String.class),
                    row.get("year", Integer.class));
        }
    }

    private List<CandidateRow> candidateRows(String cityCode, int year) {
        return entityManager.createQuery("select d as park, s.programmeCode as programme, s.year as year "
                        + "from ParkDirectoryEntry d, ScheduledCompletion s, Programme g where s.parkCode = d.parkCode "
                        + "and g.code = s.programmeCode and g.status = :active and d.cityCode = :city "
                        + "and s.year = :year order by d.parkCode, s.programmeCode", Tuple.class)
                .setParameter("active", ProgrammeStatus.ACTIVE).setParameter("city", cityCode)
                .setParameter("year", year).getResultStream().map(CandidateRow::of).toList();
    }

    private Set<String> candidateCodes(String cityCode, int year) {
        Set<String> codes = new LinkedHashSet<>();
        candidateRows(cityCode, year).forEach(row -> codes.add(row.park().parkCode));
        return codes;
    }

    private PromotionRules.Content checked(List<PromotionRequests.Park> parks, String cityCode, int year) {
        PromotionRules.Content content = PlanRefusals.valid(PromotionRules.content(parks, year));
        requireOnTheYearsList(content, cityCode, year);
        return content;
    }

    /** Refuses a park that is not the city's for the year (scheduled by an active programme). */
    private void requireOnTheYearsList(PromotionRules.Content content, String cityCode, int year) {
        List<Violation> off = PromotionRules.notOnTheYearsList(content, candidateCodes(cityCode, year), cityCode, year);
        if (!off.isEmpty()) {
            throw new InvalidReference(off.get(0).field(), off.get(0).message());
        }
    }

    /** The milestones of every version of this city's plan for the year, with their park: the ids a version may keep. */
    private Map<UUID, String> knownMilestones(PromotionPlan plan) {
        Map<UUID, String> known = new HashMap<>();
        entityManager.createQuery("select m.milestoneId as milestone, m.parkCode as park from PromotionPlanMilestone m, "
                        + "PromotionPlan p where m.planId = p.id and p.cityCode = :city and p.year = :year", Tuple.class)
                .setParameter("city", plan.cityCode).setParameter("year", plan.year).getResultList()
                .forEach(row -> known.put(row.get("milestone", UUID.class), row.get("park", String.class)));
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
                    throw new InvalidReference("parks[" + i + "].milestones[" + j + "].id", "Milestone " + given
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

    // ------------------------------------------------------------------------------------------- views

    @Override
    protected PromotionViews.Plan view(PromotionPlan plan) {
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
                plan.decisionNote, plan.decidedBy, plan.decidedAt);
    }

}
