package cn.gov.shandong.circular.plans.implementation;

import cn.gov.shandong.circular.events.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules of an implementation plan's content, as plain code (no Quarkus): what is refused, with the
 * field path of each refusal, and what is only a warning. The service turns refusals into problem+json.
 */
public final class PlanRules {

    /** 投资项目统一代码 (GB/T 40058): year, 6-digit division, 2-digit industry, 2-digit type, 6-digit serial. */
    public static final String NATIONAL_CODE = "^[0-9]{4}-[0-9]{6}-[0-9]{2}-[0-9]{2}-[0-9]{6}$";
    private static final Pattern NATIONAL_CODE_PATTERN = Pattern.compile(NATIONAL_CODE);
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal VALUE_MAX = new BigDecimal(PlanRequests.VALUE_MAX);
    private static final BigDecimal AMOUNT_MAX = new BigDecimal(PlanRequests.AMOUNT_MAX);
    private static final int VALUE_DECIMALS = 4;
    private static final int AMOUNT_DECIMALS = 2;

    private PlanRules() {
    }

    /** A refusal or a warning, with the path of the field it is about (e.g. {@code indicators[2].target.value}). */
    public record Violation(String field, String message) {
    }

    /** One indicator's baseline and target, checked. */
    public record Target(Indicator indicator, int baselineYear, BigDecimal baselineValue, int targetYear,
                         BigDecimal targetValue) {
    }

    /** Where a project's money comes from, in 万元 (each at least 0; their sum is the total investment). */
    public record Funding(BigDecimal enterprise, BigDecimal centralBudget, BigDecimal provincialSpecialFunds,
                          BigDecimal bankCredit, BigDecimal other) {

        public BigDecimal sum() {
            return enterprise.add(centralBudget).add(provincialSpecialFunds).add(bankCredit).add(other);
        }
    }

    /** One project, checked; {@code id} is null for a project new in this version. */
    public record Project(UUID id, String name, ProjectKind kind, BigDecimal totalInvestment, Funding funding,
                          LocalDate startDate, LocalDate endDate, String nationalCode, ProjectStatus status) {
    }

    /** A plan version's content, checked. */
    public record Content(List<Target> targets, List<Project> projects) {
    }

    /** One progress report, checked. */
    public record ProgressReport(LocalDate reportedOn, BigDecimal percentComplete, BigDecimal investmentToDate,
                                 String note) {
    }

    /** What checking found: the value when {@code refusals} is empty. */
    public record Checked<T>(T value, List<Violation> refusals) {

        public boolean ok() {
            return refusals.isEmpty();
        }
    }

    /**
     * Checks a version's content. Years lie in 2000-2100; a target year within the programme's years;
     * a baseline year not after the target year; percentages in 0-100 and other values at least 0;
     * each indicator at most once; a project's funding sources add up to its total investment; its end
     * date not before its start date; a national project code of the GB/T 40058 shape.
     */
    public static Checked<Content> content(List<PlanRequests.IndicatorTarget> indicators,
                                           List<PlanRequests.Project> projects, int programmeStart, int programmeEnd) {
        List<Violation> refusals = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<PlanRequests.IndicatorTarget> givenTargets = PlanRequests.orEmpty(indicators);
        List<PlanRequests.Project> givenProjects = PlanRequests.orEmpty(projects);
        if (givenTargets.size() > PlanRequests.INDICATORS_MAX) {
            refusals.add(new Violation("indicators", "at most " + PlanRequests.INDICATORS_MAX + " indicators"));
        }
        if (givenProjects.size() > PlanRequests.PROJECTS_MAX) {
            refusals.add(new Violation("projects", "at most " + PlanRequests.PROJECTS_MAX + " projects"));
        }
        if (!refusals.isEmpty()) {
            return new Checked<>(null, refusals);
        }
        Set<Indicator> seen = EnumSet.noneOf(Indicator.class);
        for (int i = 0; i < givenTargets.size(); i++) {
            Target target = target(givenTargets.get(i), "indicators[" + i + "]", programmeStart, programmeEnd, refusals);
            if (target != null && !seen.add(target.indicator())) {
                refusals.add(new Violation("indicators[" + i + "].code", target.indicator() + " is given twice"));
            } else if (target != null) {
                targets.add(target);
            }
        }
        List<Project> checkedProjects = new ArrayList<>();
        Set<UUID> ids = new java.util.HashSet<>();
        for (int i = 0; i < givenProjects.size(); i++) {
            Project project = project(givenProjects.get(i), "projects[" + i + "]", refusals);
            if (project != null && project.id() != null && !ids.add(project.id())) {
                refusals.add(new Violation("projects[" + i + "].id", "project " + project.id() + " is given twice"));
            } else if (project != null) {
                checkedProjects.add(project);
            }
        }
        return refusals.isEmpty() ? new Checked<>(new Content(List.copyOf(targets), List.copyOf(checkedProjects)), List.of())
                : new Checked<>(null, List.copyOf(refusals));
    }

    /** Targets that go the wrong way (a "lower is better" indicator whose target exceeds its baseline, or vice versa). */
    public static List<Violation> warnings(List<Target> targets) {
        List<Violation> warnings = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            Indicator indicator = target.indicator();
            if (!indicator.improves(target.baselineValue(), target.targetValue())) {
                warnings.add(new Violation("indicators[" + i + "].target.value", indicator + " (" + indicator.chineseName()
                        + ") is better " + indicator.better().name().toLowerCase(Locale.ROOT) + ", but its target "
                        + plain(target.targetValue()) + " goes the other way from its baseline "
                        + plain(target.baselineValue()) + " " + indicator.unit()));
            }
        }
        return warnings;
    }

    /** What a version lacks to be submitted: a target for each of the four core indicators. */
    public static List<Violation> missingForSubmission(List<Target> targets) {
        Set<Indicator> missing = Indicator.coreIndicators();
        targets.forEach(target -> missing.remove(target.indicator()));
        return missing.stream().map(indicator -> new Violation("indicators", "a target for the core indicator "
                + indicator + " (" + indicator.chineseName() + ") is required to submit")).toList();
    }

    /** Checks a progress report; {@code today} is the day in China Standard Time. */
    public static Checked<ProgressReport> progress(PlanRequests.Progress progress, LocalDate today) {
        List<Violation> refusals = new ArrayList<>();
        LocalDate reportedOn = day(progress.reportedOn(), "reportedOn", refusals);
        if (reportedOn != null && reportedOn.isAfter(today)) {
            refusals.add(new Violation("reportedOn", "reportedOn " + reportedOn + " is in the future"));
        }
        BigDecimal percent = number(progress.percentComplete(), "percentComplete", HUNDRED, AMOUNT_DECIMALS, refusals);
        BigDecimal investment = number(progress.investmentToDate(), "investmentToDate", AMOUNT_MAX, AMOUNT_DECIMALS,
                refusals);
        String note = optionalText(progress.note(), "note", PlanRequests.TEXT_MAX, refusals);
        return refusals.isEmpty() ? new Checked<>(new ProgressReport(reportedOn, percent, investment, note), List.of())
                : new Checked<>(null, List.copyOf(refusals));
    }

    /** The status a city's decision moves a submitted version to; the reasons are required to return it. */
    public static Checked<PlanStatus> decision(PlanRequests.Decision decision) {
        List<Violation> refusals = new ArrayList<>();
        PlanStatus outcome = null;
        if (decision.outcome() == null || decision.outcome().isBlank()) {
            refusals.add(new Violation("outcome", "outcome is required: APPROVED or RETURNED"));
        } else if (decision.outcome().equals("APPROVED")) {
            outcome = PlanStatus.APPROVED;
        } else if (decision.outcome().equals("RETURNED")) {
            outcome = PlanStatus.RETURNED;
        } else {
            refusals.add(new Violation("outcome", "outcome must be APPROVED or RETURNED, not " + decision.outcome()));
        }
        String reasons = optionalText(decision.reasons(), "reasons", PlanRequests.TEXT_MAX, refusals);
        if (outcome == PlanStatus.RETURNED && reasons == null) {
            refusals.add(new Violation("reasons", "reasons are required to return a plan"));
        }
        return refusals.isEmpty() ? new Checked<>(outcome, List.of()) : new Checked<>(null, List.copyOf(refusals));
    }

    /** A value for display and events: no trailing zeros, never in exponent notation. */
    public static BigDecimal normal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Target target(PlanRequests.IndicatorTarget given, String path, int programmeStart, int programmeEnd,
                                 List<Violation> refusals) {
        if (given == null) {
            refusals.add(new Violation(path, "an indicator target is required, not null"));
            return null;
        }
        int before = refusals.size();
        Indicator indicator = null;
        if (given.code() == null || given.code().isBlank()) {
            refusals.add(new Violation(path + ".code", "code is required"));
        } else {
            indicator = Indicator.named(given.code()).orElse(null);
            if (indicator == null) {
                refusals.add(new Violation(path + ".code", "unknown indicator " + given.code()
                        + "; GET /api/v1/indicators lists the codes"));
            }
        }
        BigDecimal max = indicator != null && indicator.percentage() ? HUNDRED : VALUE_MAX;
        Integer baselineYear = null;
        BigDecimal baselineValue = null;
        Integer targetYear = null;
        BigDecimal targetValue = null;
        if (given.baseline() == null) {
            refusals.add(new Violation(path + ".baseline", "baseline (year and value) is required"));
        } else {
            baselineYear = year(given.baseline().year(), path + ".baseline.year", PlanRequests.YEAR_MIN,
                    PlanRequests.YEAR_MAX, refusals);
            baselineValue = number(given.baseline().value(), path + ".baseline.value", max, VALUE_DECIMALS, refusals);
        }
        if (given.target() == null) {
            refusals.add(new Violation(path + ".target", "target (year and value) is required"));
        } else {
            targetYear = year(given.target().year(), path + ".target.year", programmeStart, programmeEnd, refusals);
            targetValue = number(given.target().value(), path + ".target.value", max, VALUE_DECIMALS, refusals);
        }
        if (baselineYear != null && targetYear != null && baselineYear > targetYear) {
            refusals.add(new Violation(path + ".baseline.year", "the baseline year " + baselineYear
                    + " is after the target year " + targetYear));
        }
        return refusals.size() > before ? null
                : new Target(indicator, baselineYear, baselineValue, targetYear, targetValue);
    }

    private static Project project(PlanRequests.Project given, String path, List<Violation> refusals) {
        if (given == null) {
            refusals.add(new Violation(path, "a project is required, not null"));
            return null;
        }
        int before = refusals.size();
        String name = null;
        if (given.name() == null || given.name().isBlank()) {
            refusals.add(new Violation(path + ".name", "name is required"));
        } else {
            name = optionalText(given.name().strip(), path + ".name", PlanRequests.NAME_MAX, refusals);
        }
        ProjectKind kind = code(ProjectKind.class, given.kind(), path + ".kind", refusals);
        ProjectStatus status = code(ProjectStatus.class, given.status(), path + ".status", refusals);
        BigDecimal total = number(given.totalInvestment(), path + ".totalInvestment", AMOUNT_MAX, AMOUNT_DECIMALS,
                refusals);
        Funding funding = null;
        if (given.funding() == null) {
            refusals.add(new Violation(path + ".funding", "funding is required (a source left out counts as 0)"));
        } else {
            PlanRequests.Funding f = given.funding();
            String at = path + ".funding.";
            funding = new Funding(amount(f.enterprise(), at + "enterprise", refusals),
                    amount(f.centralBudget(), at + "centralBudget", refusals),
                    amount(f.provincialSpecialFunds(), at + "provincialSpecialFunds", refusals),
                    amount(f.bankCredit(), at + "bankCredit", refusals),
                    amount(f.other(), at + "other", refusals));
        }
        LocalDate start = day(given.startDate(), path + ".startDate", refusals);
        LocalDate end = day(given.endDate(), path + ".endDate", refusals);
        if (start != null && end != null && end.isBefore(start)) {
            refusals.add(new Violation(path + ".endDate", "endDate " + end + " is before startDate " + start));
        }
        String nationalCode = given.nationalCode() == null || given.nationalCode().isEmpty() ? null : given.nationalCode();
        if (nationalCode != null && !NATIONAL_CODE_PATTERN.matcher(nationalCode).matches()) {
            refusals.add(new Violation(path + ".nationalCode", "a national project code (投资项目统一代码) has 24 "
                    + "characters: YYYY-DDDDDD-II-TT-NNNNNN, e.g. 2018-370181-46-03-012345"));
        }
        if (refusals.size() > before) {
            return null;
        }
        // The sources are the whole financing plan, so they add up to the total exactly
        // (docs/decisions.md, "A project's funding sources add up to its total investment").
        if (funding.sum().compareTo(total) != 0) {
            refusals.add(new Violation(path + ".funding", "the funding sources add up to " + plain(funding.sum())
                    + " 万元, not the total investment of " + plain(total) + " 万元"));
            return null;
        }
        return new Project(given.id(), name, kind, total, funding, start, end, nationalCode, status);
    }

    private static Integer year(Integer year, String field, int min, int max, List<Violation> refusals) {
        if (year == null) {
            refusals.add(new Violation(field, "year is required"));
            return null;
        }
        if (year < min || year > max) {
            refusals.add(new Violation(field, "year must be between " + min + " and " + max + ", not " + year
                    + (field.endsWith("target.year") ? " (the years of the plan's programme)" : "")));
            return null;
        }
        return year;
    }

    /** A required number in [0, max] with at most {@code decimals} decimals. */
    private static BigDecimal number(BigDecimal value, String field, BigDecimal max, int decimals,
                                     List<Violation> refusals) {
        if (value == null) {
            refusals.add(new Violation(field, "a number is required"));
            return null;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            refusals.add(new Violation(field, "must be between 0 and " + plain(max) + ", not " + plain(value)));
            return null;
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            refusals.add(new Violation(field, "at most " + decimals + " decimals, not " + plain(value)));
            return null;
        }
        return value;
    }

    /** An optional funding amount: left out is 0. */
    private static BigDecimal amount(BigDecimal value, String field, List<Violation> refusals) {
        return value == null ? BigDecimal.ZERO : number(value, field, AMOUNT_MAX, AMOUNT_DECIMALS, refusals);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String field, List<Violation> refusals) {
        if (value == null || value.isBlank()) {
            refusals.add(new Violation(field, field.substring(field.lastIndexOf('.') + 1) + " is required"));
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        refusals.add(new Violation(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                + ", not " + value));
        return null;
    }

    /** A calendar day YYYY-MM-DD with a year in 2000-2100 (PostgreSQL and the programme's calendar). */
    private static LocalDate day(String value, String field, List<Violation> refusals) {
        if (value == null || value.isBlank()) {
            refusals.add(new Violation(field, "a date YYYY-MM-DD is required"));
            return null;
        }
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                if (day.getYear() >= PlanRequests.YEAR_MIN && day.getYear() <= PlanRequests.YEAR_MAX) {
                    return day;
                }
            }
        } catch (DateTimeParseException e) {
            // not a day of the calendar, e.g. 2018-02-30: answered below
        }
        refusals.add(new Violation(field, "must be a calendar date YYYY-MM-DD between 2000 and 2100, not " + value));
        return null;
    }

    /** Null when absent or blank; refused when longer than {@code max} characters. */
    private static String optionalText(String value, String field, int max, List<Violation> refusals) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            refusals.add(new Violation(field, "at most " + max + " characters"));
            return null;
        }
        return value;
    }

    private static String plain(BigDecimal value) {
        return normal(value).toPlainString();
    }
}
