package cn.gov.shandong.circular.reporting.annualreport;

import cn.gov.shandong.circular.common.cities.CitySuccessions;
import cn.gov.shandong.circular.common.cities.Successions;
import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.OutOfScope;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.domain.StaleVersion;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.AnnualReportFigure;
import cn.gov.shandong.circular.events.AnnualReportReturned;
import cn.gov.shandong.circular.events.AnnualReportSubmitted;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportViews.Figures;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportViews.Report;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportViews.StatusItem;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportViews.StatusList;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportViews.Summary;
import cn.gov.shandong.circular.reporting.cities.ProvinceCities;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * City annual reports (issue 9, item 4; decision 46): a city officer drafts and submits their city's report for a
 * year, the province returns a submitted one for revision, the province-wide readers see every city's status.
 * Each write is one transaction on the report's locked row; the table's checks (V8) hold the same rules.
 */
@ApplicationScoped
public class AnnualReports {

    /** The years a report may be written for: those the events allow (platform-events' ParkScheduled). */
    public static final int YEAR_MIN = cn.gov.shandong.circular.events.ParkScheduled.YEAR_MIN;
    public static final int YEAR_MAX = cn.gov.shandong.circular.events.ParkScheduled.YEAR_MAX;

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    ProvinceClock clock;

    @Inject
    CitySuccessions successions;

    @Inject
    ProvinceCities cities;

    @Inject
    AnnualReportFigures figures;

    @Inject
    ObjectMapper json;

    @Inject
    EventOutbox outbox;

    /** One city's report for a year, as the caller may see it; MISSING (with live figures) when none is saved. */
    @Transactional
    public Report find(String cityCode, int year) {
        String cityName = readableCity(cityCode, year);
        return view(cityName, cityCode, year, load(cityCode, year, false));
    }

    /** Saves the texts of the caller's city's report for the year, creating the draft on the first save. */
    @Transactional
    public Report save(String cityCode, int year, AnnualReportRequests.Content content, ExpectedVersion expected) {
        String cityName = writableCity(cityCode, year);
        if (!ProgrammeCalendar.yearBegun(year, clock.today())) {
            throw new Conflict("year-not-begun", "The report for " + year + " can be written from 1 January "
                    + year + " on (Asia/Shanghai)");
        }
        AnnualReport report = load(cityCode, year, true);
        OffsetDateTime now = clock.nowUtc();
        if (report == null) {
            if (!expected.isAny()) {
                throw new StaleVersion("There is no report of " + cityCode + " for " + year + " yet: If-Match "
                        + expected.asSent() + " names no version");
            }
            report = new AnnualReport();
            report.id = UUID.randomUUID();
            report.cityCode = cityCode;
            report.year = year;
            report.status = AnnualReportStatus.DRAFT;
            report.createdAt = now;
            report.createdBy = caller.username();
            report.version = 0;
        } else {
            if (!report.status.editable()) {
                throw new IllegalTransition("The report of " + cityCode + " for " + year + " is " + report.status
                        + ": it is frozen until the province returns it");
            }
            expected.check(report.version);
            report.version++;
        }
        report.progress = content.progress();
        report.problems = content.problems();
        report.suggestions = content.suggestions();
        report.updatedAt = now;
        report.updatedBy = caller.username();
        if (!entityManager.contains(report)) {
            entityManager.persist(report);
        }
        entityManager.flush();
        return view(cityName, cityCode, year, report);
    }

    /**
     * Submits the caller's city's report: the figures are computed as of the end of 31 December and frozen, the
     * submission is kept, and the first submission decides whether the report came in time.
     */
    @Transactional
    public Report submit(String cityCode, int year, ExpectedVersion expected) {
        String cityName = writableCity(cityCode, year);
        AnnualReport report = require(cityCode, year);
        AnnualReportStatus submitted = AnnualReportStatus.TABLE.move(report.status, AnnualReportStatus.SUBMITTED,
                () -> "The report of " + cityCode + " for " + year + " is " + report.status
                        + " already; the province may return it for revision");
        expected.check(report.version);
        Instant now = clock.now();
        if (!ProgrammeCalendar.yearOver(year, now)) {
            throw new Conflict("year-not-ended", "The report for " + year + " can be submitted from 1 January "
                    + (year + 1) + " on (Asia/Shanghai), when the year's figures are final");
        }
        if (report.progress == null || report.progress.isBlank()) {
            throw incomplete("progress (进展情况) is empty: write the year's progress before submitting");
        }
        Figures counted = figures.of(cityCode, year);
        String frozen = write(counted);
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        if (report.firstSubmittedAt == null) {
            report.firstSubmittedAt = at;
            report.daysLate = ProgrammeCalendar.annualReportDaysLate(year, now);
        }
        report.status = submitted;
        report.figures = frozen;
        report.submittedAt = at;
        report.submittedBy = caller.username();
        report.submissions++;
        report.updatedAt = at;
        report.updatedBy = caller.username();
        report.version++;

        AnnualReportSubmission submission = new AnnualReportSubmission();
        submission.reportId = report.id;
        submission.number = report.submissions;
        submission.submittedAt = at;
        submission.submittedBy = caller.username();
        submission.daysLate = ProgrammeCalendar.annualReportDaysLate(year, now);
        submission.progress = report.progress;
        submission.problems = report.problems;
        submission.suggestions = report.suggestions;
        submission.figures = frozen;
        entityManager.persist(submission);
        // Announced in the same transaction (decision 46): the figures as frozen, the lateness of the first.
        outbox.record(new AnnualReportSubmitted(cityCode, year, report.submissions, now, report.daysLate,
                lines(counted)));
        entityManager.flush();
        return view(cityName, cityCode, year, report);
    }

    /** The province sends a submitted report back to the city for revision, with its reasons. */
    @Transactional
    public Report returnForRevision(String cityCode, int year, AnnualReportRequests.Return request,
                                    ExpectedVersion expected) {
        String cityName = readableCity(cityCode, year);
        AnnualReport report = require(cityCode, year);
        AnnualReportStatus returned = AnnualReportStatus.TABLE.move(report.status, AnnualReportStatus.RETURNED,
                () -> "The report of " + cityCode + " for " + year + " is " + report.status
                        + "; only a submitted report can be returned");
        expected.check(report.version);
        OffsetDateTime at = clock.nowUtc();
        String reasons = write(List.copyOf(request.reasons()));
        report.status = returned;
        report.returnedAt = at;
        report.returnedBy = caller.username();
        report.returnReasons = reasons;
        report.updatedAt = at;
        report.updatedBy = caller.username();
        report.version++;
        AnnualReportSubmission submission = entityManager.find(AnnualReportSubmission.class,
                new AnnualReportSubmission.Key(report.id, report.submissions), LockModeType.PESSIMISTIC_WRITE);
        submission.returnedAt = at;
        submission.returnedBy = caller.username();
        submission.returnReasons = reasons;
        outbox.record(new AnnualReportReturned(cityCode, year, report.submissions, at.toInstant(),
                List.copyOf(request.reasons())));
        entityManager.flush();
        return view(cityName, cityCode, year, report);
    }

    /** Every city that owes a report for the year and the caller may see, by city code, with its status. */
    @Transactional
    public StatusList statuses(int year) {
        LocalDate today = clock.today();
        Map<String, AnnualReport> reports = new LinkedHashMap<>();
        entityManager.createQuery("from AnnualReport r where r.year = :year", AnnualReport.class)
                .setParameter("year", year).getResultList().forEach(r -> reports.put(r.cityCode, r));
        List<StatusItem> items = new ArrayList<>();
        int missing = 0;
        int draft = 0;
        int submitted = 0;
        int late = 0;
        int returned = 0;
        int overdue = 0;
        for (Map.Entry<String, String> city : citiesOwing(year).entrySet()) {
            if (!caller.canSeeCity(city.getKey())) {
                continue;
            }
            StatusItem item = item(city.getKey(), city.getValue(), year, reports.get(city.getKey()), today);
            items.add(item);
            switch (item.status()) {
                case "MISSING" -> missing++;
                case "DRAFT" -> draft++;
                case "SUBMITTED" -> submitted++;
                default -> returned++;
            }
            late += item.daysLate() != null && item.daysLate() > 0 ? 1 : 0;
            overdue += item.overdue() ? 1 : 0;
        }
        return new StatusList(year, ProgrammeCalendar.annualReportDueOn(year), today,
                new Summary(items.size(), missing, draft, submitted, late, returned, overdue), items);
    }

    private static StatusItem item(String cityCode, String cityName, int year, AnnualReport r, LocalDate today) {
        if (r == null) {
            return new StatusItem(cityCode, cityName, "MISSING", ProgrammeCalendar.annualReportOverdue(year, today),
                    null, null, null, null, 0, null, null);
        }
        return new StatusItem(cityCode, cityName, r.status.name(),
                r.status == AnnualReportStatus.DRAFT && ProgrammeCalendar.annualReportOverdue(year, today),
                r.firstSubmittedAt, r.submittedAt, r.daysLate == null ? null : r.daysLate == 0, r.daysLate,
                r.submissions, r.returnedAt, r.version);
    }

    /**
     * The cities that owe a report for the year, code to name: the province's cities as parks-service names them
     * ({@link ProvinceCities}) not abolished by the year's end (a city abolished later reports for its last year; its
     * successor's officers act for it).
     */
    Map<String, String> citiesOwing(int year) {
        Successions known = successions.successions();
        Map<String, String> owing = new LinkedHashMap<>();
        for (ProvinceCities.City city : cities.all()) {
            if (owes(known, city.code(), year)) {
                owing.put(city.code(), city.name());
            }
        }
        return owing;
    }

    /** Does the city owe a report for the year: it was not abolished by the year's end? Pure. */
    static boolean owes(Successions successions, String cityCode, int year) {
        return cityCode.equals(successions.holder(cityCode, ProgrammeCalendar.annualReportFiguresAsOf(year)));
    }

    /** The city's name when the caller may read its report for the year: 403 outside the scope, 404 if none is owed. */
    private String readableCity(String cityCode, int year) {
        if (!caller.canSeeCity(cityCode)) {
            throw new OutOfScope("City " + cityCode + " is outside your scope; you may see your own city's reports only");
        }
        return owing(cityCode, year);
    }

    /** As {@link #readableCity}, for a write: the caller must be an officer acting for the city. */
    private String writableCity(String cityCode, int year) {
        if (!caller.actsForCity(cityCode)) {
            throw new OutOfScope("City " + cityCode + " is outside your scope; you may write your own city's report only");
        }
        return owing(cityCode, year);
    }

    private String owing(String cityCode, int year) {
        String name = citiesOwing(year).get(cityCode);
        if (name == null) {
            throw new NotFound("Annual report", cityCode + "/" + year + " (the city owes no report for the year)");
        }
        return name;
    }

    private AnnualReport load(String cityCode, int year, boolean lock) {
        List<AnnualReport> found = entityManager.createQuery(
                        "from AnnualReport r where r.cityCode = :city and r.year = :year", AnnualReport.class)
                .setParameter("city", cityCode).setParameter("year", year)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private AnnualReport require(String cityCode, int year) {
        AnnualReport report = load(cityCode, year, true);
        if (report == null) {
            throw new NotFound("Annual report", cityCode + "/" + year);
        }
        return report;
    }

    private Report view(String cityName, String cityCode, int year, AnnualReport r) {
        LocalDate today = clock.today();
        if (r == null) {
            return new Report(cityCode, cityName, year, "MISSING", ProgrammeCalendar.annualReportDueOn(year),
                    ProgrammeCalendar.annualReportOverdue(year, today), null, null, null, figures.of(cityCode, year), false,
                    null, null, null, null, null, 0, null, null, null, null);
        }
        boolean frozen = r.status == AnnualReportStatus.SUBMITTED;
        return new Report(cityCode, cityName, year, r.status.name(), ProgrammeCalendar.annualReportDueOn(year),
                r.status == AnnualReportStatus.DRAFT && ProgrammeCalendar.annualReportOverdue(year, today),
                r.progress, r.problems, r.suggestions,
                frozen ? read(r.figures, Figures.class) : figures.of(cityCode, year), frozen,
                r.submittedAt, r.submittedBy, r.firstSubmittedAt, r.daysLate == null ? null : r.daysLate == 0,
                r.daysLate, r.submissions, r.returnedAt, r.returnedBy,
                r.returnReasons == null ? null : read(r.returnReasons, new TypeReference<List<String>>() { }),
                r.version);
    }

    /** The figures as the event's lines: per programme, its three levels. */
    private static List<AnnualReportFigure> lines(Figures figures) {
        List<AnnualReportFigure> lines = new ArrayList<>();
        for (AnnualReportViews.ProgrammeFigures programme : figures.programmes()) {
            for (AnnualReportViews.LevelFigures level : programme.levels()) {
                lines.add(new AnnualReportFigure(programme.programmeCode(), level.level(), (int) level.plannedInYear(),
                        (int) level.completedInYear(), (int) level.plannedCumulative(),
                        (int) level.completedCumulative(), (int) level.overdue()));
            }
        }
        return lines;
    }

    private static RuleViolated incomplete(String detail) {
        return RuleViolated.notMet("incomplete-annual-report", "The report is incomplete", "progress", detail);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }
}
