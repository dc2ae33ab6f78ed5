package cn.gov.shandong.circular.plans.implementation;

import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import cn.gov.shandong.circular.common.domain.InvalidReference;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.OutOfScope;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectoryEntry;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import cn.gov.shandong.circular.events.PlanTarget;
import cn.gov.shandong.circular.plans.approval.ApprovalWorkflow;
import cn.gov.shandong.circular.plans.approval.Conditions;
import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.plans.programme.Programme;
import cn.gov.shandong.circular.plans.schedule.ScheduledCompletion;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Park implementation plans (实施方案): each change, its scope check and its event on {@code plans.events}
 * in one transaction, as acceptance-service does for applications. The lifecycle (update, submit, decide, revise)
 * is {@link ApprovalWorkflow}'s; this class says whose a plan is, what its content is and how a park's versions
 * are found. A version is locked while it changes; creates of one park take turns on the park's directory row.
 */
@ApplicationScoped
public class ImplementationPlans
        extends ApprovalWorkflow<ImplementationPlan, PlanStatus, ImplementationPlan.Approved, PlanViews.Plan> {

    public ImplementationPlans() {
        super(ImplementationPlan.class, ImplementationPlan.KIND);
    }

    @Inject
    ParkDirectory parkDirectory;

    @Inject
    ProvinceClock clock;

    // ------------------------------------------------------------------------------------------ writes

    /** The park's manager starts the plan of their park under a programme: version 1, a draft. */
    @Transactional
    public Created<PlanViews.Plan> create(PlanRequests.Draft request, String idempotencyKey) {
        if (request.parkCode() == null || !caller.parkCode().map(request.parkCode()::equals).orElse(false)) {
            throw new OutOfScope("You may draft the implementation plan of your own park only");
        }
        return createOnce.run(idempotencyKey, "POST /api/v1/implementation-plans", request, this::replay, () -> {
            ParkDirectoryEntry park = parkDirectory.findForUpdate(request.parkCode()).orElseThrow(() ->
                    new InvalidReference("parkCode", "Park " + request.parkCode() + " is not known"));
            ParkDirectory.requireActive(park, "implementation plan");
            Programme programme = programmeOf(request.programmeCode(), park.parkCode);
            PlanRules.Content content = checked(request.indicators(), request.projects(), programme);
            ImplementationPlan plan = ImplementationPlan.draft(park.parkCode, park.cityCode, programme.code, 1,
                    caller.username(), clock.nowUtc());
            if (versionsInSeries(plan) > 0) {
                throw new Conflict("implementation-plan-exists", "Park " + park.parkCode
                        + " already has an implementation plan under programme " + programme.code
                        + ": change its open version, or revise its approved version (POST .../revisions)");
            }
            persistNew(plan);
            writeContent(plan, content, Set.of());
            return Created.made(view(plan, park.name), plan.id);
        });
    }

    /** Replaces the targets and projects of a draft or returned version. */
    @Transactional
    public PlanViews.Plan update(UUID id, PlanRequests.Content request, ExpectedVersion expected) {
        return updateContent(id, expected, ownPark(), plan -> {
            PlanRules.Content content = checked(request.indicators(), request.projects(),
                    Programme.findById(plan.programmeCode));
            Set<UUID> known = knownProjects(plan);
            entityManager.createQuery("delete from PlanIndicatorTarget t where t.planId = :plan")
                    .setParameter("plan", plan.id).executeUpdate();
            entityManager.createQuery("delete from PlanProject p where p.planId = :plan")
                    .setParameter("plan", plan.id).executeUpdate();
            writeContent(plan, content, known);
        });
    }

    /** The park submits a draft or returned version to its city; the four core indicators are required. */
    @Transactional
    public PlanViews.Plan submit(UUID id, ExpectedVersion expected) {
        return submitVersion(id, expected, ownPark(), plan -> {
            List<PlanRules.Violation> missing = PlanRules.missingForSubmission(targetsOf(plan));
            if (!missing.isEmpty()) {
                throw PlanRefusals.incomplete(missing);
            }
        });
    }

    /** An officer of the plan's city approves a submitted version (superseding the earlier approved one) or returns it. */
    @Transactional
    public PlanViews.Plan decide(UUID id, PlanRequests.Decision request, ExpectedVersion expected) {
        return decideVersion(id, expected, plan -> caller.actsForCity(plan.cityCode),
                () -> PlanRefusals.valid(PlanRules.decision(request)),
                request.reasons() == null || request.reasons().isBlank() ? null : request.reasons());
    }

    /** A revision of an approved version: a new draft version that starts as a copy and goes through approval again. */
    @Transactional
    public Created<PlanViews.Plan> revise(UUID id, String idempotencyKey) {
        return reviseVersion(id, idempotencyKey, "POST /api/v1/implementation-plans/" + id + "/revisions", ownPark());
    }

    /** The park's manager records the progress of a project of the park's approved plan. */
    @Transactional
    public Created<PlanViews.Progress> recordProgress(String parkCode, UUID projectId, PlanRequests.Progress request,
                                                      String idempotencyKey) {
        if (!caller.parkCode().map(parkCode::equals).orElse(false)) {
            throw new NotFound("Project", projectId + " of park " + parkCode);
        }
        return createOnce.run(idempotencyKey, "POST progress of project " + projectId, request,
                first -> PlanViews.Progress.of(ProjectProgress.findById(first)), () -> {
                    PlanRules.ProgressReport report = PlanRefusals.valid(PlanRules.progress(request, clock.today()));
                    PlanProject project = approvedProject(parkCode, projectId).orElseThrow(() -> new NotFound(
                            "Project", projectId + " of an approved implementation plan of park " + parkCode));
                    ProjectProgress progress = ProjectProgress.of(ImplementationPlan.findById(project.planId), project,
                            report, caller.username(), clock.nowUtc());
                    progress.persist();
                    entityManager.flush();
                    outbox.record(progress.progressed(project.name));
                    return Created.made(PlanViews.Progress.of(progress), progress.id);
                });
    }

    // ------------------------------------------------------------------------------------------- reads

    /** One version, if the caller may see its park. */
    @Transactional
    public PlanViews.Plan find(UUID id) {
        return view(visible(id, plan -> caller.canSeePark(plan.parkCode, plan.cityCode)));
    }

    /** The versions the caller may see, narrowed by the filters, newest first. */
    @Transactional
    public Page<PlanViews.Summary> list(String cityCode, String parkCode, String programmeCode, Integer year,
                                        PlanStatus status, int page, int size) {
        // A filter the token shows is not the caller's is refused; one it cannot judge only narrows
        // (docs/authorisation.md).
        caller.requireFilterInScope(cityCode, parkCode);
        Caller.ScopeRestriction scope = caller.scopeRestriction("p.cityCode", "p.parkCode");
        Listed<ImplementationPlan> plans = listed(new Conditions()
                .and(scope.condition(), scope.parameters())
                .andIf(cityCode, "p.cityCode = :cityCode", "cityCode")
                .andIf(parkCode, "p.parkCode = :parkCode", "parkCode")
                .andIf(programmeCode, "p.programmeCode = :programmeCode", "programmeCode")
                // The year the park is scheduled to complete under the plan's programme (as it is now).
                .andIf(year, "exists (select 1 from ScheduledCompletion s where s.programmeCode = p.programmeCode"
                        + " and s.parkCode = p.parkCode and s.year = :year)", "year")
                .andIf(status, "p.status = :status", "status"), page, size);
        return new Page<>(summaries(plans.items()), page, size, plans.total());
    }

    /** The park's approved version (under the given programme, else its latest programme's). */
    @Transactional
    public PlanViews.Plan approved(String parkCode, String programmeCode) {
        var query = entityManager.createQuery("select p from ImplementationPlan p, Programme g "
                + "where g.code = p.programmeCode and p.parkCode = :park and p.status = :approved"
                + (programmeCode == null ? "" : " and p.programmeCode = :programme")
                + " order by g.startYear desc, g.code desc", ImplementationPlan.class)
                .setParameter("park", parkCode).setParameter("approved", PlanStatus.APPROVED);
        if (programmeCode != null) {
            query.setParameter("programme", programmeCode);
        }
        List<ImplementationPlan> approved = query.getResultList();
        if (approved.isEmpty() || !caller.canSeePark(parkCode, approved.get(0).cityCode)) {
            throw new NotFound("Approved implementation plan of park", parkCode);
        }
        return view(approved.get(0));
    }

    /** Every version of the park's plan, oldest first (within a programme, by revision). */
    @Transactional
    public Page<PlanViews.Summary> history(String parkCode, String programmeCode, int page, int size) {
        requireVisiblePark(parkCode);
        var query = programmeCode == null
                ? ImplementationPlan.find("parkCode = :park", Sort.ascending("programmeCode").and("revision"),
                        Parameters.with("park", parkCode))
                : ImplementationPlan.find("parkCode = :park and programmeCode = :programme",
                        Sort.ascending("programmeCode").and("revision"),
                        Parameters.with("park", parkCode).and("programme", programmeCode));
        return new Page<>(summaries(query.page(page, size).list()), page, size, query.count());
    }

    /** The projects of the park's approved plans, each with its latest progress. */
    @Transactional
    public Page<PlanViews.ParkProject> projects(String parkCode, int page, int size) {
        requireVisiblePark(parkCode);
        String from = " from PlanProject pp, ImplementationPlan p where pp.planId = p.id and p.parkCode = :park "
                + "and p.status = :approved";
        List<PlanProject> projects = entityManager.createQuery("select pp" + from
                        + " order by p.programmeCode, pp.position", PlanProject.class)
                .setParameter("park", parkCode).setParameter("approved", PlanStatus.APPROVED)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = entityManager.createQuery("select count(pp)" + from, Long.class)
                .setParameter("park", parkCode).setParameter("approved", PlanStatus.APPROVED).getSingleResult();
        Map<UUID, ImplementationPlan> plans = new HashMap<>();
        Map<UUID, ProjectProgress> latest = new HashMap<>();
        if (!projects.isEmpty()) {
            ImplementationPlan.<ImplementationPlan>list("id in ?1", projects.stream().map(pp -> pp.planId).toList())
                    .forEach(plan -> plans.put(plan.id, plan));
            ProjectProgress.<ProjectProgress>list("projectId in ?1 order by reportedOn desc, recordedAt desc",
                            projects.stream().map(pp -> pp.projectId).toList())
                    .forEach(progress -> latest.putIfAbsent(progress.projectId, progress));
        }
        List<PlanViews.ParkProject> items = projects.stream().map(project -> {
            ImplementationPlan plan = plans.get(project.planId);
            ProjectProgress progress = latest.get(project.projectId);
            return new PlanViews.ParkProject(plan.id, plan.programmeCode, plan.revision, PlanViews.Project.of(project),
                    progress == null ? null : PlanViews.Progress.of(progress));
        }).toList();
        return new Page<>(items, page, size, total);
    }

    /** A project's progress reports, newest first. */
    @Transactional
    public Page<PlanViews.Progress> progressHistory(String parkCode, UUID projectId, int page, int size) {
        requireVisiblePark(parkCode);
        if (entityManager.createQuery("select count(pp) from PlanProject pp, ImplementationPlan p "
                        + "where pp.planId = p.id and p.parkCode = :park and pp.projectId = :project", Long.class)
                .setParameter("park", parkCode).setParameter("project", projectId).getSingleResult() == 0) {
            throw new NotFound("Project", projectId + " of park " + parkCode);
        }
        var query = ProjectProgress.find("projectId = ?1 and parkCode = ?2",
                Sort.descending("reportedOn").and("recordedAt", Sort.Direction.Descending), projectId, parkCode);
        return new Page<>(query.page(page, size).<ProjectProgress>list().stream().map(PlanViews.Progress::of).toList(),
                page, size, query.count());
    }

    /** Investment of the approved plans of a city or the province, by funding source. */
    @Transactional
    public PlanViews.InvestmentTotals totals(String cityCode, String programmeCode) {
        String city = cityCode;
        // The cities counted: the filter's, or all a city officer acts for (their own and any city abolished in
        // its favour: decision 38); none for the province.
        Collection<String> cities = city == null ? null : List.of(city);
        if (caller.cityCode().isPresent()) {
            caller.requireFilterInScope(city, null);
            if (city == null) {
                city = caller.cityCode().get();
                // An officer of a city abolished by today acts for none: no code matches "".
                cities = caller.citiesActedFor().isEmpty() ? List.of("") : caller.citiesActedFor();
            }
        } else if (!caller.isProvinceWide()) {
            throw new OutOfScope("Investment totals are for the province and the cities");
        }
        String where = " from PlanProject pp, ImplementationPlan p where pp.planId = p.id and p.status = :approved"
                + (cities == null ? "" : " and p.cityCode in (:cities)")
                + (programmeCode == null ? "" : " and p.programmeCode = :programme");
        var query = entityManager.createQuery("select count(distinct p.id) as plans, count(pp) as projects, "
                + "coalesce(sum(pp.totalInvestment), 0) as total, coalesce(sum(pp.fundingEnterprise), 0) as enterprise, "
                + "coalesce(sum(pp.fundingCentralBudget), 0) as centralBudget, "
                + "coalesce(sum(pp.fundingProvincial), 0) as provincial, coalesce(sum(pp.fundingBankCredit), 0) as bank, "
                + "coalesce(sum(pp.fundingOther), 0) as other" + where, Tuple.class)
                .setParameter("approved", PlanStatus.APPROVED);
        if (cities != null) {
            query.setParameter("cities", cities);
        }
        if (programmeCode != null) {
            query.setParameter("programme", programmeCode);
        }
        Tuple sums = query.getSingleResult();
        return new PlanViews.InvestmentTotals(city, programmeCode, sums.get("plans", Number.class).longValue(),
                sums.get("projects", Number.class).longValue(), amount(sums.get("total")),
                new PlanViews.Funding(amount(sums.get("enterprise")), amount(sums.get("centralBudget")),
                        amount(sums.get("provincial")), amount(sums.get("bank")), amount(sums.get("other"))));
    }

    /** A park the caller may see (by the directory's city, or the city of a plan it has); else 404. */
    public void requireVisiblePark(String parkCode) {
        Optional<ParkDirectoryEntry> park = parkDirectory.find(parkCode);
        boolean visible = park.map(p -> caller.canSeePark(p.parkCode, p.cityCode)).orElse(false)
                || ImplementationPlan.<ImplementationPlan>list("parkCode", parkCode).stream()
                        .anyMatch(p -> caller.canSeePark(p.parkCode, p.cityCode));
        if (!visible) {
            throw new NotFound("Park", parkCode);
        }
    }

    // ------------------------------------------------------------------------------ the park's series

    @Override
    protected OffsetDateTime at() {
        return clock.nowUtc();
    }

    @Override
    protected Conditions series(ImplementationPlan plan) {
        return new Conditions().and("p.parkCode = :park", "park", plan.parkCode)
                .and("p.programmeCode = :programme", "programme", plan.programmeCode);
    }

    /** Creates and revisions of one park take turns on the park's directory row. */
    @Override
    protected void lockSeries(ImplementationPlan plan) {
        parkDirectory.findForUpdate(plan.parkCode);
    }

    @Override
    protected ImplementationPlan.Approved inForceContent(ImplementationPlan plan) {
        List<PlanTarget> targets = targetsOf(plan).stream().map(t -> new PlanTarget(t.indicator(),
                t.indicator().unit(), t.baselineYear(), t.baselineValue().doubleValue(), t.targetYear(),
                t.targetValue().doubleValue())).toList();
        List<PlanProjectEntry> projects = projectsOf(plan).stream()
                .map(p -> new PlanProjectEntry(p.projectId, p.name)).toList();
        return new ImplementationPlan.Approved(targets, projects);
    }

    @Override
    protected void copyContent(ImplementationPlan approved, ImplementationPlan revision) {
        for (PlanIndicatorTarget target : PlanIndicatorTarget.<PlanIndicatorTarget>list("planId", approved.id)) {
            PlanIndicatorTarget.of(revision.id, target.position, target.toTarget()).persist();
        }
        for (PlanProject project : PlanProject.<PlanProject>list("planId", approved.id)) {
            project.copyTo(revision.id).persist();
        }
    }

    @Override
    protected Conflict openConflict(ImplementationPlan plan) {
        return new Conflict("open-implementation-plan-exists", "Park " + plan.parkCode
                + " already has a version of its implementation plan on its way to approval; continue that one");
    }

    @Override
    protected Conflict changedConflict(ImplementationPlan plan) {
        return new Conflict("implementation-plan-changed", "Another change to park " + plan.parkCode
                + "'s implementation plan came first; reload and try again");
    }

    // ----------------------------------------------------------------------------------------- content

    private Predicate<ImplementationPlan> ownPark() {
        return p -> caller.parkCode().map(p.parkCode::equals).orElse(false);
    }

    /** The programme named in a create, one that schedules the park. */
    private static Programme programmeOf(String code, String parkCode) {
        Programme programme = code == null ? null : Programme.findById(code);
        if (programme == null) {
            throw new InvalidReference("programmeCode", "Programme " + code + " is not known");
        }
        if (ScheduledCompletion.count("programmeCode = ?1 and parkCode = ?2", programme.code, parkCode) == 0) {
            throw new InvalidReference("programmeCode", "Park " + parkCode + " is not scheduled in programme "
                    + programme.code);
        }
        return programme;
    }

    private static PlanRules.Content checked(List<PlanRequests.IndicatorTarget> indicators,
                                             List<PlanRequests.Project> projects, Programme programme) {
        return PlanRefusals.valid(PlanRules.content(indicators, projects, programme.startYear, programme.endYear));
    }

    /** The projects of every version of this park's plan under the programme: the ids a version may keep. */
    private Set<UUID> knownProjects(ImplementationPlan plan) {
        return new HashSet<>(entityManager.createQuery("select distinct pp.projectId from PlanProject pp, "
                        + "ImplementationPlan p where pp.planId = p.id and p.parkCode = :park "
                        + "and p.programmeCode = :programme", UUID.class)
                .setParameter("park", plan.parkCode).setParameter("programme", plan.programmeCode).getResultList());
    }

    private void writeContent(ImplementationPlan plan, PlanRules.Content content, Set<UUID> knownProjects) {
        for (int i = 0; i < content.targets().size(); i++) {
            PlanIndicatorTarget.of(plan.id, i, content.targets().get(i)).persist();
        }
        List<PlanRules.Project> projects = content.projects();
        for (int i = 0; i < projects.size(); i++) {
            UUID given = projects.get(i).id();
            if (given != null && !knownProjects.contains(given)) {
                throw new InvalidReference("projects[" + i + "].id", "Project " + given
                        + " is not a project of this park's plan; leave the id out for a new project");
            }
            PlanProject.of(plan.id, given != null ? given : UUID.randomUUID(), i, projects.get(i)).persist();
        }
        entityManager.flush();
    }

    /** The project, in the park's approved version that holds it. */
    private Optional<PlanProject> approvedProject(String parkCode, UUID projectId) {
        return entityManager.createQuery("select pp from PlanProject pp, ImplementationPlan p "
                        + "where pp.planId = p.id and p.parkCode = :park and p.status = :approved "
                        + "and pp.projectId = :project", PlanProject.class)
                .setParameter("park", parkCode).setParameter("approved", PlanStatus.APPROVED)
                .setParameter("project", projectId).getResultStream().findFirst();
    }

    private static BigDecimal amount(Object sum) {
        return PlanRules.normal(sum instanceof BigDecimal value ? value : new BigDecimal(sum.toString()));
    }

    private static List<PlanRules.Target> targetsOf(ImplementationPlan plan) {
        return PlanIndicatorTarget.<PlanIndicatorTarget>list("planId = ?1 order by position", plan.id).stream()
                .map(PlanIndicatorTarget::toTarget).toList();
    }

    private static List<PlanProject> projectsOf(ImplementationPlan plan) {
        return PlanProject.list("planId = ?1 order by position", plan.id);
    }

    // ------------------------------------------------------------------------------------------- views

    @Override
    protected PlanViews.Plan view(ImplementationPlan plan) {
        return view(plan, parkDirectory.find(plan.parkCode).map(p -> p.name).orElse(null));
    }

    private PlanViews.Plan view(ImplementationPlan plan, String parkName) {
        List<PlanRules.Target> targets = targetsOf(plan);
        List<PlanProject> projects = projectsOf(plan);
        BigDecimal total = projects.stream().map(p -> p.totalInvestment).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PlanViews.Plan(plan.id, plan.parkCode, parkName, plan.cityCode, plan.programmeCode, plan.revision,
                plan.status, targets.stream().map(PlanViews.Target::of).toList(),
                projects.stream().map(PlanViews.Project::of).toList(), PlanRules.normal(total),
                PlanViews.Warning.of(PlanRules.warnings(targets)), plan.createdBy, plan.createdAt, plan.submittedBy,
                plan.submittedAt, decision(plan), plan.supersededAt, plan.version);
    }

    private List<PlanViews.Summary> summaries(List<ImplementationPlan> plans) {
        Map<String, ParkDirectoryEntry> parks =
                parkDirectory.findAll(plans.stream().map(p -> p.parkCode).distinct().toList());
        return plans.stream().map(p -> new PlanViews.Summary(p.id, p.parkCode,
                parks.containsKey(p.parkCode) ? parks.get(p.parkCode).name : null, p.cityCode, p.programmeCode,
                p.revision, p.status, p.submittedAt, decision(p), p.version)).toList();
    }

    private static PlanViews.Decision decision(ImplementationPlan plan) {
        return plan.decisionOutcome == null ? null : new PlanViews.Decision(plan.decisionOutcome, plan.decisionNote,
                plan.decidedBy, plan.decidedAt);
    }

}
