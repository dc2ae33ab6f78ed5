package cn.gov.shandong.circular.acceptance.spotcheck;

import cn.gov.shandong.circular.acceptance.application.AcceptanceApplication;
import cn.gov.shandong.circular.acceptance.application.ApplicationStatus;
import cn.gov.shandong.circular.acceptance.expert.Expert;
import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.common.domain.InvalidReference;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectory;
import cn.gov.shandong.circular.common.parkdirectory.ParkDirectoryEntry;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.events.AcceptanceRevoked;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.RectificationConfirmed;
import cn.gov.shandong.circular.events.SpotCheckClosed;
import cn.gov.shandong.circular.events.SpotCheckDrawn;
import cn.gov.shandong.circular.events.SpotCheckFindingRecorded;
import cn.gov.shandong.circular.events.SpotCheckOutcome;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Provincial spot checks (抽查): drawing a round's sample, recording and resolving findings, revoking
 * filings, closing rounds. Each change, its scope check and its events on {@code acceptance.events} in one
 * transaction; rounds and applications are locked while they change.
 *
 * <p>Scope: the province and the read-only province-wide roles (auditor, integration) see every round;
 * an expert sees and acts on the rounds they are assigned to only (another round is "not found"); city
 * officers and park managers read the findings about parks in their scope.
 */
@ApplicationScoped
public class SpotChecks {

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    ParkDirectory parkDirectory;

    @Inject
    ProvinceClock clock;

    /** Draws a new round's sample from the filed applications that match its filter. */
    @Transactional
    public SpotCheckViews.Round draw(SpotCheckRequests.Draw request) {
        if ((request.sampleSize() == null) == (request.sampleRate() == null)) {
            throw RuleViolated.invalid("sampleSize", "Give either sampleSize or sampleRate");
        }
        List<String> experts = distinct(request.experts());
        if (experts.size() != request.experts().size()) {
            throw RuleViolated.invalid("experts", "An expert is named twice");
        }
        if (SpotCheckRound.findById(request.code(), LockModeType.PESSIMISTIC_WRITE) != null) {
            throw new Conflict("spot-check-exists", "Spot-check round " + request.code()
                    + " exists already; round codes are never reused");
        }
        List<ParkLevel> levels = distinct(nullToEmpty(request.levels()));
        List<String> cities = distinct(nullToEmpty(request.cityCodes()));
        List<Integer> years = distinct(nullToEmpty(request.filingYears()));

        List<AcceptanceApplication> population = population(levels, cities, years);
        if (population.isEmpty()) {
            throw new Conflict("empty-population", "No filed application matches the round's population "
                    + "filter; there is nothing to sample");
        }
        String seed = request.seed() != null ? request.seed() : SpotCheckSampling.newSeed();
        List<String> codes = population.stream().map(a -> a.parkCode).toList();
        int size = SpotCheckSampling.sampleSize(codes.size(), request.sampleSize(), request.sampleRate());
        List<String> sample = SpotCheckSampling.draw(codes, seed, size);

        SpotCheckRound round = new SpotCheckRound();
        round.code = request.code();
        round.name = request.name().strip();
        round.levels = levels.stream().map(Enum::name).toArray(String[]::new);
        round.cityCodes = cities.toArray(String[]::new);
        round.filingYears = years.toArray(Integer[]::new);
        round.sampleSize = request.sampleSize();
        round.sampleRate = request.sampleRate();
        round.seed = seed;
        round.status = RoundStatus.DRAWN;
        round.experts = new ArrayList<>(experts);
        round.createdBy = caller.username();
        round.createdAt = clock.nowUtc();
        try {
            round.persist();
            entityManager.flush();
        } catch (PersistenceException e) {
            // Two requests drawing the same code at once: the primary key is the last word.
            throw new Conflict("spot-check-exists", "Spot-check round " + request.code()
                    + " exists already; round codes are never reused");
        }
        List<PopulationEntry> entries = new ArrayList<>();
        for (AcceptanceApplication application : population) {
            PopulationEntry entry = new PopulationEntry();
            entry.roundCode = round.code;
            entry.parkCode = application.parkCode;
            entry.applicationId = application.id;
            entry.cityCode = application.cityCode;
            entry.level = application.level;
            entry.filedAt = application.filedAt;
            int position = sample.indexOf(application.parkCode);
            entry.drawPosition = position < 0 ? null : position + 1;
            entry.persist();
            entries.add(entry);
        }
        entityManager.flush();
        outbox.record(new SpotCheckDrawn(round.code, round.name, levels, cities, years, seed, codes, sample,
                experts));
        return view(round, entries);
    }

    /** The rounds the caller may see, newest first. */
    @Transactional
    public Page<SpotCheckViews.Round> list(RoundStatus status, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!seesEveryRound()) {
            where.add(":username member of r.experts");
            parameters.and("username", caller.username());
        }
        if (status != null) {
            where.add("r.status = :status");
            parameters.and("status", status);
        }
        var query = SpotCheckRound.find("from SpotCheckRound r" + (where.isEmpty() ? "" : " where "
                + String.join(" and ", where)), Sort.descending("r.createdAt").and("r.code"), parameters);
        List<SpotCheckRound> rounds = query.page(page, size).list();
        return new Page<>(rounds.stream().map(this::view).toList(), page, size, query.count());
    }

    /** One round, if the caller may see it. */
    @Transactional
    public SpotCheckViews.Round find(String code) {
        return view(visible(code, LockModeType.NONE));
    }

    /** The draw recomputed from the recorded population and seed. */
    @Transactional
    public SpotCheckViews.Verification verify(String code) {
        SpotCheckRound round = visible(code, LockModeType.NONE);
        List<PopulationEntry> population = population(round.code);
        List<String> recorded = population.stream().filter(PopulationEntry::sampled)
                .sorted(Comparator.comparing(e -> e.drawPosition)).map(e -> e.parkCode).toList();
        List<String> parks = population.stream().map(e -> e.parkCode).toList();
        List<String> recomputed = SpotCheckSampling.draw(parks, round.seed,
                SpotCheckSampling.sampleSize(parks.size(), round.sampleSize, round.sampleRate));
        List<SpotCheckViews.RankedPark> ranking = parks.stream()
                .map(p -> new SpotCheckViews.RankedPark(p, SpotCheckSampling.rank(round.seed, p)))
                .sorted(Comparator.comparing(SpotCheckViews.RankedPark::sha256).thenComparing(SpotCheckViews.RankedPark::parkCode))
                .toList();
        return new SpotCheckViews.Verification(round.code, SpotCheckSampling.ALGORITHM, round.seed, recorded.size(),
                ranking, recorded, recomputed, recorded.equals(recomputed));
    }

    /** Records what the spot check found about a sampled park; a revocation revokes the filing. */
    @Transactional
    public SpotCheckViews.Finding record(String code, SpotCheckRequests.Finding request) {
        SpotCheckRound round = actionable(code);
        FindingStatus outcome = FindingStatus.of(request.outcome());
        LocalDate deadline = deadline(outcome, request.rectificationDeadline());
        List<String> reasons = reasons(request.reasons());
        round.requireOpen();
        PopulationEntry sampled = PopulationEntry.findById(new PopulationEntry.Key(round.code, request.parkCode()));
        if (sampled == null || !sampled.sampled()) {
            throw new InvalidReference("parkCode", "Park " + request.parkCode()
                    + " is not in the sample of spot-check round " + round.code);
        }
        if (Expert.declaredConflict(caller.username(), sampled.parkCode)) {
            throw Expert.conflictOfInterest("parkCode", caller.username() + " declared a conflict of interest with park "
                    + sampled.parkCode + " (回避): another expert of round " + round.code + " or the province records its finding");
        }
        if (findingOf(round.code, sampled.parkCode, LockModeType.PESSIMISTIC_WRITE) != null) {
            throw new IllegalTransition("Park " + sampled.parkCode + " already has a finding in spot-check round "
                    + round.code + "; resolve that finding instead");
        }
        AcceptanceApplication application = lockFiled(sampled.applicationId);
        OffsetDateTime at = clock.nowUtc();
        if (outcome == FindingStatus.REVOKED) {
            application.revoke();
        }
        round.findingRecorded();
        SpotCheckFinding finding = SpotCheckFinding.record(sampled, outcome, reasons, deadline, caller.username(), at);
        finding.persist();
        entityManager.flush();
        outbox.record(new SpotCheckFindingRecorded(application.id, application.parkCode, application.cityCode,
                round.code, request.outcome(), reasons, deadline));
        if (outcome == FindingStatus.REVOKED) {
            outbox.record(revoked(application, reasons, round.code, at));
        }
        return SpotCheckViews.Finding.of(finding);
    }

    /** Ends a required rectification: confirmed (rectified) or revoked. */
    @Transactional
    public SpotCheckViews.Finding resolve(String code, String parkCode, SpotCheckRequests.Resolution request,
                                          ExpectedVersion expected) {
        if (request.outcome() == SpotCheckOutcome.RECTIFICATION_REQUIRED) {
            throw RuleViolated.invalid("outcome", "A rectification ends CONFIRMED or REVOKED");
        }
        SpotCheckRound round = actionable(code);
        SpotCheckFinding finding = findingOf(round.code, parkCode, LockModeType.PESSIMISTIC_WRITE);
        if (finding == null) {
            throw new NotFound("Finding about park", parkCode + " in spot-check round " + round.code);
        }
        expected.check(finding.version);
        round.requireOpen();
        FindingStatus next = FindingStatus.of(request.outcome());
        List<String> reasons = reasons(request.reasons());
        OffsetDateTime at = clock.nowUtc();
        finding.resolve(next, reasons, caller.username(), at);
        AcceptanceApplication application = lockFiled(finding.applicationId);
        if (next == FindingStatus.REVOKED) {
            application.revoke();
        }
        entityManager.flush();
        if (next == FindingStatus.REVOKED) {
            outbox.record(revoked(application, reasons, round.code, at));
        } else {
            outbox.record(new RectificationConfirmed(application.id, application.parkCode, application.cityCode,
                    round.code, reasons));
        }
        return SpotCheckViews.Finding.of(finding);
    }

    /** Closes a round whose every sampled park has a final finding (province only). */
    @Transactional
    public SpotCheckViews.Round close(String code, ExpectedVersion expected) {
        SpotCheckRound round = SpotCheckRound.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw new NotFound("Spot-check round", code);
        }
        expected.check(round.version);
        List<PopulationEntry> population = population(round.code);
        Map<String, SpotCheckFinding> findings = findings(round.code);
        long open = population.stream().filter(PopulationEntry::sampled)
                .filter(e -> findings.get(e.parkCode) == null || !findings.get(e.parkCode).status.isFinal()).count();
        if (open > 0 && RoundStatus.TABLE.allows(round.status, RoundStatus.CLOSED)) {
            throw new IllegalTransition("Spot-check round " + round.code + " has " + open
                    + " sampled parks without a final finding and cannot be closed");
        }
        round.close(caller.username(), clock.nowUtc());
        entityManager.flush();
        int confirmed = (int) findings.values().stream().filter(f -> f.status == FindingStatus.CONFIRMED).count();
        int revoked = (int) findings.values().stream().filter(f -> f.status == FindingStatus.REVOKED).count();
        outbox.record(new SpotCheckClosed(round.code, confirmed, revoked));
        return view(round, population);
    }

    /** Findings the caller may see, newest first, narrowed by the filters. */
    @Transactional
    public Page<SpotCheckViews.Finding> findings(String roundCode, String parkCode, String cityCode,
                                                 FindingStatus status, int page, int size) {
        caller.requireFilterInScope(cityCode, parkCode);
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        Caller.ScopeRestriction scope = caller.scopeRestriction("f.cityCode", "f.parkCode");
        scope.condition().ifPresent(where::add);
        scope.parameters().forEach(parameters::and);
        if (caller.hasRole(Roles.EXPERT) && !seesEveryRound()) {
            where.add("f.roundCode in (select r.code from SpotCheckRound r where :username member of r.experts)");
            parameters.and("username", caller.username());
        }
        if (roundCode != null) {
            where.add("f.roundCode = :roundCode");
            parameters.and("roundCode", roundCode);
        }
        if (parkCode != null) {
            where.add("f.parkCode = :parkCode");
            parameters.and("parkCode", parkCode);
        }
        if (cityCode != null) {
            where.add("f.cityCode = :cityCode");
            parameters.and("cityCode", cityCode);
        }
        if (status != null) {
            where.add("f.status = :status");
            parameters.and("status", status);
        }
        var query = SpotCheckFinding.find("from SpotCheckFinding f" + (where.isEmpty() ? "" : " where "
                + String.join(" and ", where)), Sort.descending("f.recordedAt").and("f.id"), parameters);
        List<SpotCheckFinding> findings = query.page(page, size).list();
        return new Page<>(findings.stream().map(SpotCheckViews.Finding::of).toList(), page, size, query.count());
    }

    // ----- rules -----

    /** Province-wide readers see every round; an expert only theirs. */
    private boolean seesEveryRound() {
        return caller.hasRole(Roles.PROVINCE_ADMIN) || caller.hasRole(Roles.AUDITOR) || caller.hasRole(Roles.INTEGRATION);
    }

    private SpotCheckRound visible(String code, LockModeType lock) {
        SpotCheckRound round = SpotCheckRound.findById(code, lock);
        if (round == null || !(seesEveryRound() || round.isAssigned(caller.username()))) {
            throw new NotFound("Spot-check round", code);
        }
        return round;
    }

    /** The round, locked, if the caller may record findings in it: the province or an assigned expert. */
    private SpotCheckRound actionable(String code) {
        SpotCheckRound round = SpotCheckRound.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (round == null || !(caller.hasRole(Roles.PROVINCE_ADMIN) || round.isAssigned(caller.username()))) {
            throw new NotFound("Spot-check round", code);
        }
        return round;
    }

    /** The filed applications matching the filter, by park code (one filed application per park at most). */
    private List<AcceptanceApplication> population(List<ParkLevel> levels, List<String> cities, List<Integer> years) {
        List<String> where = new ArrayList<>(List.of("status = :filed"));
        Parameters parameters = Parameters.with("filed", ApplicationStatus.FILED);
        if (!levels.isEmpty()) {
            where.add("level in :levels");
            parameters.and("levels", levels);
        }
        if (!cities.isEmpty()) {
            where.add("cityCode in :cities");
            parameters.and("cities", cities);
        }
        List<AcceptanceApplication> filed = AcceptanceApplication.list(String.join(" and ", where),
                Sort.ascending("parkCode"), parameters);
        Set<Integer> wanted = new HashSet<>(years);
        return filed.stream()
                .filter(a -> wanted.isEmpty() || wanted.contains(ProgrammeCalendar.yearOf(a.filedAt)))
                .toList();
    }

    private static List<PopulationEntry> population(String roundCode) {
        return PopulationEntry.list("roundCode", Sort.ascending("parkCode"), roundCode);
    }

    private static Map<String, SpotCheckFinding> findings(String roundCode) {
        return SpotCheckFinding.<SpotCheckFinding>list("roundCode", roundCode).stream()
                .collect(Collectors.toMap(f -> f.parkCode, Function.identity()));
    }

    private SpotCheckFinding findingOf(String roundCode, String parkCode, LockModeType lock) {
        return SpotCheckFinding.<SpotCheckFinding>find("roundCode = ?1 and parkCode = ?2", roundCode, parkCode)
                .withLock(lock).firstResult();
    }

    /** The sampled application, locked; a finding is about a filing that still stands. */
    private AcceptanceApplication lockFiled(UUID applicationId) {
        AcceptanceApplication application = AcceptanceApplication.findById(applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application.status != ApplicationStatus.FILED) {
            throw new IllegalTransition("Application " + application.id + " of park " + application.parkCode
                    + " is " + application.status + ", no longer a standing filing");
        }
        return application;
    }

    private LocalDate deadline(FindingStatus outcome, String text) {
        boolean given = text != null && !text.isBlank();
        if (outcome != FindingStatus.RECTIFICATION_REQUIRED) {
            if (given) {
                throw RuleViolated.invalid("rectificationDeadline", "A deadline belongs to RECTIFICATION_REQUIRED only");
            }
            return null;
        }
        if (!given) {
            throw RuleViolated.invalid("rectificationDeadline", "RECTIFICATION_REQUIRED needs a deadline (YYYY-MM-DD)");
        }
        LocalDate deadline;
        try {
            deadline = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolated.invalid("rectificationDeadline", "rectificationDeadline must be a date YYYY-MM-DD");
        }
        if (ProgrammeCalendar.rectificationOverdue(deadline, clock.today())) {
            throw RuleViolated.invalid("rectificationDeadline", "The deadline " + deadline + " is in the past");
        }
        return deadline;
    }

    private static List<String> reasons(List<String> given) {
        return given.stream().map(String::strip).toList();
    }

    private static AcceptanceRevoked revoked(AcceptanceApplication application, List<String> reasons, String round,
                                             OffsetDateTime at) {
        return new AcceptanceRevoked(application.id, application.parkCode, application.cityCode, application.level,
                at.toInstant(), reasons, round);
    }

    private SpotCheckViews.Round view(SpotCheckRound round) {
        return view(round, population(round.code));
    }

    private SpotCheckViews.Round view(SpotCheckRound round, List<PopulationEntry> population) {
        List<String> sampled = population.stream().filter(PopulationEntry::sampled).map(e -> e.parkCode).toList();
        Map<String, String> names = parkDirectory.findAll(sampled).entrySet().stream()
                .filter(e -> e.getValue().name != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name));
        return SpotCheckViews.Round.of(round, population, findings(round.code), names);
    }

    private static <T> List<T> distinct(List<T> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static <T> List<T> nullToEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
