package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.common.failures.Causes;
import cn.gov.shandong.circular.acceptance.filing.FilingNumbers;
import cn.gov.shandong.circular.common.plantargets.ApprovedPlanTargets;
import cn.gov.shandong.circular.acceptance.review.AcceptanceReview;
import cn.gov.shandong.circular.acceptance.review.Reviews;
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
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.events.AcceptanceApplied;
import cn.gov.shandong.circular.events.AcceptanceFiled;
import cn.gov.shandong.circular.events.AcceptanceResubmitted;
import cn.gov.shandong.circular.events.FilingReturned;
import cn.gov.shandong.circular.events.Indicator;
import cn.gov.shandong.circular.events.IndicatorAchievement;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.PlanProjectEntry;
import cn.gov.shandong.circular.events.PlanTarget;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The acceptance workflow around the review: applying with evidence against the approved plan,
 * resubmitting, filing with a number, returning a filing to the city; each change, its scope check and
 * its event on {@code acceptance.events} in one transaction. Applications are locked while they change,
 * so concurrent requests see each other's result instead of overwriting it. The review itself is
 * {@link Reviews}.
 */
@ApplicationScoped
public class AcceptanceApplications {

    private static final String OPEN_PER_PARK_INDEX = "acceptance_application_one_open_per_park";
    private static final String APPLY_OPERATION = "POST /api/v1/applications";

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    CreateOnce createOnce;

    @Inject
    ParkDirectory parkDirectory;

    @Inject
    ApprovedPlanTargets approvedPlans;

    @Inject
    Reviews reviews;

    @Inject
    ProvinceClock clock;

    @Transactional
    public Created<ApplicationView> apply(ApplyRequest request, String idempotencyKey) {
        // Acting on a park named in the body outside one's scope is refused, not hidden.
        if (!caller.parkCode().map(request.parkCode()::equals).orElse(false)) {
            throw new OutOfScope("You may apply for acceptance of your own park only");
        }
        return createOnce.run(idempotencyKey, APPLY_OPERATION, request, first -> view(load(first)),
                () -> submit(request));
    }

    private Created<ApplicationView> submit(ApplyRequest request) {
        // Locking the park's directory row makes concurrent applications of one park take turns.
        ParkDirectoryEntry park = parkDirectory.findForUpdate(request.parkCode()).orElseThrow(() ->
                new InvalidReference("parkCode", "Park " + request.parkCode() + " is not known"));
        ParkDirectory.requireActive(park, "acceptance application");
        requireNoOpenApplication(park.parkCode);
        String programmeCode = programmeOf(park.parkCode, request.programmeCode());
        Evidence evidence = evidence(park.parkCode, programmeCode, request.achievements(), request.projects());

        AcceptanceApplication application =
                AcceptanceApplication.submit(park, programmeCode, request.summary(), caller.username(), clock.nowUtc());
        try {
            application.persist();
            entityManager.flush();
        } catch (PersistenceException e) {
            // The unique index is the last word should two applications ever slip past the lock.
            if (Causes.violatesConstraint(e, OPEN_PER_PARK_INDEX)) {
                throw openApplicationConflict(park.parkCode);
            }
            throw e;
        }
        evidence.store(application.id);
        entityManager.flush();
        outbox.record(new AcceptanceApplied(application.id, application.parkCode, application.cityCode,
                application.level, application.summary, programmeCode, evidence.events()));
        return Created.made(view(application, park.name), application.id);
    }

    /** The park resubmits a returned application, with corrected evidence if it sends any. */
    @Transactional
    public ApplicationView resubmit(UUID id, ResubmissionRequest request, ExpectedVersion expected) {
        AcceptanceApplication application = lockForChange(id,
                a -> caller.parkCode().map(a.parkCode::equals).orElse(false));
        expected.check(application.version);
        if ((request.achievements() == null) != (request.projects() == null)) {
            throw RuleViolated.invalid(request.achievements() == null ? "achievements" : "projects",
                    "Send corrected achievements and projects together, or neither");
        }
        application.resubmit(request.summary(), caller.username(), clock.nowUtc());
        if (request.achievements() != null && application.programmeCode != null) {
            Evidence evidence = evidence(application.parkCode, application.programmeCode, request.achievements(),
                    request.projects());
            ApplicationAchievement.delete("key.applicationId", application.id);
            ApplicationProject.delete("key.applicationId", application.id);
            entityManager.flush();
            evidence.store(application.id);
        }
        entityManager.flush();
        outbox.record(new AcceptanceResubmitted(application.id, application.parkCode, application.cityCode,
                application.summary));
        return view(application);
    }

    /**
     * The province files a passed application (备案): the completed acceptance, with the next filing number
     * of the year (Asia/Shanghai) taken in this transaction.
     */
    @Transactional
    public ApplicationView file(UUID id, FilingRequest request, ExpectedVersion expected) {
        AcceptanceApplication application = lockForChange(id, a -> true);
        expected.check(application.version);
        if (!ApplicationStatus.TABLE.allows(application.status, ApplicationStatus.FILED)) {
            throw new IllegalTransition("Application " + id + " is " + application.status
                    + " and cannot be filed (only a PASSED application can)");
        }
        // The filing's instant and its year by the province's clock (Asia/Shanghai), which tests can pin.
        OffsetDateTime at = clock.nowUtc();
        int year = ProgrammeCalendar.yearOf(at);
        int number = entityManager.unwrap(Session.class).doReturningWork(c -> FilingNumbers.next(c, year));
        application.file(request == null ? null : request.remarks(), year, number, FilingNumbers.format(year, number),
                caller.username(), at);
        entityManager.flush();
        outbox.record(new AcceptanceFiled(application.id, application.parkCode, application.cityCode,
                application.level, application.filedAt.toInstant(), application.filingNumber));
        return view(application);
    }

    /** The province sends a passed application back to the city's review with its reasons. */
    @Transactional
    public ApplicationView returnToCity(UUID id, FilingReturnRequest request, ExpectedVersion expected) {
        AcceptanceApplication application = lockForChange(id, a -> true);
        expected.check(application.version);
        if (application.status != ApplicationStatus.PASSED) {
            throw new IllegalTransition("Application " + id + " is " + application.status
                    + " and cannot be returned to the city (only a PASSED application can)");
        }
        String reasons = request.reasons().strip();
        application.returnToCity(reasons);
        reviews.reopen(application);
        entityManager.flush();
        outbox.record(new FilingReturned(application.id, application.parkCode, application.cityCode, reasons));
        return view(application);
    }

    /** One application, if the caller may see it. */
    @Transactional
    public ApplicationView find(UUID id) {
        return view(seen(id));
    }

    /** The applications the caller may see, narrowed by the filters, newest first. */
    @Transactional
    public Page<ApplicationView> list(String parkCode, String cityCode, ApplicationStatus status, ParkLevel level,
                                      int page, int size) {
        // Another city or park named as a filter is refused as everywhere, not answered with an empty page.
        caller.requireFilterInScope(cityCode, parkCode);
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        // The application's city (copied when it applied) and park; filters only narrow within that.
        Caller.ScopeRestriction scope = caller.scopeRestriction("cityCode", "parkCode");
        scope.condition().ifPresent(where::add);
        scope.parameters().forEach(parameters::and);
        if (expertOnly()) {
            // An expert sees the applications whose current review has them on its panel.
            where.add("currentReviewId in (select m.key.reviewId from PanelMember m where m.key.expert = :expert)");
            parameters.and("expert", caller.username());
        }
        if (parkCode != null) {
            where.add("parkCode = :parkCode");
            parameters.and("parkCode", parkCode);
        }
        if (cityCode != null) {
            where.add("cityCode = :cityCode");
            parameters.and("cityCode", cityCode);
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (level != null) {
            where.add("level = :level");
            parameters.and("level", level);
        }
        var query = AcceptanceApplication.find(where.isEmpty() ? "1 = 1" : String.join(" and ", where),
                Sort.descending("submittedAt").and("id"), parameters);
        List<AcceptanceApplication> applications = query.page(page, size).list();
        Map<String, ParkDirectoryEntry> parks =
                parkDirectory.findAll(applications.stream().map(a -> a.parkCode).distinct().toList());
        List<ApplicationView> items = applications.stream()
                .map(a -> view(a, nameOf(parks.get(a.parkCode))))
                .toList();
        return new Page<>(items, page, size, query.count());
    }

    /**
     * The application, if the caller may see it: within their scope and, for an expert, on the panel of
     * its current review. Otherwise "not found".
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AcceptanceApplication seen(UUID id) {
        AcceptanceApplication application = AcceptanceApplication.findById(id);
        if (application == null || !visible(application)) {
            throw new NotFound("Application", id);
        }
        return application;
    }

    /** {@link #seen}, locked for a change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AcceptanceApplication lockSeen(UUID id) {
        return lockForChange(id, this::visible);
    }

    /** Locked for a change by a city officer acting for the application's city. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AcceptanceApplication lockForCity(UUID id) {
        return lockForChange(id, a -> caller.actsForCity(a.cityCode));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ApplicationView view(AcceptanceApplication application) {
        return view(application, nameOf(parkDirectory.find(application.parkCode).orElse(null)));
    }

    private boolean visible(AcceptanceApplication application) {
        if (!caller.canSeePark(application.parkCode, application.cityCode)) {
            return false;
        }
        return !expertOnly() || (application.currentReviewId != null && AcceptanceReview.getEntityManager()
                .createQuery("select count(m) from PanelMember m where m.key.reviewId = :review and m.key.expert = :expert",
                        Long.class)
                .setParameter("review", application.currentReviewId).setParameter("expert", caller.username())
                .getSingleResult() > 0);
    }

    /** An expert and no province-wide reader: sees only the applications assigned to them. */
    private boolean expertOnly() {
        return caller.hasRole(Roles.EXPERT) && !caller.hasRole(Roles.PROVINCE_ADMIN) && !caller.hasRole(Roles.AUDITOR)
                && !caller.hasRole(Roles.INTEGRATION);
    }

    /** The programme whose approved plan the application answers: named, or the park's only one. */
    private String programmeOf(String parkCode, String named) {
        List<String> programmes = approvedPlans.programmesOf(parkCode);
        if (programmes.isEmpty()) {
            throw new Conflict("no-approved-plan", "Park " + parkCode + " has no approved implementation plan: "
                    + "the city approves the park's plan (实施方案) before the park can apply for acceptance");
        }
        if (named != null) {
            if (!programmes.contains(named)) {
                throw new Conflict("no-approved-plan", "Park " + parkCode + " has no approved implementation plan under "
                        + named + "; it has under " + String.join(", ", programmes));
            }
            return named;
        }
        if (programmes.size() > 1) {
            throw RuleViolated.invalid("programmeCode", "Park " + parkCode + " has approved plans under "
                    + String.join(", ", programmes) + ": name the programme the application answers");
        }
        return programmes.get(0);
    }

    /** The evidence checked against the approved plan, ready to store with the application. */
    private Evidence evidence(String parkCode, String programmeCode, List<ApplyRequest.Achievement> achievements,
                              List<ApplyRequest.ProjectReport> projects) {
        Map<Indicator, PlanTarget> targets = approvedPlans.targetsOf(parkCode, programmeCode);
        List<PlanProjectEntry> planned = approvedPlans.projectsOf(parkCode, programmeCode);
        List<EvidenceRules.Violation> violations = EvidenceRules.check(targets,
                achievements.stream().map(a -> new EvidenceRules.Achieved(a.indicator(), a.unit().strip(), a.value())).toList(),
                planned, projects.stream().map(ApplyRequest.ProjectReport::projectId).toList());
        if (!violations.isEmpty()) {
            throw new InvalidReference(violations.get(0).field(), violations.stream()
                    .map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        }
        return new Evidence(targets, planned, achievements, projects);
    }

    /** Achievements and project reports that passed {@link EvidenceRules}, with the plan they answer. */
    private record Evidence(Map<Indicator, PlanTarget> targets, List<PlanProjectEntry> planned,
                            List<ApplyRequest.Achievement> achievements, List<ApplyRequest.ProjectReport> projects) {

        void store(UUID applicationId) {
            for (ApplyRequest.Achievement achieved : achievements) {
                PlanTarget target = targets.get(achieved.indicator());
                ApplicationAchievement row = new ApplicationAchievement();
                row.key = new ApplicationAchievement.Key(applicationId, achieved.indicator());
                row.unit = target.unit();
                row.achievedValue = achieved.value();
                row.baselineValue = BigDecimal.valueOf(target.baselineValue());
                row.targetYear = target.targetYear();
                row.targetValue = BigDecimal.valueOf(target.targetValue());
                row.persist();
            }
            Map<UUID, ApplyRequest.ProjectReport> reported = projects.stream()
                    .collect(Collectors.toMap(ApplyRequest.ProjectReport::projectId, p -> p));
            for (int i = 0; i < planned.size(); i++) {
                PlanProjectEntry project = planned.get(i);
                ApplyRequest.ProjectReport report = reported.get(project.projectId());
                ApplicationProject row = new ApplicationProject();
                row.key = new ApplicationProject.Key(applicationId, project.projectId());
                row.position = i;
                row.name = project.name();
                row.completion = report.completion();
                row.note = report.note() == null || report.note().isBlank() ? null : report.note().strip();
                row.persist();
            }
        }

        List<IndicatorAchievement> events() {
            return achievements.stream().sorted(Comparator.comparing(ApplyRequest.Achievement::indicator))
                    .map(a -> new IndicatorAchievement(a.indicator(), a.indicator().unit(), a.value().doubleValue()))
                    .toList();
        }
    }

    private void requireNoOpenApplication(String parkCode) {
        if (AcceptanceApplication.count("parkCode = ?1 and status in ?2", parkCode, ApplicationStatus.open()) > 0) {
            throw openApplicationConflict(parkCode);
        }
    }


    private static Conflict openApplicationConflict(String parkCode) {
        return new Conflict("open-application-exists", "Park " + parkCode
                + " already has an open acceptance application; continue that one instead");
    }

    /**
     * Locks the application for a change; one outside the caller's scope is "not found" (an id
     * guessed from another city reveals nothing).
     */
    private AcceptanceApplication lockForChange(UUID id, Predicate<AcceptanceApplication> inScope) {
        AcceptanceApplication application = AcceptanceApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || !inScope.test(application)) {
            throw new NotFound("Application", id);
        }
        return application;
    }

    private AcceptanceApplication load(UUID id) {
        AcceptanceApplication application = AcceptanceApplication.findById(id);
        if (application == null) {
            throw new NotFound("Application", id);
        }
        return application;
    }

    private ApplicationView view(AcceptanceApplication application, String parkName) {
        List<ApplicationAchievement> achievements = ApplicationAchievement.list("key.applicationId", application.id);
        achievements.sort(Comparator.comparing(a -> a.key.indicator()));
        List<ApplicationProject> projects = ApplicationProject.list("key.applicationId = ?1 order by position",
                application.id);
        ApplicationView.Decided decided = reviews.decidedReview(application)
                .map(r -> new ApplicationView.Decided(r.panelScore, r.grade)).orElse(ApplicationView.Decided.NONE);
        return ApplicationView.of(application, parkName, achievements, projects, decided);
    }

    private static String nameOf(ParkDirectoryEntry park) {
        return park == null ? null : park.name;
    }
}
