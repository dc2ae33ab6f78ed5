package cn.gov.shandong.circular.acceptance.scoresheet;

import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.events.ReviewPanelAssigned;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.ScoreSheetPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;

/** Score sheet versions: publishing one puts it in force for reviews opened from then on. */
@ApplicationScoped
public class ScoreSheets {

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    ProvinceClock clock;

    @Transactional
    public ScoreSheetView publish(ScoreSheetRequest request) {
        // Versions are numbered in order: lock the newest so two publications cannot take the same number.
        ScoreSheet newest = ScoreSheet.find("order by version desc").withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        int version = newest == null ? 1 : newest.version + 1;
        List<ScoreSheetPublished.Criterion> criteria = request.criteria().stream()
                .map(c -> new ScoreSheetPublished.Criterion(c.code(), c.name(), c.maxPoints())).toList();
        List<ScoreSheetPublished.Band> bands = request.bands().stream()
                .map(b -> new ScoreSheetPublished.Band(b.grade(), b.minScore().doubleValue())).toList();
        int total = criteria.stream().mapToInt(ScoreSheetPublished.Criterion::maxPoints).sum();
        ScoreSheetPublished published;
        try {
            published = new ScoreSheetPublished(version, request.name(), total, request.passLine().doubleValue(),
                    criteria, bands);
        } catch (IllegalArgumentException e) {
            // The event's rules are the sheet's rules (maxima add up, bands descend to 0, codes once).
            throw RuleViolated.invalid("criteria", e.getMessage().replace(ScoreSheetPublished.TYPE + " ", ""));
        }
        ScoreSheet sheet = new ScoreSheet();
        sheet.version = version;
        sheet.name = request.name();
        sheet.totalPoints = total;
        sheet.passLine = request.passLine();
        sheet.criteria = published.criteria();
        sheet.bands = published.bands();
        // The API does not take the panel's bounds (yet): a new version keeps those of the version it follows.
        sheet.panelMin = newest == null ? ReviewPanelAssigned.PANEL_MIN : newest.panelMin;
        sheet.panelMax = newest == null ? ReviewPanelAssigned.PANEL_MAX : newest.panelMax;
        sheet.publishedBy = caller.username();
        sheet.publishedAt = clock.nowUtc();
        sheet.persist();
        entityManager.flush();
        outbox.record(published);
        return ScoreSheetView.of(sheet, true);
    }

    @Transactional
    public List<ScoreSheetView> list() {
        List<ScoreSheet> sheets = ScoreSheet.list("order by version desc");
        return sheets.stream().map(s -> ScoreSheetView.of(s, s == sheets.get(0))).toList();
    }

    @Transactional
    public ScoreSheetView find(int version) {
        ScoreSheet sheet = ScoreSheet.findById(version);
        if (sheet == null) {
            throw new NotFound("Score sheet", version);
        }
        return ScoreSheetView.of(sheet, sheet.version == ScoreSheet.current().version);
    }

    @Transactional
    public ScoreSheetView current() {
        return ScoreSheetView.of(ScoreSheet.current(), true);
    }
}
