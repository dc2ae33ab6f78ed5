package cn.gov.shandong.circular.acceptance.application;

import cn.gov.shandong.circular.common.idempotency.IdempotencyKeys;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectoryEntry;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.web.EntityTags;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.events.AcceptanceApplied;
import cn.gov.shandong.circular.events.AcceptanceFiled;
import cn.gov.shandong.circular.events.AcceptanceResubmitted;
import cn.gov.shandong.circular.events.AcceptanceReviewed;
import cn.gov.shandong.circular.events.ParkLevel;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The acceptance workflow: each change, its scope check and its event on {@code acceptance.events}
 * in one transaction. Applications are locked while they change, so concurrent requests see each
 * other's result instead of overwriting it.
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
    IdempotencyKeys idempotencyKeys;

    @Inject
    ParkDirectory parkDirectory;

    /** The outcome of an apply: the application, and whether this request created it (201) or replayed it. */
    public record ApplyResult(ApplicationView application, int status, boolean replayed) {
    }

    @Transactional
    public ApplyResult apply(ApplyRequest request, String idempotencyKey) {
        // Acting on a park named in the body outside one's scope is refused, not hidden.
        if (!caller.parkCode().map(request.parkCode()::equals).orElse(false)) {
            throw Problems.forbidden("You may apply for acceptance of your own park only");
        }
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.FirstResult> first =
                    idempotencyKeys.claim(idempotencyKey, APPLY_OPERATION, request);
            if (first.isPresent()) {
                return new ApplyResult(view(load(first.get().resourceId())), first.get().status(), true);
            }
        }
        // Locking the park's directory row makes concurrent applications of one park take turns.
        ParkDirectoryEntry park = parkDirectory.findForUpdate(request.parkCode()).orElseThrow(() ->
                Problems.unknownReference("parkCode", "Park " + request.parkCode() + " is not known"));
        requireNoOpenApplication(park.parkCode);

        AcceptanceApplication application =
                AcceptanceApplication.submit(park, request.summary(), caller.username(), now());
        try {
            application.persist();
            entityManager.flush();
        } catch (PersistenceException e) {
            // The unique index is the last word should two applications ever slip past the lock.
            if (violates(e, OPEN_PER_PARK_INDEX)) {
                throw openApplicationConflict(park.parkCode);
            }
            throw e;
        }
        outbox.record(new AcceptanceApplied(application.id, application.parkCode, application.cityCode,
                application.level, application.summary));
        if (idempotencyKey != null) {
            idempotencyKeys.complete(idempotencyKey, application.id, Response.Status.CREATED.getStatusCode());
        }
        return new ApplyResult(view(application, park.name), Response.Status.CREATED.getStatusCode(), false);
    }

    /** The city's review: by an officer of the application's city, of a submitted application. */
    @Transactional
    public ApplicationView review(UUID id, ReviewRequest request, String ifMatch) {
        AcceptanceApplication application = lockForChange(id,
                a -> caller.actsForCity(a.cityCode));
        EntityTags.requireMatch(ifMatch, application.version);
        application.review(request.outcome(), request.score(), request.comments(), caller.username(), now());
        entityManager.flush();
        outbox.record(new AcceptanceReviewed(application.id, application.parkCode, application.cityCode,
                application.reviewOutcome, application.reviewScore, application.reviewComments));
        return view(application);
    }

    /** The park resubmits a returned application. */
    @Transactional
    public ApplicationView resubmit(UUID id, ResubmissionRequest request, String ifMatch) {
        AcceptanceApplication application = lockForChange(id,
                a -> caller.parkCode().map(a.parkCode::equals).orElse(false));
        EntityTags.requireMatch(ifMatch, application.version);
        application.resubmit(request.summary(), caller.username(), now());
        entityManager.flush();
        outbox.record(new AcceptanceResubmitted(application.id, application.parkCode, application.cityCode,
                application.summary));
        return view(application);
    }

    /** The province files a passed application (备案): the completed acceptance. */
    @Transactional
    public ApplicationView file(UUID id, FilingRequest request, String ifMatch) {
        AcceptanceApplication application = lockForChange(id, a -> true);
        EntityTags.requireMatch(ifMatch, application.version);
        application.file(request == null ? null : request.remarks(), caller.username(), now());
        entityManager.flush();
        outbox.record(new AcceptanceFiled(application.id, application.parkCode, application.cityCode,
                application.level, application.filedAt.toInstant()));
        return view(application);
    }

    /** One application, if the caller may see it. */
    @Transactional
    public ApplicationView find(UUID id) {
        AcceptanceApplication application = AcceptanceApplication.findById(id);
        if (application == null || !caller.canSeePark(application.parkCode, application.cityCode)) {
            throw Problems.notFound("Application", id.toString());
        }
        return view(application);
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

    private void requireNoOpenApplication(String parkCode) {
        if (AcceptanceApplication.count("parkCode = ?1 and status in ?2", parkCode, ApplicationStatus.open()) > 0) {
            throw openApplicationConflict(parkCode);
        }
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

    private static RuntimeException openApplicationConflict(String parkCode) {
        return Problems.conflict("open-application-exists", "Park " + parkCode
                + " already has an open acceptance application; continue that one instead");
    }

    /**
     * Locks the application for a change; one outside the caller's scope is "not found" (an id
     * guessed from another city reveals nothing).
     */
    private AcceptanceApplication lockForChange(UUID id, Predicate<AcceptanceApplication> inScope) {
        AcceptanceApplication application = AcceptanceApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || !inScope.test(application)) {
            throw Problems.notFound("Application", id.toString());
        }
        return application;
    }

    private AcceptanceApplication load(UUID id) {
        AcceptanceApplication application = AcceptanceApplication.findById(id);
        if (application == null) {
            throw Problems.notFound("Application", id.toString());
        }
        return application;
    }

    private ApplicationView view(AcceptanceApplication application) {
        return view(application, nameOf(parkDirectory.find(application.parkCode).orElse(null)));
    }

    private static ApplicationView view(AcceptanceApplication application, String parkName) {
        return ApplicationView.of(application, parkName);
    }

    private static String nameOf(ParkDirectoryEntry park) {
        return park == null ? null : park.name;
    }

    /** Timestamps at the database's precision, so a stored value reads back equal. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
