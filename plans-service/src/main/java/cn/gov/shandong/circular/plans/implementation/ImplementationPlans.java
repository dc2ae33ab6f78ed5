package cn.gov.shandong.circular.plans.implementation;

import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectoryEntry;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.events.ImplementationPlanApproved;
import cn.gov.shandong.circular.events.ImplementationPlanReturned;
import cn.gov.shandong.circular.events.ImplementationPlanSubmitted;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import cn.gov.shandong.circular.events.PlanTarget;
import cn.gov.shandong.circular.events.ProjectProgressed;
import cn.gov.shandong.circular.common.idempotency.IdempotencyKeys;
import cn.gov.shandong.circular.plans.programme.Programme;
import cn.gov.shandong.circular.plans.schedule.ScheduledCompletion;
import io.quarkus.panache.common.Sort;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Park implementation plans (实施方案): each change, its scope check and its event on {@code plans.events}
 * in one transaction, as acceptance-service does for applications. A version is locked while it changes;
 * creates of one park take turns on the park's directory row.
 */
@ApplicationScoped
public class ImplementationPlans {

    private static final String ONE_OPEN_INDEX = "implementation_plan_one_open";
    private static final String ONE_APPROVED_INDEX = "implementation_plan_one_approved";

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

    /** The park's manager starts the plan of their park under a programme: version 1, a draft. */
    @Transactional
    public Created<PlanViews.Plan> create(PlanRequests.Draft request, String idempotencyKey) {
        if (request.parkCode() == null || !caller.parkCode().map(request.parkCode()::equals).orElse(false)) {
            throw Problems.forbidden("You may draft the implementation plan of your own park only");
        }
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.FirstResult> first =
                    idempotencyKeys.claim(idempotencyKey, "POST /api/v1/implementation-plans", request);
            if (first.isPresent()) {
                return new Created<>(view(load(first.get().resourceId())), first.get().resourceId(),
                        first.get().status(), true);
            }
        }
        ParkDirectoryEntry park = parkDirectory.findForUpdate(request.parkCode()).orElseThrow(() ->
                Problems.unknownReference("parkCode", "Park " + request.parkCode() + " is not known"));
        ParkDirectory.requireActive(park, "implementation plan");
        Programme programme = programmeOf(request.programmeCode(), park.parkCode);
        PlanRules.Content content = checked(request.indicators(), request.projects(), programme);
        if (ImplementationPlan.count("parkCode = ?1 and programmeCode = ?2", park.parkCode, programme.code) > 0) {
            throw Problems.conflict("implementation-plan-exists", "Park " + park.parkCode
                    + " already has an implementation plan under programme " + programme.code
                    + ": change its open version, or revise its approved version (POST .../revisions)");
        }
        ImplementationPlan plan = ImplementationPlan.draft(park.parkCode, park.cityCode, programme.code, 1,
                caller.username(), clock.nowUtc());
        persist(plan, park.parkCode);
        writeContent(plan, content, Set.of());
        if (idempotencyKey != null) {
            idempotencyKeys.complete(idempotencyKey, plan.id, 201);
        }
        return new Created<>(view(plan, park.name), plan.id, 201, false);
    }

    /** Replaces the targets and projects of a draft or returned version. */
    @Transactional
    public PlanViews.Plan update(UUID id, PlanRequests.Content request, String ifMatch) {
        ImplementationPlan plan = lockForChange(id, ownPark());
        EntityTags.requireMatch(ifMatch, plan.version);
        plan.requireEditable();
        PlanRules.Content content = checked(request.indicators(), request.projects(),
                Programme.findById(plan.programmeCode));
        Set<UUID> known = knownProjects(plan);
        entityManager.createQuery("delete from PlanIndicatorTarget t where t.planId = :plan")
                .setParameter("plan", plan.id).executeUpdate();
        entityManager.createQuery("delete from PlanProject p where p.planId = :plan")
                .setParameter("plan", plan.id).executeUpdate();
        writeContent(plan, content, known);
        plan.contentChanged(clock.nowUtc());
        entityManager.flush();
        return view(plan);
    }

    /** The park submits a draft or returned version to its city; the four core indicators are required. */
    @Transactional
    public PlanViews.Plan submit(UUID id, String ifMatch) {
        ImplementationPlan plan = lockForChange(id, ownPark());
        EntityTags.requireMatch(ifMatch, plan.version);
        plan.submit(caller.username(), clock.nowUtc());
        List<PlanRules.Violation> missing = PlanRules.missingForSubmission(targetsOf(plan));
        if (!missing.isEmpty()) {
            throw PlanProblems.incomplete(missing);
        }
        entityManager.flush();
        outbox.record(new ImplementationPlanSubmitted(plan.id, plan.parkCode, plan.cityCode, plan.programmeCode,
                plan.revision));
        return view(plan);
    }

    /** An officer of the plan's city approves a submitted version (superseding the earlier approved one) or returns it. */
    @Transactional
    public PlanViews.Plan decide(UUID id, PlanRequests.Decision request, String ifMatch) {
        ImplementationPlan plan = lockForChange(id, p -> caller.actsForCity(p.cityCode));
        EntityTags.requireMatch(ifMatch, plan.version);
        PlanRules.Checked<PlanStatus> decision = PlanRules.decision(request);
        if (!decision.ok()) {
            throw PlanProblems.invalid(decision.refusals());
        }
        OffsetDateTime at = clock.nowUtc();
        if (decision.value() == PlanStatus.APPROVED && plan.status.canMoveTo(PlanStatus.APPROVED)) {
            List<ImplementationPlan> earlier = ImplementationPlan.find(
                            "parkCode = ?1 and programmeCode = ?2 and status = ?3 and id <> ?4",
                            plan.parkCode, plan.programmeCode, PlanStatus.APPROVED, plan.id)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list();
            earlier.forEach(e -> e.supersede(at));
            entityManager.flush();
        }
        plan.decide(decision.value(), request.reasons() == null || request.reasons().isBlank() ? null
                : request.reasons(), caller.username(), at);
        flush(plan.parkCode);
        if (plan.status == PlanStatus.APPROVED) {
            List<PlanTarget> targets = targetsOf(plan).stream().map(t -> new PlanTarget(t.indicator(),
                    t.indicator().unit(), t.baselineYear(), t.baselineValue().doubleValue(), t.targetYear(),
                    t.targetValue().doubleValue())).toList();
            List<PlanProjectEntry> projects = PlanProject.<PlanProject>list("planId = ?1 order by position", plan.id)
                    .stream().map(p -> new PlanProjectEntry(p.projectId, p.name)).toList();
            outbox.record(new ImplementationPlanApproved(plan.id, plan.parkCode, plan.cityCode, plan.programmeCode,
                    plan.revision, targets, projects));
        } else {
            outbox.record(new ImplementationPlanReturned(plan.id, plan.parkCode, plan.cityCode, plan.programmeCode,
                    plan.revision, plan.decisionReasons));
        }
        return view(plan);
    }

    /** A revision of an approved version: a new draft version that starts as a copy and goes through approval again. */
    @Transactional
    public Created<PlanViews.Plan> revise(UUID id, String idempotencyKey) {
        ImplementationPlan approved = lockForChange(id, ownPark());
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.FirstResult> first = idempotencyKeys.claim(idempotencyKey,
                    "POST /api/v1/implementation-plans/" + id + "/revisions", Map.of());
            if (first.isPresent()) {
                return new Created<>(view(load(first.get().resourceId())), first.get().resourceId(),
                        first.get().status(), true);
            }
        }
        if (approved.status != PlanStatus.APPROVED) {
            throw Problems.illegalTransition("Implementation plan " + id + " is " + approved.status
                    + "; only the approved version can be revised");
        }
        parkDirectory.findForUpdate(approved.parkCode);
        if (ImplementationPlan.count("parkCode = ?1 and programmeCode = ?2 and status in ?3", approved.parkCode,
                approved.programmeCode, PlanStatus.open()) > 0) {
            throw openPlanConflict(approved.parkCode);
        }
        Integer last = entityManager.createQuery("select max(p.revision) from ImplementationPlan p "
                        + "where p.parkCode = :park and p.programmeCode = :programme", Integer.class)
                .setParameter("park", approved.parkCode).setParameter("programme", approved.programmeCode)
                .getSingleResult();
        ImplementationPlan revision = ImplementationPlan.draft(approved.parkCode, approved.cityCode,
                approved.programmeCode, last + 1, caller.username(), clock.nowUtc());
        persist(revision, approved.parkCode);
        for (PlanIndicatorTarget target : PlanIndicatorTarget.<PlanIndicatorTarget>list("planId", approved.id)) {
            PlanIndicatorTarget.of(revision.id, target.position, target.toTarget()).persist();
        }
        for (PlanProject project : PlanProject.<PlanProject>list("planId", approved.id)) {
            project.copyTo(revision.id).persist();
        }
        entityManager.flush();
        if (idempotencyKey != null) {
            idempotencyKeys.complete(idempotencyKey, revision.id, 201);
        }
        return new Created<>(view(revision), revision.id, 201, false);
    }

    /** The park's manager records the progress of a project of the park's approved plan. */
    @Transactional
    public Created<PlanViews.Progress> recordProgress(String parkCode, UUID projectId, PlanRequests.Progress request,
                                                      String idempotencyKey) {
        if (!caller.parkCode().map(parkCode::equals).orElse(false)) {
            throw Problems.notFound("Project", projectId + " of park " + parkCode);
        }
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.FirstResult> first = idempotencyKeys.claim(idempotencyKey,
                    "POST progress of project " + projectId, request);
            if (first.isPresent()) {
                ProjectProgress earlier = ProjectProgress.findById(first.get().resourceId());
                return new Created<>(PlanViews.Progress.of(earlier), earlier.id, first.get().status(), true);
            }
        }
        PlanRules.Checked<PlanRules.ProgressReport> report = PlanRules.progress(request, clock.today());
        if (!report.ok()) {
            throw PlanProblems.invalid(report.refusals());
        }
        Object[] found = approvedProject(parkCode, projectId).orElseThrow(() -> Problems.notFound("Project",
                projectId + " of an approved implementation plan of park " + parkCode));
        ImplementationPlan plan = (ImplementationPlan) found[0];
        PlanProject project = (PlanProject) found[1];
        ProjectProgress progress = new ProjectProgress();
        progress.id = UUID.randomUUID();
        progress.projectId = projectId;
        progress.planId = plan.id;
        progress.parkCode = plan.parkCode;
        progress.cityCode = plan.cityCode;
        progress.reportedOn = report.value().reportedOn();
        progress.percentComplete = report.value().percentComplete();
        progress.investmentToDate = report.value().investmentToDate();
        progress.note = report.value().note();
        progress.recordedBy = caller.username();
        progress.recordedAt = clock.nowUtc();
        progress.persist();
        entityManager.flush();
        outbox.record(new ProjectProgressed(projectId, plan.id, plan.parkCode, plan.cityCode, project.name,
                progress.reportedOn, progress.percentComplete.doubleValue(), progress.investmentToDate.doubleValue(),
                progress.note));
        if (idempotencyKey != null) {
            idempotencyKeys.complete(idempotencyKey, progress.id, 201);
        }
        return new Created<>(PlanViews.Progress.of(progress), progress.id, 201, false);
    }

    // ------------------------------------------------------------------------------------------- reads

    /** One version, if the caller may see its park. */
    @Transactional
    public PlanViews.Plan find(UUID id) {
        ImplementationPlan plan = ImplementationPlan.findById(id);
        if (plan == null || !caller.canSeePark(plan.parkCode, plan.cityCode)) {
            throw Problems.notFound("Implementation plan", id.toString());
        }
        return view(plan);
    }

    /** The versions the caller may see, narrowed by the filters, newest first. */
    @Transactional
    public Page<PlanViews.Summary> list(String cityCode, String parkCode, String programmeCode, Integer year,
                                        PlanStatus status, int page, int size) {
        // A filter the token shows is not the caller's is refused; one it cannot judge only narrows
        // (docs/authorisation.md).
        caller.requireFilterInScope(cityCode, parkCode);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        Caller.ScopeRestriction scope = caller.scopeRestriction("p.cityCode", "p.parkCode");
        scope.condition().ifPresent(condition -> where.append(" and ").append(condition));
        parameters.putAll(scope.parameters());
        if (cityCode != null) {
            where.append(" and p.cityCode = :cityCode");
            parameters.put("cityCode", cityCode);
        }
        if (parkCode != null) {
            where.append(" and p.parkCode = :parkCode");
            parameters.put("parkCode", parkCode);
        }
        if (programmeCode != null) {
            where.append(" and p.programmeCode = :programmeCode");
            parameters.put("programmeCode", programmeCode);
        }
        if (year != null) {
            // The year the park is scheduled to complete under the plan's programme (as it is now).
            where.append(" and exists (select 1 from ScheduledCompletion s where s.programmeCode = p.programmeCode"
                    + " and s.parkCode = p.parkCode and s.year = :year)");
            parameters.put("year", year);
        }
        if (status != null) {
            where.append(" and p.status = :status");
            parameters.put("status", status);
        }
        var items = entityManager.createQuery("select p from ImplementationPlan p" + where
                + " order by p.createdAt desc, p.id", ImplementationPlan.class);
        var total = entityManager.createQuery("select count(p) from ImplementationPlan p" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<ImplementationPlan> plans = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(summaries(plans), page, size, total.getSingleResult());
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
            throw Problems.notFound("Approved implementation plan of park", parkCode);
        }
        return view(approved.get(0));
    }

    /** Every version of the park's plan, oldest first (within a programme, by revision). */
    @Transactional
    public Page<PlanViews.Summary> history(String parkCode, String programmeCode, int page, int size) {
        requireVisiblePark(parkCode);
        var query = ImplementationPlan.find("parkCode = ?1" + (programmeCode == null ? "" : " and programmeCode = ?2"),
                Sort.ascending("programmeCode").and("revision"),
                programmeCode == null ? new Object[] {parkCode} : new Object[] {parkCode, programmeCode});
        return new Page<>(summaries(query.page(page, size).list()), page, size, query.count());
    }

    /** The projects of the park's approved plans, each with its latest progress. */
    @Transactional
    public Page<PlanViews.ParkProject> projects(String parkCode, int page, int size) {
        requireVisiblePark(parkCode);
        String from = " from PlanProject pp, ImplementationPlan p where pp.planId = p.id and p.parkCode = :park "
                + "and p.status = :approved";
        List<Object[]> rows = entityManager.createQuery("select p, pp" + from + " order by p.programmeCode, pp.position",
                        Object[].class)
                .setParameter("park", parkCode).setParameter("approved", PlanStatus.APPROVED)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = entityManager.createQuery("select count(pp)" + from, Long.class)
                .setParameter("park", parkCode).setParameter("approved", PlanStatus.APPROVED).getSingleResult();
        Map<UUID, ProjectProgress> latest = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            List<UUID> ids = rows.stream().map(r -> ((PlanProject) r[1]).projectId).toList();
            ProjectProgress.<ProjectProgress>list("projectId in ?1 order by reportedOn desc, recordedAt desc", ids)
                    .forEach(progress -> latest.putIfAbsent(progress.projectId, progress));
        }
        List<PlanViews.ParkProject> items = rows.stream().map(r -> {
            ImplementationPlan plan = (ImplementationPlan) r[0];
            PlanProject project = (PlanProject) r[1];
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
            throw Problems.notFound("Project", projectId + " of park " + parkCode);
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
        java.util.Collection<String> cities = city == null ? null : List.of(city);
        if (caller.cityCode().isPresent()) {
            caller.requireFilterInScope(city, null);
            if (city == null) {
                city = caller.cityCode().get();
                // An officer of a city abolished by today acts for none: no code matches "".
                cities = caller.citiesActedFor().isEmpty() ? List.of("") : caller.citiesActedFor();
            }
        } else if (!caller.isProvinceWide()) {
            throw Problems.forbidden("Investment totals are for the province and the cities");
        }
        String where = " from PlanProject pp, ImplementationPlan p where pp.planId = p.id and p.status = :approved"
                + (cities == null ? "" : " and p.cityCode in (:cities)")
                + (programmeCode == null ? "" : " and p.programmeCode = :programme");
        var query = entityManager.createQuery("select count(distinct p.id), count(pp), coalesce(sum(pp.totalInvestment), 0), "
                + "coalesce(sum(pp.fundingEnterprise), 0), coalesce(sum(pp.fundingCentralBudget), 0), "
                + "coalesce(sum(pp.fundingProvincial), 0), coalesce(sum(pp.fundingBankCredit), 0), "
                + "coalesce(sum(pp.fundingOther), 0)" + where, Object[].class)
                .setParameter("approved", PlanStatus.APPROVED);
        if (cities != null) {
            query.setParameter("cities", cities);
        }
        if (programmeCode != null) {
            query.setParameter("programme", programmeCode);
        }
        Object[] sums = query.getSingleResult();
        return new PlanViews.InvestmentTotals(city, programmeCode, ((Number) sums[0]).longValue(),
                ((Number) sums[1]).longValue(), amount(sums[2]),
                new PlanViews.Funding(amount(sums[3]), amount(sums[4]), amount(sums[5]), amount(sums[6]),
                        amount(sums[7])));
    }

    // ----------------------------------------------------------------------------------------- helpers

    private Predicate<ImplementationPlan> ownPark() {
        return p -> caller.parkCode().map(p.parkCode::equals).orElse(false);
    }

    /** The programme named in a create, one that schedules the park. */
    private static Programme programmeOf(String code, String parkCode) {
        Programme programme = code == null ? null : Programme.findById(code);
        if (programme == null) {
            throw Problems.unknownReference("programmeCode", "Programme " + code + " is not known");
        }
        if (ScheduledCompletion.count("programmeCode = ?1 and parkCode = ?2", programme.code, parkCode) == 0) {
            throw Problems.unknownReference("programmeCode", "Park " + parkCode + " is not scheduled in programme "
                    + programme.code);
        }
        return programme;
    }

    private static PlanRules.Content checked(List<PlanRequests.IndicatorTarget> indicators,
                                             List<PlanRequests.Project> projects, Programme programme) {
        PlanRules.Checked<PlanRules.Content> content =
                PlanRules.content(indicators, projects, programme.startYear, programme.endYear);
        if (!content.ok()) {
            throw PlanProblems.invalid(content.refusals());
        }
        return content.value();
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
                throw Problems.unknownReference("projects[" + i + "].id", "Project " + given
                        + " is not a project of this park's plan; leave the id out for a new project");
            }
            PlanProject.of(plan.id, given != null ? given : UUID.randomUUID(), i, projects.get(i)).persist();
        }
        entityManager.flush();
    }

    private void persist(ImplementationPlan plan, String parkCode) {
        try {
            plan.persist();
            entityManager.flush();
        } catch (PersistenceException e) {
            if (violates(e, ONE_OPEN_INDEX)) {
                throw openPlanConflict(parkCode);
            }
            throw e;
        }
    }

    private void flush(String parkCode) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            // The unique indexes are the last word should two decisions ever slip past the locks.
            if (violates(e, ONE_APPROVED_INDEX) || violates(e, ONE_OPEN_INDEX)) {
                throw Problems.conflict("implementation-plan-changed", "Another change to park " + parkCode
                        + "'s implementation plan came first; reload and try again");
            }
            throw e;
        }
    }

    private static RuntimeException openPlanConflict(String parkCode) {
        return Problems.conflict("open-implementation-plan-exists", "Park " + parkCode
                + " already has a version of its implementation plan on its way to approval; continue that one");
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
    private ImplementationPlan lockForChange(UUID id, Predicate<ImplementationPlan> inScope) {
        ImplementationPlan plan = ImplementationPlan.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || !inScope.test(plan)) {
            throw Problems.notFound("Implementation plan", id.toString());
        }
        return plan;
    }

    private ImplementationPlan load(UUID id) {
        ImplementationPlan plan = ImplementationPlan.findById(id);
        if (plan == null) {
            throw Problems.notFound("Implementation plan", id.toString());
        }
        return plan;
    }

    /** A park the caller may see (by the directory's city, or the city of a plan it has); else 404. */
    private void requireVisiblePark(String parkCode) {
        Optional<ParkDirectoryEntry> park = parkDirectory.find(parkCode);
        boolean visible = park.map(p -> caller.canSeePark(p.parkCode, p.cityCode)).orElse(false)
                || ImplementationPlan.<ImplementationPlan>list("parkCode", parkCode).stream()
                        .anyMatch(p -> caller.canSeePark(p.parkCode, p.cityCode));
        if (!visible) {
            throw Problems.notFound("Park", parkCode);
        }
    }

    private Optional<Object[]> approvedProject(String parkCode, UUID projectId) {
        return entityManager.createQuery("select p, pp from PlanProject pp, ImplementationPlan p "
                        + "where pp.planId = p.id and p.parkCode = :park and p.status = :approved "
                        + "and pp.projectId = :project", Object[].class)
                .setParameter("park", parkCode).setParameter("approved", PlanStatus.APPROVED)
                .setParameter("project", projectId).getResultStream().findFirst();
    }

    private List<PlanRules.Target> targetsOf(ImplementationPlan plan) {
        return PlanIndicatorTarget.<PlanIndicatorTarget>list("planId = ?1 order by position", plan.id).stream()
                .map(PlanIndicatorTarget::toTarget).toList();
    }

    private PlanViews.Plan view(ImplementationPlan plan) {
        return view(plan, parkDirectory.find(plan.parkCode).map(p -> p.name).orElse(null));
    }

    private PlanViews.Plan view(ImplementationPlan plan, String parkName) {
        List<PlanRules.Target> targets = targetsOf(plan);
        List<PlanProject> projects = PlanProject.list("planId = ?1 order by position", plan.id);
        BigDecimal total = projects.stream().map(p -> p.totalInvestment).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PlanViews.Plan(plan.id, plan.parkCode, parkName, plan.cityCode, plan.programmeCode, plan.revision,
                plan.status, targets.stream().map(PlanViews.Target::of).toList(),
                projects.stream().map(PlanViews.Project::of).toList(), PlanRules.normal(total),
                PlanViews.Warning.of(PlanRules.warnings(targets)), plan.createdBy, plan.createdAt, plan.submittedBy, plan.submittedAt,
                decision(plan), plan.supersededAt, plan.version);
    }

    private List<PlanViews.Summary> summaries(List<ImplementationPlan> plans) {
        Map<String, ParkDirectoryEntry> parks =
                parkDirectory.findAll(plans.stream().map(p -> p.parkCode).distinct().toList());
        return plans.stream().map(p -> new PlanViews.Summary(p.id, p.parkCode,
                parks.containsKey(p.parkCode) ? parks.get(p.parkCode).name : null, p.cityCode, p.programmeCode,
                p.revision, p.status, p.submittedAt, decision(p), p.version)).toList();
    }

    private static PlanViews.Decision decision(ImplementationPlan plan) {
        return plan.decisionOutcome == null ? null : new PlanViews.Decision(plan.decisionOutcome, plan.decisionReasons,
                plan.decidedBy, plan.decidedAt);
    }

    private static BigDecimal amount(Object sum) {
        return PlanRules.normal(sum instanceof BigDecimal value ? value : new BigDecimal(sum.toString()));
    }
}
