package cn.gov.shandong.circular.plans.approval;

import cn.gov.shandong.circular.common.failures.Causes;
import cn.gov.shandong.circular.common.idempotency.CreateOnce;
import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.events.DomainEvent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The commands of an approval workflow, written once: update, submit, decide and revise a version, each in the
 * caller's transaction. Every command loads the version with a lock (a version outside the caller's scope is "not
 * found"), checks the caller's {@link ExpectedVersion}, calls the version's transition and hands the events it
 * returns to the outbox. A service extends this with its series (how versions of one park's or city's plan are
 * found) and its content, and keeps its own create, reads and scope rules.
 *
 * @param <P> the version entity
 * @param <S> its status enum
 * @param <C> what its in-force event carries
 * @param <V> the view the API answers
 */
public abstract class ApprovalWorkflow<P extends ApprovalVersion<S, C>, S extends Enum<S> & ApprovalState<S>, C, V> {

    @Inject
    protected EntityManager entityManager;

    @Inject
    protected EventOutbox outbox;

    @Inject
    protected Caller caller;

    @Inject
    protected CreateOnce createOnce;

    private final Class<P> versions;
    private final ApprovalKind<S> kind;

    /**
     * @param versions the version entity
     * @param kind     the workflow's names and table
     */
    protected ApprovalWorkflow(Class<P> versions, ApprovalKind<S> kind) {
        this.versions = versions;
        this.kind = kind;
    }

    protected Class<P> versions() {
        return versions;
    }

    protected ApprovalKind<S> kind() {
        return kind;
    }

    /** The moment of a change. */
    protected abstract OffsetDateTime at();

    protected abstract V view(P version);

    /**
     * The series of a version: the versions of one plan (one park's under a programme, one city's for a year), as
     * conditions over the alias {@code p}.
     */
    protected abstract Conditions series(P version);

    /** What the in-force event of the version carries. */
    protected abstract C inForceContent(P version);

    /** Copies the content of a version into a new revision. */
    protected abstract void copyContent(P from, P to);

    /** Another version of the series is on its way already. */
    protected abstract Conflict openConflict(P version);

    /** Another decision on the series came first. */
    protected abstract Conflict changedConflict(P version);

    /** Serialises the creates of a series, where the series has a row to lock; none by default. */
    protected void lockSeries(P version) {
    }

    // -------------------------------------------------------------------------------------------- commands

    /** Replaces the content of a draft or returned version. */
    protected V updateContent(UUID id, ExpectedVersion expected, Predicate<P> inScope, Consumer<P> replaceContent) {
        P version = lockForChange(id, inScope);
        expected.check(version.version);
        version.requireEditable();
        replaceContent.accept(version);
        version.contentChanged(at());
        entityManager.flush();
        return view(version);
    }

    /** Submits a draft or returned version; {@code complete} refuses one that lacks what submitting needs. */
    protected V submitVersion(UUID id, ExpectedVersion expected, Predicate<P> inScope, Consumer<P> complete) {
        P version = lockForChange(id, inScope);
        expected.check(version.version);
        List<DomainEvent> events = version.submit(caller.username(), at());
        complete.accept(version);
        entityManager.flush();
        publish(events);
        return view(version);
    }

    /**
     * Puts a submitted version in force (superseding the series' earlier version in force) or returns it.
     *
     * @param outcome the decision, checked after the version is found and its version matched
     * @param note    the approver's reasons or comments, or {@code null}
     */
    protected V decideVersion(UUID id, ExpectedVersion expected, Predicate<P> inScope, Supplier<S> outcome, String note) {
        P version = lockForChange(id, inScope);
        expected.check(version.version);
        S decided = outcome.get();
        OffsetDateTime at = at();
        if (decided.isInForce() && version.status.canMoveTo(decided)) {
            othersInForce(version).forEach(earlier -> publish(earlier.supersede(at)));
            entityManager.flush();
        }
        List<DomainEvent> events = version.decide(decided, note, caller.username(), at,
                () -> inForceContent(version));
        flushDecision(version);
        publish(events);
        return view(version);
    }

    /**
     * A revision of the version in force: a new draft, a copy of it, that goes through approval again. Runs once
     * per Idempotency-Key.
     */
    protected Created<V> reviseVersion(UUID id, String idempotencyKey, String operation, Predicate<P> inScope) {
        P inForce = lockForChange(id, inScope);
        return createOnce.run(idempotencyKey, operation, Map.of(), this::replay, () -> {
            inForce.requireRevisable();
            lockSeries(inForce);
            if (openVersions(inForce) > 0) {
                throw openConflict(inForce);
            }
            P revision = versions().cast(inForce.revise(lastRevision(inForce) + 1, caller.username(), at()));
            persistNew(revision);
            copyContent(inForce, revision);
            entityManager.flush();
            return Created.made(view(revision), revision.id);
        });
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** How many versions the version's series has. */
    protected long versionsInSeries(P version) {
        return count(series(version));
    }

    /** The other versions of the series in force, locked (at most one: the one a decision supersedes). */
    protected List<P> othersInForce(P version) {
        Conditions others = series(version).and("p.status = :inForce", "inForce", kind().inForce())
                .and("p.id <> :id", "id", version.id);
        var query = entityManager.createQuery("select p from " + entity() + " p" + others.where(), versions());
        others.parameters().forEach(query::setParameter);
        return query.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** How many versions of the series are on their way. */
    protected long openVersions(P version) {
        return count(series(version).and("p.status in :open", "open", kind().open()));
    }

    /** The highest revision number of the series. */
    protected int lastRevision(P version) {
        Conditions series = series(version);
        var query = entityManager.createQuery("select max(p.revision) from " + entity() + " p" + series.where(),
                Integer.class);
        series.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private long count(Conditions conditions) {
        var query = entityManager.createQuery("select count(p) from " + entity() + " p" + conditions.where(),
                Long.class);
        conditions.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String entity() {
        return versions().getSimpleName();
    }

    /** One page of the versions that meet the conditions, newest first, and how many meet them. */
    protected Listed<P> listed(Conditions conditions, int page, int size) {
        var items = entityManager.createQuery("select p from " + entity() + " p" + conditions.where()
                + " order by p.createdAt desc, p.id", versions());
        conditions.parameters().forEach(items::setParameter);
        return new Listed<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), count(conditions));
    }

    /** A page of versions and the count of all that met the conditions. */
    protected record Listed<P>(List<P> items, long total) {
    }

    /** A version the caller may see; one outside the caller's scope is "not found". */
    protected P visible(UUID id, Predicate<P> inScope) {
        P version = entityManager.find(versions(), id);
        if (version == null || !inScope.test(version)) {
            throw new NotFound(kind().noun(), id);
        }
        return version;
    }

    /** Locks a version for a change; one outside the caller's scope is "not found". */
    protected P lockForChange(UUID id, Predicate<P> inScope) {
        P version = entityManager.find(versions(), id, LockModeType.PESSIMISTIC_WRITE);
        if (version == null || !inScope.test(version)) {
            throw new NotFound(kind().noun(), id);
        }
        return version;
    }

    /** The view of the version a repeated Idempotency-Key made first. */
    protected V replay(UUID id) {
        return view(visible(id, version -> true));
    }

    /** Stores a new version; should another create or revision of the series slip past the locks, it came first. */
    protected void persistNew(P version) {
        try {
            version.persist();
            entityManager.flush();
        } catch (PersistenceException e) {
            if (Causes.violatesConstraint(e, kind().oneOpenIndex())
                    || Causes.violatesConstraint(e, kind().revisionConstraint())) {
                throw openConflict(version);
            }
            throw e;
        }
    }

    protected void publish(List<DomainEvent> events) {
        events.forEach(outbox::record);
    }

    /** The unique indexes are the last word should two decisions ever slip past the locks. */
    private void flushDecision(P version) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (Causes.violatesConstraint(e, kind().oneInForceIndex())
                    || Causes.violatesConstraint(e, kind().oneOpenIndex())) {
                throw changedConflict(version);
            }
            throw e;
        }
    }

}
