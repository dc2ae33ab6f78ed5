package cn.gov.shandong.circular.plans.approval;

import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.events.DomainEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One version of a document that goes through the {@link ApprovalStage} lifecycle: the columns every such table
 * has, and the transitions. A transition checks the move against {@link ApprovalStage#TABLE} (an
 * {@link IllegalTransition} otherwise), records who and when, and returns the events to publish; the service
 * loads the version with a lock, calls the transition and hands the events to the outbox.
 *
 * <p>A subclass is the workflow's table: its series key (the park and programme, the city and year), its
 * {@link ApprovalKind} and its events. It names the column of {@link #decisionNote} with
 * {@code @AttributeOverride}.
 *
 * @param <S> the workflow's status enum
 * @param <C> what the in-force event carries beside the version's own columns (its content)
 */
@MappedSuperclass
public abstract class ApprovalVersion<S extends Enum<S> & ApprovalState<S>, C> extends PanacheEntityBase {

    @Id
    public UUID id;

    /** 1 for the first version of the series, then 2, 3, ... */
    @Column(nullable = false, updatable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public S status;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** The in-force state or RETURNED: the latest decision on this version (a resubmitted version keeps the return). */
    @Column(name = "decision_outcome")
    public String decisionOutcome;

    /** The approver's reasons or comments (required to return a version); each table names its column. */
    @Column(name = "decision_note")
    public String decisionNote;

    /** Every change of the version or its content sets it, so the version (the ETag) moves on. */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    @Version
    public long version;

    /** The workflow this version belongs to. */
    protected abstract ApprovalKind<S> kind();

    /** The event of a submission. */
    protected abstract DomainEvent submitted();

    /** The event of the version coming into force, with its content. */
    protected abstract DomainEvent inForce(C content);

    /** The event of the version returned ({@link #decisionNote} holds the reasons). */
    protected abstract DomainEvent returned();

    /** A new draft in the same series (same park and programme, same city and year). */
    protected abstract ApprovalVersion<S, C> draftInSeries(int revision, String by, OffsetDateTime at);

    /** Makes this a new draft: the first version of a series or a revision. */
    protected void startDraft(int revision, String by, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.revision = revision;
        this.status = kind().state(ApprovalStage.DRAFT);
        this.createdBy = by;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Refuses a change of content unless the version is a draft or returned. */
    public void requireEditable() {
        if (!status.isEditable()) {
            throw new IllegalTransition(kind().noun() + " " + id + " is " + status + " and cannot be edited"
                    + (status.isInForce() ? "; " + kind().afterInForce() : ""));
        }
    }

    /** The content changed: the version's ETag moves on. */
    public void contentChanged(OffsetDateTime at) {
        requireEditable();
        updatedAt = at;
    }

    /** The author submits a draft or returned version to the approver. */
    public List<DomainEvent> submit(String by, OffsetDateTime at) {
        moveTo(ApprovalStage.SUBMITTED);
        submittedBy = by;
        submittedAt = at;
        updatedAt = at;
        return List.of(submitted());
    }

    /**
     * The approver puts a submitted version in force or returns it.
     *
     * @param outcome the in-force state or the returned one
     * @param content what the in-force event carries, asked for once the move is allowed (not when returned)
     */
    public List<DomainEvent> decide(S outcome, String note, String by, OffsetDateTime at, Supplier<C> content) {
        if (!outcome.isInForce() && outcome.stage() != ApprovalStage.RETURNED) {
            throw new IllegalArgumentException("a decision puts a version in force or returns it, not " + outcome);
        }
        moveTo(outcome.stage());
        decisionOutcome = outcome.name();
        decisionNote = note;
        decidedBy = by;
        decidedAt = at;
        updatedAt = at;
        return List.of(outcome.isInForce() ? inForce(content.get()) : returned());
    }

    /** A later version of the series came into force. */
    public List<DomainEvent> supersede(OffsetDateTime at) {
        moveTo(ApprovalStage.SUPERSEDED);
        supersededAt = at;
        updatedAt = at;
        return List.of();
    }

    /** Refuses a revision unless this is the version in force. */
    public void requireRevisable() {
        if (!status.isInForce()) {
            throw new IllegalTransition(kind().noun() + " " + id + " is " + status + "; " + kind().revisableOnly());
        }
    }

    /**
     * A revision of the version in force: a new draft of the series, numbered {@code revision}, that goes through
     * approval again (the caller copies the content); this version stays in force until the draft comes into force.
     */
    public ApprovalVersion<S, C> revise(int revision, String by, OffsetDateTime at) {
        requireRevisable();
        return draftInSeries(revision, by, at);
    }

    private void moveTo(ApprovalStage stage) {
        S next = kind().state(stage);
        ApprovalStage.TABLE.move(status.stage(), stage, () -> kind().noun() + " " + id + " is " + status
                + " and cannot be " + next.name().toLowerCase(Locale.ROOT) + " (that would make it " + next + ")");
        status = next;
    }
}
