package cn.gov.shandong.circular.plans.programme;

import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.idempotency.CreateOnce;
import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.events.ProgrammeDefined;
import cn.gov.shandong.circular.events.ProgrammeStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The province's programmes as data: created as drafts, changed while drafts, then activated and
 * closed. Every write publishes the programme's whole definition ({@code plan.programme-defined}) in
 * the same transaction, so reporting measures each programme against its own goal shares.
 */
@ApplicationScoped
public class Programmes {

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    @Inject
    CreateOnce createOnce;

    @Inject
    ProvinceClock clock;


    // ------------------------------------------------------------------------------------------- reads

    /** The programmes, oldest first (by start year, then code). */
    @Transactional
    public Page<ProgrammeView> list(int page, int size) {
        PanacheQuery<Programme> query = Programme.findAll(Sort.by("startYear").and("code"))
                .page(io.quarkus.panache.common.Page.of(page, size));
        return new Page<>(query.<Programme>list().stream().map(ProgrammeView::of).toList(), page, size, query.count());
    }

    /** One programme; not found when there is none with this code. */
    @Transactional
    public ProgrammeView find(String code) {
        return ProgrammeView.of(Programme.existing(code));
    }

    // ------------------------------------------------------------------------------------------ writes

    /** Creates a draft programme. */
    @Transactional
    public Created<ProgrammeView> create(ProgrammeRequests.Create request, String idempotencyKey) {
        // The key's resource id names the programme it created (ids are UUIDs, programme codes are not).
        return createOnce.run(idempotencyKey, "POST /api/v1/programmes", request,
                first -> ProgrammeView.of(Programme.existing(request.code())), () -> createDraft(request));
    }

    private Created<ProgrammeView> createDraft(ProgrammeRequests.Create request) {
        checkYears(request.definition());
        if (Programme.findById(request.code()) != null) {
            throw new Conflict("programme-exists", "Programme " + request.code()
                    + " exists already; codes are never reused");
        }
        Programme programme = new Programme();
        programme.code = request.code();
        programme.status = ProgrammeStatus.DRAFT;
        apply(programme, request.definition());
        programme.updatedAt = clock.nowUtc();
        programme.persist();
        entityManager.flush();
        publish(programme);
        return Created.made(ProgrammeView.of(programme), resourceId(programme.code));
    }

    /** Replaces what a draft says; a programme in force keeps its text and goals. */
    @Transactional
    public ProgrammeView change(String code, ProgrammeRequests.Definition definition, ExpectedVersion expected) {
        Programme programme = lockForChange(code, expected);
        if (programme.status != ProgrammeStatus.DRAFT) {
            throw new IllegalTransition("Programme " + code + " is " + programme.status
                    + "; only a draft's text, years and goals may change");
        }
        checkYears(definition);
        Long outside = entityManager.createQuery("select count(s) from ScheduledCompletion s "
                        + "where s.programmeCode = :code and (s.year < :first or s.year > :last)", Long.class)
                .setParameter("code", code)
                .setParameter("first", definition.startYear())
                .setParameter("last", definition.endYear())
                .getSingleResult();
        if (outside > 0) {
            throw new Conflict("schedules-outside-years", outside + " park(s) of programme " + code
                    + " are scheduled outside " + definition.startYear() + "-" + definition.endYear()
                    + "; reschedule them first");
        }
        apply(programme, definition);
        return written(programme);
    }

    /** Moves the programme on: a draft comes into force, a programme in force closes. */
    @Transactional
    public ProgrammeView move(String code, ProgrammeStatus next, ExpectedVersion expected) {
        Programme programme = lockForChange(code, expected);
        if (!programme.status.canBecome(next)) {
            throw new IllegalTransition("Programme " + code + " is " + programme.status + " and cannot become " + next);
        }
        programme.status = next;
        return written(programme);
    }

    private ProgrammeView written(Programme programme) {
        programme.updatedAt = clock.nowUtc();
        entityManager.flush();
        publish(programme);
        return ProgrammeView.of(programme);
    }

    private Programme lockForChange(String code, ExpectedVersion expected) {
        Programme programme = entityManager.find(Programme.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new NotFound("programme", code);
        }
        expected.check(programme.version);
        return programme;
    }

    private static void checkYears(ProgrammeRequests.Definition definition) {
        if (definition.startYear() > definition.endYear()) {
            throw RuleViolated.invalid("definition.endYear", "endYear " + definition.endYear()
                    + " is before startYear " + definition.startYear());
        }
    }

    private static void apply(Programme programme, ProgrammeRequests.Definition definition) {
        programme.name = definition.name().strip();
        programme.documentNumber = definition.document().strip();
        programme.startYear = definition.startYear();
        programme.endYear = definition.endYear();
        programme.nationalGoalShare = definition.goals().nationalShare();
        programme.provincialGoalShare = definition.goals().provincialShare();
        programme.goalStatement = definition.goalStatement() == null || definition.goalStatement().isBlank()
                ? null : definition.goalStatement().strip();
    }

    private void publish(Programme programme) {
        outbox.record(new ProgrammeDefined(programme.code, programme.name, programme.documentNumber,
                programme.startYear, programme.endYear, programme.nationalGoalShare, programme.provincialGoalShare,
                programme.goalStatement, programme.status));
    }

    private static UUID resourceId(String code) {
        return UUID.nameUUIDFromBytes(("programme:" + code).getBytes(StandardCharsets.UTF_8));
    }
}
