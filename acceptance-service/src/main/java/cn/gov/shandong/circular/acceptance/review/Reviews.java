package cn.gov.shandong.circular.acceptance.review;

import cn.gov.shandong.circular.acceptance.application.AcceptanceApplication;
import cn.gov.shandong.circular.acceptance.application.AcceptanceApplications;
import cn.gov.shandong.circular.acceptance.application.ApplicationStatus;
import cn.gov.shandong.circular.acceptance.application.ApplicationView;
import cn.gov.shandong.circular.acceptance.expert.Expert;
import cn.gov.shandong.circular.acceptance.scoresheet.ScoreSheet;
import cn.gov.shandong.circular.acceptance.scoresheet.ScoreSheetView;
import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.common.domain.InvalidReference;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.OutOfScope;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.AcceptanceReviewed;
import cn.gov.shandong.circular.events.ExpertScored;
import cn.gov.shandong.circular.events.ReviewOpened;
import cn.gov.shandong.circular.events.ReviewOutcome;
import cn.gov.shandong.circular.events.ReviewPanelAssigned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The city's review (评审验收) under the 验收评价办法: opening it freezes the score sheet in force, the city
 * names an expert panel of the roster, each expert scores every criterion, and the city decides on the
 * panel's score. Each change locks the application, so that concurrent requests take turns, and records
 * its event in the same transaction.
 */
@ApplicationScoped
public class Reviews {

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    AcceptanceApplications applications;

    @Inject
    ProvinceClock clock;

    /** The city opens the review of a submitted application of its own city. */
    @Transactional
    public ReviewView open(UUID applicationId, ExpectedVersion expected) {
        AcceptanceApplication application = applications.lockForCity(applicationId);
        expected.check(application.version);
        ScoreSheet sheet = ScoreSheet.current();
        AcceptanceReview review = new AcceptanceReview();
        review.id = UUID.randomUUID();
        review.applicationId = application.id;
        review.round = (int) AcceptanceReview.count("applicationId", application.id) + 1;
        review.sheetVersion = sheet.version;
        review.status = AcceptanceReview.Status.OPEN;
        review.openedBy = caller.username();
        review.openedAt = clock.nowUtc();
        application.openReview(review.id);
        review.persist();
        entityManager.flush();
        outbox.record(new ReviewOpened(application.id, application.parkCode, application.cityCode, review.id,
                review.round, review.sheetVersion));
        return view(application, review);
    }

    /** The city names (or changes) the panel of the open review; experts dropped from it lose their scores. */
    @Transactional
    public ReviewView assignPanel(UUID applicationId, PanelRequest request, ExpectedVersion expected) {
        AcceptanceApplication application = applications.lockForCity(applicationId);
        AcceptanceReview review = openReviewOf(application);
        expected.check(review.version);
        List<String> experts = request.experts().stream().map(String::strip).toList();
        if (new LinkedHashSet<>(experts).size() != experts.size()) {
            throw RuleViolated.invalid("experts", "experts names an expert twice");
        }
        // The review's frozen sheet says how large its panel is (the request's own bounds are the widest any sheet sets).
        ScoreSheet sheet = ScoreSheet.findById(review.sheetVersion);
        if (!sheet.seatsPanelOf(experts.size())) {
            throw RuleViolated.invalid("experts", "A panel under score sheet " + sheet.version + " has " + sheet.panelMin
                    + " to " + sheet.panelMax + " experts, not " + experts.size());
        }
        for (int i = 0; i < experts.size(); i++) {
            Expert expert = Expert.findById(experts.get(i));
            if (expert == null || !expert.active) {
                throw new InvalidReference("experts[" + i + "]", experts.get(i)
                        + " is not an active expert of the roster (GET /api/v1/experts)");
            }
            if (expert.conflictParks.contains(application.parkCode)) {
                throw Expert.conflictOfInterest("experts[" + i + "]", experts.get(i) + " declared a conflict of interest with park "
                        + application.parkCode + " (回避) and may not sit on its panel");
            }
        }
        List<PanelMember> seated = PanelMember.list("key.reviewId", review.id);
        for (PanelMember member : seated) {
            if (!experts.contains(member.key.expert())) {
                ExpertScore.delete("key", member.key);
                member.delete();
            }
        }
        Set<String> already = seated.stream().map(m -> m.key.expert()).collect(Collectors.toSet());
        OffsetDateTime at = clock.nowUtc();
        for (int i = 0; i < experts.size(); i++) {
            PanelMember member = already.contains(experts.get(i))
                    ? PanelMember.findById(new PanelMember.Key(review.id, experts.get(i))) : new PanelMember();
            if (member.key == null) {
                member.key = new PanelMember.Key(review.id, experts.get(i));
                member.assignedBy = caller.username();
                member.assignedAt = at;
            }
            member.position = i;
            member.persist();
        }
        entityManager.lock(review, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        outbox.record(new ReviewPanelAssigned(application.id, application.parkCode, application.cityCode, review.id,
                experts));
        return view(application, review);
    }

    /** An expert of the panel scores every criterion of the frozen sheet (again, while the review is open). */
    @Transactional
    public ReviewView score(UUID applicationId, String expert, ScoringRequest request) {
        if (!caller.username().equals(expert)) {
            throw new OutOfScope("You may record your own scoring only (" + caller.username() + ")");
        }
        AcceptanceApplication application = applications.lockSeen(applicationId);
        AcceptanceReview review = application.currentReviewId == null ? null
                : AcceptanceReview.findById(application.currentReviewId);
        if (review == null || PanelMember.findById(new PanelMember.Key(review.id, expert)) == null) {
            // Not on this panel: as if the application did not exist (experts see only their assignments).
            throw new NotFound("Application", applicationId);
        }
        requireOpen(application, review);
        if (Expert.declaredConflict(expert, application.parkCode)) {
            throw Expert.conflictOfInterest("expert", expert + " declared a conflict of interest with park "
                    + application.parkCode + " (回避) after being seated: the city changes the panel");
        }
        ScoreSheet sheet = ScoreSheet.findById(review.sheetVersion);
        List<PanelScoring.Points> points = request.points().stream()
                .map(p -> new PanelScoring.Points(p.criterion().strip(), p.points())).toList();
        List<String> problems = PanelScoring.problems(sheet.criteria, points);
        if (!problems.isEmpty()) {
            throw RuleViolated.invalid("points", String.join("; ", problems));
        }
        Map<String, ScoringRequest.Points> byCriterion = request.points().stream()
                .collect(Collectors.toMap(p -> p.criterion().strip(), Function.identity()));
        ExpertScore score = ExpertScore.findById(new PanelMember.Key(review.id, expert));
        if (score == null) {
            score = new ExpertScore();
            score.key = new PanelMember.Key(review.id, expert);
        }
        // Stored in the sheet's order, whatever order they came in.
        score.points = sheet.criteria.stream().map(c -> {
            ScoringRequest.Points given = byCriterion.get(c.code());
            return new ExpertScore.CriterionPoints(c.code(), given.points(), blankToNull(given.comment()));
        }).toList();
        score.total = PanelScoring.total(points);
        score.comments = blankToNull(request.comments());
        score.scoredAt = clock.nowUtc();
        score.persist();
        entityManager.lock(review, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        outbox.record(new ExpertScored(application.id, application.parkCode, application.cityCode, review.id, expert,
                score.total));
        return view(application, review);
    }

    /**
     * The city decides. PASSED and FAILED need every panel expert's scoring (a panel of at least three);
     * PASSED needs the panel score at or above the frozen sheet's pass line; FAILED and RETURNED need reasons.
     */
    @Transactional
    public ApplicationView decide(UUID applicationId, ReviewOutcome outcome, String reasons, ExpectedVersion expected) {
        AcceptanceApplication application = applications.lockForCity(applicationId);
        expected.check(application.version);
        String why = blankToNull(reasons);
        if (outcome != ReviewOutcome.PASSED && why == null) {
            throw RuleViolated.invalid("reasons", "Reasons are required when the outcome is " + outcome);
        }
        AcceptanceReview review = application.status == ApplicationStatus.UNDER_REVIEW
                ? AcceptanceReview.findById(application.currentReviewId) : null;
        BigDecimal panelScore = null;
        String grade = null;
        Integer sheetVersion = null;
        if (outcome.scoreRequired()) {
            if (review == null) {
                throw new IllegalTransition("Application " + application.id + " is " + application.status
                        + ": open its review and have the panel score it before deciding " + outcome);
            }
            ScoreSheet sheet = ScoreSheet.findById(review.sheetVersion);
            List<Integer> totals = completeTotals(application, review, sheet);
            panelScore = PanelScoring.panelScore(totals).orElseThrow();
            grade = PanelScoring.grade(sheet.bands, panelScore);
            sheetVersion = sheet.version;
            if (outcome == ReviewOutcome.PASSED && !PanelScoring.reachesPassLine(panelScore, sheet.passLine)) {
                throw new Conflict("below-pass-line", "The panel score " + panelScore.toPlainString()
                        + " is below the pass line " + sheet.passLine.stripTrailingZeros().toPlainString()
                        + " of score sheet " + sheet.version + ": the application cannot pass");
            }
        }
        OffsetDateTime at = clock.nowUtc();
        application.decide(outcome, why, caller.username(), at);
        if (review != null) {
            review.status = AcceptanceReview.Status.DECIDED;
            review.outcome = outcome;
            review.reasons = why;
            review.panelScore = panelScore;
            review.grade = grade;
            review.decidedBy = caller.username();
            review.decidedAt = at;
        }
        entityManager.flush();
        outbox.record(new AcceptanceReviewed(application.id, application.parkCode, application.cityCode, outcome,
                panelScore == null ? null : panelScore.doubleValue(), why, grade, sheetVersion));
        return applications.view(application);
    }

    /** The province sent a passed application back: its review is open again for the city to decide anew. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopen(AcceptanceApplication application) {
        AcceptanceReview review = AcceptanceReview.findById(application.currentReviewId, LockModeType.PESSIMISTIC_WRITE);
        review.status = AcceptanceReview.Status.OPEN;
        review.outcome = null;
        review.reasons = null;
        review.panelScore = null;
        review.grade = null;
        review.decidedBy = null;
        review.decidedAt = null;
    }

    /** The current review of an application the caller may see (an expert: only as a panel member). */
    @Transactional
    public ReviewView find(UUID applicationId) {
        AcceptanceApplication application = applications.seen(applicationId);
        if (application.currentReviewId == null) {
            throw new NotFound("Review of application", applicationId);
        }
        return view(application, AcceptanceReview.findById(application.currentReviewId));
    }

    /** The panel score and grade of the review that decided the application, for its view. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AcceptanceReview> decidedReview(AcceptanceApplication application) {
        if (application.currentReviewId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(AcceptanceReview.<AcceptanceReview>findById(application.currentReviewId))
                .filter(r -> r.status == AcceptanceReview.Status.DECIDED);
    }

    private List<Integer> completeTotals(AcceptanceApplication application, AcceptanceReview review, ScoreSheet sheet) {
        List<PanelMember> panel = PanelMember.list("key.reviewId", review.id);
        if (!sheet.panelLargeEnough(panel.size())) {
            throw new Conflict("panel-incomplete", "The review has " + panel.size() + " experts; a panel has at least "
                    + sheet.panelMin);
        }
        // A conflict declared after the expert was seated: the panel must be changed before it can decide.
        List<String> conflicted = panel.stream().map(m -> m.key.expert())
                .filter(e -> Expert.declaredConflict(e, application.parkCode)).toList();
        if (!conflicted.isEmpty()) {
            throw new Conflict("conflict-of-interest", String.join(", ", conflicted) + " declared a conflict of"
                    + " interest with park " + application.parkCode + " (回避) after being seated: change the panel first");
        }
        List<ExpertScore> scores = ExpertScore.list("key.reviewId", review.id);
        Set<String> scored = scores.stream().map(s -> s.key.expert()).collect(Collectors.toSet());
        List<String> waiting = panel.stream().map(m -> m.key.expert()).filter(e -> !scored.contains(e)).toList();
        if (!waiting.isEmpty()) {
            throw new Conflict("panel-incomplete", "Not every panel expert has scored yet: waiting for "
                    + String.join(", ", waiting));
        }
        return scores.stream().map(s -> s.total).toList();
    }

    private AcceptanceReview openReviewOf(AcceptanceApplication application) {
        AcceptanceReview review = application.currentReviewId == null ? null
                : AcceptanceReview.findById(application.currentReviewId);
        if (review == null) {
            throw new IllegalTransition("Application " + application.id + " is " + application.status
                    + " and has no open review");
        }
        requireOpen(application, review);
        return review;
    }

    private static void requireOpen(AcceptanceApplication application, AcceptanceReview review) {
        if (application.status != ApplicationStatus.UNDER_REVIEW || review.status != AcceptanceReview.Status.OPEN) {
            throw new IllegalTransition("Application " + application.id + " is " + application.status
                    + ": its review is not open for the panel any more");
        }
    }

    private ReviewView view(AcceptanceApplication application, AcceptanceReview review) {
        ScoreSheet sheet = ScoreSheet.findById(review.sheetVersion);
        List<PanelMember> panel = PanelMember.list("key.reviewId = ?1 order by position", review.id);
        Map<String, ExpertScore> scores = ExpertScore.<ExpertScore>list("key.reviewId", review.id).stream()
                .collect(Collectors.toMap(s -> s.key.expert(), Function.identity()));
        boolean seesAll = caller.hasRole(Roles.CITY_OFFICER) || caller.hasRole(Roles.PROVINCE_ADMIN)
                || caller.hasRole(Roles.AUDITOR) || caller.hasRole(Roles.INTEGRATION);
        String me = caller.username();
        List<ReviewView.Seat> seats = new ArrayList<>();
        List<ReviewView.Scoring> visible = new ArrayList<>();
        for (PanelMember member : panel) {
            String expert = member.key.expert();
            ExpertScore score = scores.get(expert);
            boolean shown = seesAll || expert.equals(me);
            Expert entry = Expert.findById(expert);
            seats.add(new ReviewView.Seat(expert, entry == null ? null : entry.name, score != null,
                    score != null && shown ? score.total : null, score == null ? null : score.scoredAt));
            if (score != null && shown) {
                visible.add(new ReviewView.Scoring(expert, score.points.stream()
                        .map(p -> new ReviewView.Points(p.criterion(), p.points(), p.comment())).toList(),
                        score.total, score.comments, score.scoredAt));
            }
        }
        BigDecimal panelScore = review.panelScore;
        if (panelScore == null && sheet.panelLargeEnough(panel.size()) && scores.size() == panel.size()) {
            panelScore = PanelScoring.panelScore(scores.values().stream().map(s -> s.total).toList()).orElse(null);
        }
        String grade = panelScore == null ? null : PanelScoring.grade(sheet.bands, panelScore);
        return new ReviewView(review.id, application.id, application.parkCode, application.cityCode, review.round,
                review.status, ScoreSheetView.of(sheet, sheet.version == ScoreSheet.current().version), seats, visible,
                panelScore, grade, panelScore == null ? null : PanelScoring.reachesPassLine(panelScore, sheet.passLine),
                applications.view(application).achievements(), review.outcome, review.reasons, review.decidedBy,
                review.decidedAt, review.openedBy, review.openedAt, review.version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
