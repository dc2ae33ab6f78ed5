package cn.gov.shandong.circular.plans.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a supervision visit and of an action's resolution, as plain code (no Quarkus): what is
 * refused, with the field path of each refusal ({@code actions[1].deadline}). {@code today} is the
 * province's day (platform-common's ProvinceClock), passed in so the rules can be tried at any date.
 */
public final class SupervisionRules {

    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final int YEAR_MIN = 2000;
    private static final int YEAR_MAX = 2100;

    private SupervisionRules() {
    }

    /** A refusal, with the path of the field it is about. */
    public record Violation(String field, String message) {
    }

    /** What checking found: the value when {@code refusals} is empty. */
    public record Checked<T>(T value, List<Violation> refusals) {

        public boolean ok() {
            return refusals.isEmpty();
        }
    }

    /** A visit, checked; texts stripped of surrounding blanks, lists never null. */
    public record Visit(LocalDate visitedOn, List<String> inspectors, String findings, List<String> problems,
                        List<Action> actions) {
    }

    /** An action, checked. */
    public record Action(String description, LocalDate deadline) {
    }

    /** A resolution, checked. */
    public record Resolution(LocalDate resolvedOn, String text) {
    }

    /**
     * Checks a visit: the day is a calendar date not after today; findings are required; inspectors,
     * problems and actions are bounded lists of bounded, non-blank texts; each action has a deadline not
     * before the visit (a deadline already past is allowed: a visit may be recorded late, and the
     * action then shows as overdue).
     */
    public static Checked<Visit> visit(SupervisionRequests.Visit visit, LocalDate today) {
        List<Violation> refusals = new ArrayList<>();
        LocalDate visitedOn = day(visit.visitedOn(), "visitedOn", refusals);
        if (visitedOn != null && visitedOn.isAfter(today)) {
            refusals.add(new Violation("visitedOn", "visitedOn " + visitedOn + " is in the future (today is "
                    + today + ")"));
            visitedOn = null;
        }
        List<String> inspectors = texts(visit.inspectors(), "inspectors", SupervisionRequests.INSPECTORS_MAX,
                SupervisionRequests.INSPECTOR_MAX, refusals);
        String findings = requiredText(visit.findings(), "findings", SupervisionRequests.FINDINGS_MAX, refusals);
        List<String> problems = texts(visit.problems(), "problems", SupervisionRequests.PROBLEMS_MAX,
                SupervisionRequests.PROBLEM_MAX, refusals);
        List<Action> actions = new ArrayList<>();
        List<SupervisionRequests.Action> given = visit.actions() == null ? List.of() : visit.actions();
        if (given.size() > SupervisionRequests.ACTIONS_MAX) {
            refusals.add(new Violation("actions", "at most " + SupervisionRequests.ACTIONS_MAX + " actions, not "
                    + given.size()));
        } else {
            for (int i = 0; i < given.size(); i++) {
                Action action = action(given.get(i), "actions[" + i + "]", visitedOn, refusals);
                if (action != null) {
                    actions.add(action);
                }
            }
        }
        return refusals.isEmpty()
                ? new Checked<>(new Visit(visitedOn, inspectors, findings, problems, List.copyOf(actions)), List.of())
                : new Checked<>(null, List.copyOf(refusals));
    }

    /** Checks a resolution: a day neither before the visit nor after today, and a text saying how. */
    public static Checked<Resolution> resolution(SupervisionRequests.Resolution resolution, LocalDate visitedOn,
                                                 LocalDate today) {
        List<Violation> refusals = new ArrayList<>();
        LocalDate resolvedOn = day(resolution.resolvedOn(), "resolvedOn", refusals);
        if (resolvedOn != null && resolvedOn.isAfter(today)) {
            refusals.add(new Violation("resolvedOn", "resolvedOn " + resolvedOn + " is in the future (today is "
                    + today + ")"));
        } else if (resolvedOn != null && resolvedOn.isBefore(visitedOn)) {
            refusals.add(new Violation("resolvedOn", "resolvedOn " + resolvedOn + " is before the visit on "
                    + visitedOn));
        }
        String text = requiredText(resolution.resolution(), "resolution", SupervisionRequests.RESOLUTION_MAX,
                refusals);
        return refusals.isEmpty() ? new Checked<>(new Resolution(resolvedOn, text), List.of())
                : new Checked<>(null, List.copyOf(refusals));
    }

    private static Action action(SupervisionRequests.Action given, String path, LocalDate visitedOn,
                                 List<Violation> refusals) {
        if (given == null) {
            refusals.add(new Violation(path, "an action is required, not null"));
            return null;
        }
        int before = refusals.size();
        String description = requiredText(given.description(), path + ".description", SupervisionRequests.ACTION_MAX,
                refusals);
        LocalDate deadline = day(given.deadline(), path + ".deadline", refusals);
        if (deadline != null && visitedOn != null && deadline.isBefore(visitedOn)) {
            refusals.add(new Violation(path + ".deadline", "the deadline " + deadline + " is before the visit on "
                    + visitedOn));
        }
        return refusals.size() > before ? null : new Action(description, deadline);
    }

    /** An optional list of at most {@code maxItems} texts, each required and at most {@code max} characters. */
    private static List<String> texts(List<String> given, String field, int maxItems, int max,
                                      List<Violation> refusals) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > maxItems) {
            refusals.add(new Violation(field, "at most " + maxItems + " entries, not " + given.size()));
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String text = requiredText(given.get(i), field + "[" + i + "]", max, refusals);
            if (text != null) {
                texts.add(text);
            }
        }
        return List.copyOf(texts);
    }

    /** A text that is not blank, stripped, of at most {@code max} characters (code points, as JSON Schema counts). */
    private static String requiredText(String value, String field, int max, List<Violation> refusals) {
        if (value == null || value.isBlank()) {
            refusals.add(new Violation(field, "a text is required, not blank"));
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            refusals.add(new Violation(field, "at most " + max + " characters"));
            return null;
        }
        return text;
    }

    /** A calendar day YYYY-MM-DD with a year in 2000-2100. */
    private static LocalDate day(String value, String field, List<Violation> refusals) {
        if (value == null || value.isBlank()) {
            refusals.add(new Violation(field, "a date YYYY-MM-DD is required"));
            return null;
        }
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                if (day.getYear() >= YEAR_MIN && day.getYear() <= YEAR_MAX) {
                    return day;
                }
            }
        } catch (DateTimeParseException e) {
            // not a day of the calendar, e.g. 2019-02-30: answered below
        }
        refusals.add(new Violation(field, "must be a calendar date YYYY-MM-DD between 2000 and 2100, not " + value));
        return null;
    }
}
