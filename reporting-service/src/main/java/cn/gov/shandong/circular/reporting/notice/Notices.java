package cn.gov.shandong.circular.reporting.notice;

import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.common.domain.InvalidReference;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.idempotency.CreateOnce;
import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.events.NoticePublished;
import cn.gov.shandong.circular.events.NoticedPark;
import cn.gov.shandong.circular.reporting.overdue.OverdueParks;
import cn.gov.shandong.circular.reporting.overdue.OverduePark;
import cn.gov.shandong.circular.reporting.overdue.OverdueQuery;
import cn.gov.shandong.circular.reporting.progress.ProgressQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Notices (通报) on overdue parks (issue 9, item 3; decision 45): the province drafts one from the overdue list
 * of a programme year, edits the draft and publishes it. Each write locks the notice, checks its version and
 * the move ({@link NoticeStatus}) in one transaction; publication takes the year's next number in it.
 * Reads are scoped: drafts are the province-admin's; a published notice is seen by the province-wide roles,
 * by the officers of a named park's city and by a named park's manager.
 */
@ApplicationScoped
public class Notices {

    @Inject
    EntityManager entityManager;

    @Inject
    ProvinceClock clock;

    @Inject
    Caller caller;

    @Inject
    CreateOnce createOnce;

    @Inject
    OverdueParks overdue;

    @Inject
    OverdueQuery overdueQuery;

    @Inject
    ProgressQuery progress;

    @Inject
    NamedParkStates states;

    @Inject
    EventOutbox outbox;

    // ------------------------------------------------------------------------------------------ writes

    /** The province drafts a notice naming parks of the year's overdue list as of today (all of them by default). */
    @Transactional
    public Created<NoticeViews.Notice> draft(NoticeRequests.Draft request, String idempotencyKey) {
        return createOnce.run(idempotencyKey, "POST /api/v1/notices", request, first -> view(load(first)),
                () -> draftNotice(request));
    }

    private Created<NoticeViews.Notice> draftNotice(NoticeRequests.Draft request) {
        requireProgrammeYear(request.programmeCode(), request.year());
        LocalDate today = clock.today();
        List<OverduePark> named = chosen(request.programmeCode(), request.year(), request.parkCodes(), today);
        Notice notice = Notice.draft(request.programmeCode(), request.year(), request.title().strip(),
                request.text().strip(), today, caller.username(), clock.nowUtc());
        notice.persist();
        name(notice, named);
        entityManager.flush();
        return Created.made(view(notice), notice.id);
    }

    /** A draft's title and text, and (when given) its parks chosen again from today's overdue list. */
    @Transactional
    public NoticeViews.Notice edit(UUID id, NoticeRequests.Edit request, ExpectedVersion expected) {
        Notice notice = locked(id);
        expected.check(notice.version);
        if (!notice.status.canEdit()) {
            throw new IllegalTransition("Notice " + notice.number + " is published and final; draft a new notice instead");
        }
        if (request.parkCodes() != null) {
            LocalDate today = clock.today();
            List<OverduePark> named = chosen(notice.programmeCode, notice.year, request.parkCodes(), today);
            // A bulk delete runs at once: the new rows may take the same positions.
            NoticePark.delete("noticeId", notice.id);
            name(notice, named);
            notice.parksRetaken(today);
        }
        notice.edit(request.title().strip(), request.text().strip(), caller.username(), clock.nowUtc());
        entityManager.flush();
        return view(notice);
    }

    /** Publication: the year's next number, today's date, final from now on; announced by reporting.notice-published. */
    @Transactional
    public NoticeViews.Notice publish(UUID id, ExpectedVersion expected) {
        Notice notice = locked(id);
        expected.check(notice.version);
        if (!NoticeStatus.TABLE.allows(notice.status, NoticeStatus.PUBLISHED)) {
            throw new IllegalTransition("Notice " + notice.number + " is published already");
        }
        LocalDate today = clock.today();
        int year = today.getYear();
        int sequence = entityManager.unwrap(Session.class).doReturningWork(c -> NoticeNumbers.next(c, year));
        notice.publish(year, sequence, NoticeNumbers.format(year, sequence), today, caller.username(), clock.nowUtc());
        entityManager.flush();
        List<NoticedPark> named = parksOf(notice).stream()
                .map(p -> new NoticedPark(p.parkCode, p.cityCode, p.level, p.scheduledYear)).toList();
        outbox.record(new NoticePublished(notice.id, notice.number, notice.programmeCode, notice.year, notice.publishedOn,
                notice.title, named));
        return view(notice);
    }

    // ------------------------------------------------------------------------------------------- reads

    /** One notice, if the caller may see it (else "not found": we do not say that it exists). */
    @Transactional
    public NoticeViews.Notice find(UUID id) {
        Notice notice = Notice.findById(id);
        if (notice == null || !visible(notice)) {
            throw new NotFound("Notice", id);
        }
        return view(notice);
    }

    /** The notices the caller may see, narrowed by the filters: drafts first, then the newest publication first. */
    @Transactional
    public Page<NoticeViews.Notice> list(String programme, Integer year, NoticeStatus status, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!caller.hasRole(Roles.PROVINCE_ADMIN)) {
            where.append(" and n.status = :published");
            parameters.put("published", NoticeStatus.PUBLISHED);
        }
        // A city officer or park manager: the notices naming a park of theirs.
        var scope = caller.scopeRestriction("p.cityCode", "p.parkCode");
        scope.condition().ifPresent(condition -> where.append(
                " and exists (select 1 from NoticePark p where p.noticeId = n.id and ").append(condition).append(")"));
        parameters.putAll(scope.parameters());
        if (programme != null) {
            where.append(" and n.programmeCode = :programme");
            parameters.put("programme", programme);
        }
        if (year != null) {
            where.append(" and n.year = :year");
            parameters.put("year", year);
        }
        if (status != null) {
            where.append(" and n.status = :status");
            parameters.put("status", status);
        }
        var items = entityManager.createQuery("select n from Notice n" + where
                + " order by n.publishedAt desc nulls first, n.publicationYear desc, n.publicationSeq desc, n.draftedAt desc, n.id",
                Notice.class);
        var total = entityManager.createQuery("select count(n) from Notice n" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<Notice> notices = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(notices.stream().map(this::view).toList(), page, size, total.getSingleResult());
    }

    // ----------------------------------------------------------------------------------------- helpers

    /** The programme is known here and the year is one of its years (checked as the overdue list checks them). */
    private void requireProgrammeYear(String programme, int year) {
        Optional<ProgressQuery.Programme> definition = progress.programme(programme);
        if (definition.isEmpty() && !overdueQuery.hasSchedules(programme)) {
            throw new InvalidReference("programmeCode", "Programme " + programme + " is not known here");
        }
        definition.filter(p -> year < p.startYear() || year > p.endYear()).ifPresent(p -> {
            throw RuleViolated.invalid("year", "year " + year + " is outside programme " + p.code() + " ("
                    + p.startYear() + " to " + p.endYear() + ")");
        });
    }

    /**
     * The parks to name, in the overdue list's order (year, city, park): the whole list of the year as of
     * {@code day}, or the codes asked for, each of which must be on it.
     */
    private List<OverduePark> chosen(String programme, int year, List<String> codes, LocalDate day) {
        List<OverduePark> list = overdue.all(new OverdueParks.Question(programme, year, null, day));
        if (codes == null) {
            if (list.isEmpty()) {
                throw notOverdue("year", "No park of programme " + programme + " scheduled for " + year
                        + " is overdue as of " + day + "; there is nothing to give notice of");
            }
            if (list.size() > NoticeRequests.PARKS_MAX) {
                throw notOverdue("parkCodes", list.size() + " parks are overdue, more than the "
                        + NoticeRequests.PARKS_MAX + " one notice names; name them in parkCodes, in several notices");
            }
            List<String> unregistered = list.stream().filter(p -> p.cityCode() == null).map(OverduePark::parkCode).toList();
            if (!unregistered.isEmpty()) {
                throw notOverdue("parkCodes", "Park(s) " + String.join(", ", unregistered) + " are overdue "
                        + "but not registered yet (no city to notify): register them, or name the other parks in parkCodes");
            }
            return list;
        }
        Map<String, OverduePark> onList = list.stream()
                .collect(Collectors.toMap(OverduePark::parkCode, Function.identity(), (a, b) -> a));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).strip();
            if (!seen.add(code)) {
                throw RuleViolated.invalid("parkCodes[" + i + "]", "Park " + code + " is named twice");
            }
            if (!onList.containsKey(code)) {
                throw notOverdue("parkCodes[" + i + "]", "Park " + code + " is not on the overdue list of "
                        + programme + " for " + year + " as of " + day);
            }
            if (onList.get(code).cityCode() == null) {
                throw notOverdue("parkCodes[" + i + "]", "Park " + code + " is overdue but not registered "
                        + "yet: a notice names a park with its city");
            }
        }
        return list.stream().filter(p -> seen.contains(p.parkCode())).toList();
    }

    private void name(Notice notice, List<OverduePark> parks) {
        for (int i = 0; i < parks.size(); i++) {
            OverduePark o = parks.get(i);
            NoticePark park = new NoticePark();
            park.noticeId = notice.id;
            park.position = i;
            park.parkCode = o.parkCode();
            park.parkName = o.parkName();
            park.cityCode = o.cityCode();
            park.cityName = o.cityName();
            park.level = o.level();
            park.scheduledYear = o.year();
            park.statusAsOf = o.status();
            park.filedLateOn = o.filedLateOn();
            park.daysOverdue = o.daysOverdue();
            park.persist();
        }
    }

    /** Drafts are the province-admin's; a published notice the province-wide roles' and those of a named park. */
    private boolean visible(Notice notice) {
        if (caller.hasRole(Roles.PROVINCE_ADMIN)) {
            return true;
        }
        if (notice.status != NoticeStatus.PUBLISHED) {
            return false;
        }
        return caller.isProvinceWide() || parksOf(notice).stream().anyMatch(p -> caller.canSeePark(p.parkCode, p.cityCode));
    }

    private Notice locked(UUID id) {
        Notice notice = Notice.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (notice == null) {
            throw new NotFound("Notice", id);
        }
        return notice;
    }

    private Notice load(UUID id) {
        Notice notice = Notice.findById(id);
        if (notice == null) {
            throw new NotFound("Notice", id);
        }
        return notice;
    }

    private static List<NoticePark> parksOf(Notice notice) {
        return NoticePark.list("noticeId = ?1 order by position", notice.id);
    }

    private NoticeViews.Notice view(Notice notice) {
        List<NoticePark> parks = parksOf(notice);
        LocalDate today = clock.today();
        Map<String, NamedParkStates.Now> now = states.of(notice.programmeCode, parks.stream()
                .filter(p -> caller.canSeePark(p.parkCode, p.cityCode)).toList(), today);
        List<NoticeViews.NamedPark> named = new ArrayList<>();
        for (NoticePark p : parks) {
            NamedParkStates.Now state = now.get(p.parkCode);
            LocalDate filedLateOn = state == null ? null : state.filedLateOn();
            Boolean afterNotice = filedLateOn == null || notice.publishedOn == null ? null
                    : filedLateOn.isAfter(notice.publishedOn);
            named.add(new NoticeViews.NamedPark(p.parkCode, p.parkName, p.cityCode, p.cityName, p.level,
                    p.scheduledYear, p.statusAsOf, p.daysOverdue, p.filedLateOn, state == null ? null : state.state(),
                    filedLateOn, afterNotice));
        }
        return new NoticeViews.Notice(notice.id, notice.number, notice.status, notice.programmeCode, notice.year,
                notice.title, notice.text, notice.parksAsOf, notice.publishedOn, today, named, notice.version);
    }

    /** 422: a park to name is not on the overdue list of the notice's year today (or the list is empty). */
    private static RuleViolated notOverdue(String field, String detail) {
        return RuleViolated.notMet("not-overdue", "Not on the overdue list", field, detail);
    }

}
