package cn.gov.shandong.circular.plans.promotion;

import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.plans.implementation.PlanRules.Checked;
import cn.gov.shandong.circular.plans.implementation.PlanRules.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules of a city's promotion plan (推进计划), as plain code (no Quarkus): what is refused, with the
 * field path of each refusal ({@code parks[2].milestones[0].date}), when a milestone is late, and what
 * changed between two versions. The service turns refusals into problem+json.
 */
public final class PromotionRules {

    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern CITY_CODE = Pattern.compile("[0-9]{6}");

    private PromotionRules() {
    }

    /** A milestone, checked; {@code id} is null for one new in this version, {@code doneOn} null while planned. */
    public record Milestone(UUID id, LocalDate date, String description, LocalDate doneOn) {
    }

    /** A park of the plan with its contents and milestones, checked. */
    public record ParkEntry(String parkCode, String contents, List<Milestone> milestones) {
    }

    /** A version's content, checked. */
    public record Content(List<ParkEntry> parks) {
    }

    /** A milestone is late when it is not done and its date is before today (the province's today). */
    public static boolean late(Milestone milestone, LocalDate today) {
        return ProgrammeCalendar.milestoneLate(milestone.date(), milestone.doneOn(), today);
    }

    /** How many of the content's milestones are late today. */
    public static int lateCount(Content content, LocalDate today) {
        return (int) content.parks().stream().flatMap(p -> p.milestones().stream()).filter(m -> late(m, today)).count();
    }

    /** The city and year of a create: a 6-digit city code and a year in 2000-2100. */
    public static List<Violation> cityAndYear(String cityCode, Integer year) {
        List<Violation> refusals = new ArrayList<>();
        if (cityCode == null || cityCode.isBlank()) {
            refusals.add(new Violation("cityCode", "cityCode is required"));
        } else if (!CITY_CODE.matcher(cityCode).matches()) {
            refusals.add(new Violation("cityCode", "cityCode must be a 6-digit city code, not " + cityCode));
        }
        if (year == null) {
            refusals.add(new Violation("year", "year is required"));
        } else if (year < PromotionRequests.YEAR_MIN || year > PromotionRequests.YEAR_MAX) {
            refusals.add(new Violation("year", "year must be between " + PromotionRequests.YEAR_MIN + " and "
                    + PromotionRequests.YEAR_MAX + ", not " + year));
        }
        return refusals;
    }

    /**
     * Checks a version's content: at most {@value PromotionRequests#PARKS_MAX} parks, each once, with its
     * contents (主要改造内容, not blank) and at most {@value PromotionRequests#MILESTONES_MAX} milestones, each with
     * a calendar date within the plan's year and a description; a milestone id at most once.
     */
    public static Checked<Content> content(List<PromotionRequests.Park> parks, int year) {
        List<Violation> refusals = new ArrayList<>();
        List<PromotionRequests.Park> given = PromotionRequests.orEmpty(parks);
        if (given.size() > PromotionRequests.PARKS_MAX) {
            return new Checked<>(null, List.of(new Violation("parks", "at most " + PromotionRequests.PARKS_MAX + " parks")));
        }
        List<ParkEntry> entries = new ArrayList<>();
        Set<String> parkCodes = new HashSet<>();
        Set<UUID> milestoneIds = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String path = "parks[" + i + "]";
            PromotionRequests.Park park = given.get(i);
            if (park == null) {
                refusals.add(new Violation(path, "a park is required, not null"));
                continue;
            }
            int before = refusals.size();
            String parkCode = park.parkCode() == null || park.parkCode().isBlank() ? null : park.parkCode().strip();
            if (parkCode == null) {
                refusals.add(new Violation(path + ".parkCode", "parkCode is required"));
            } else if (!parkCodes.add(parkCode)) {
                refusals.add(new Violation(path + ".parkCode", "park " + parkCode + " is given twice"));
            }
            String contents = requiredText(park.contents(), path + ".contents", PromotionRequests.CONTENTS_MAX, refusals);
            List<PromotionRequests.Milestone> givenMilestones = PromotionRequests.orEmpty(park.milestones());
            List<Milestone> milestones = new ArrayList<>();
            if (givenMilestones.size() > PromotionRequests.MILESTONES_MAX) {
                refusals.add(new Violation(path + ".milestones", "at most " + PromotionRequests.MILESTONES_MAX
                        + " milestones per park"));
            } else {
                for (int j = 0; j < givenMilestones.size(); j++) {
                    Milestone milestone = milestone(givenMilestones.get(j), path + ".milestones[" + j + "]", year,
                            milestoneIds, refusals);
                    if (milestone != null) {
                        milestones.add(milestone);
                    }
                }
            }
            if (refusals.size() == before) {
                entries.add(new ParkEntry(parkCode, contents, List.copyOf(milestones)));
            }
        }
        return refusals.isEmpty() ? new Checked<>(new Content(List.copyOf(entries)), List.of())
                : new Checked<>(null, List.copyOf(refusals));
    }

    /** The parks of the content that are not on the city's list for the year (scheduled by an active programme). */
    public static List<Violation> notOnTheYearsList(Content content, Set<String> candidates, String cityCode, int year) {
        List<Violation> refusals = new ArrayList<>();
        for (int i = 0; i < content.parks().size(); i++) {
            String parkCode = content.parks().get(i).parkCode();
            if (!candidates.contains(parkCode)) {
                refusals.add(new Violation("parks[" + i + "].parkCode", "park " + parkCode + " is not a park of city "
                        + cityCode + " scheduled in " + year + " by an active programme; GET "
                        + "/api/v1/promotion-plans/candidate-parks lists them"));
            }
        }
        return refusals;
    }

    /** What a version lacks to be submitted: at least one park, and at least one milestone per park. */
    public static List<Violation> missingForSubmission(Content content) {
        if (content.parks().isEmpty()) {
            return List.of(new Violation("parks", "at least one park is required to submit"));
        }
        List<Violation> missing = new ArrayList<>();
        for (int i = 0; i < content.parks().size(); i++) {
            if (content.parks().get(i).milestones().isEmpty()) {
                missing.add(new Violation("parks[" + i + "].milestones", "park " + content.parks().get(i).parkCode()
                        + " needs at least one milestone (时间节点) to submit"));
            }
        }
        return missing;
    }

    /** The status the province's decision moves a submitted version to; comments are required to return it. */
    public static Checked<PromotionPlanStatus> decision(PromotionRequests.Decision decision) {
        List<Violation> refusals = new ArrayList<>();
        PromotionPlanStatus outcome = null;
        if (decision.outcome() == null || decision.outcome().isBlank()) {
            refusals.add(new Violation("outcome", "outcome is required: ACKNOWLEDGED or RETURNED"));
        } else if (decision.outcome().equals("ACKNOWLEDGED")) {
            outcome = PromotionPlanStatus.ACKNOWLEDGED;
        } else if (decision.outcome().equals("RETURNED")) {
            outcome = PromotionPlanStatus.RETURNED;
        } else {
            refusals.add(new Violation("outcome", "outcome must be ACKNOWLEDGED or RETURNED, not " + decision.outcome()));
        }
        String comments = optionalText(decision.comments(), "comments", PromotionRequests.COMMENTS_MAX, refusals);
        if (outcome == PromotionPlanStatus.RETURNED && comments == null && refusals.isEmpty()) {
            refusals.add(new Violation("comments", "comments are required to return a plan"));
        }
        return refusals.isEmpty() ? new Checked<>(outcome, List.of()) : new Checked<>(null, List.copyOf(refusals));
    }

    /** The day a milestone was done: a calendar date, not in the future. */
    public static Checked<LocalDate> doneOn(PromotionRequests.Completion completion, LocalDate today) {
        List<Violation> refusals = new ArrayList<>();
        LocalDate doneOn = day(completion.doneOn(), "doneOn", refusals);
        if (doneOn != null && doneOn.isAfter(today)) {
            refusals.add(new Violation("doneOn", "doneOn " + doneOn + " is in the future"));
        }
        return refusals.isEmpty() ? new Checked<>(doneOn, List.of()) : new Checked<>(null, List.copyOf(refusals));
    }

    /**
     * What changed from {@code from} to {@code to}: parks added and removed, and per park in both its
     * contents and its milestones added, removed and changed (date or description; matched by milestone id).
     * Whether a milestone is done is not a change of the plan.
     */
    public static Changes compare(Content from, Content to) {
        Map<String, ParkEntry> before = byPark(from);
        Map<String, ParkEntry> after = byPark(to);
        List<String> added = after.keySet().stream().filter(code -> !before.containsKey(code)).toList();
        List<String> removed = before.keySet().stream().filter(code -> !after.containsKey(code)).toList();
        List<ParkChanges> changed = new ArrayList<>();
        for (ParkEntry park : after.values()) {
            ParkEntry earlier = before.get(park.parkCode());
            if (earlier == null) {
                continue;
            }
            Map<UUID, Milestone> was = byId(earlier.milestones());
            Map<UUID, Milestone> is = byId(park.milestones());
            List<Milestone> milestonesAdded = is.values().stream().filter(m -> !was.containsKey(m.id())).toList();
            List<Milestone> milestonesRemoved = was.values().stream().filter(m -> !is.containsKey(m.id())).toList();
            List<Milestone[]> milestonesChanged = is.values().stream()
                    .filter(m -> was.containsKey(m.id()) && !samePlan(was.get(m.id()), m))
                    .map(m -> new Milestone[] {was.get(m.id()), m}).toList();
            boolean contentsChanged = !earlier.contents().equals(park.contents());
            if (contentsChanged || !milestonesAdded.isEmpty() || !milestonesRemoved.isEmpty()
                    || !milestonesChanged.isEmpty()) {
                changed.add(new ParkChanges(park.parkCode(), contentsChanged, earlier.contents(), park.contents(),
                        milestonesAdded, milestonesRemoved, milestonesChanged));
            }
        }
        return new Changes(added, removed, changed);
    }

    /** What {@link #compare} found. */
    public record Changes(List<String> parksAdded, List<String> parksRemoved, List<ParkChanges> parksChanged) {
    }

    /** A park in both versions that changed; {@code milestonesChanged} holds pairs (before, after). */
    public record ParkChanges(String parkCode, boolean contentsChanged, String contentsBefore, String contentsAfter,
                              List<Milestone> milestonesAdded, List<Milestone> milestonesRemoved,
                              List<Milestone[]> milestonesChanged) {
    }

    private static boolean samePlan(Milestone a, Milestone b) {
        return a.date().equals(b.date()) && a.description().equals(b.description());
    }

    private static Map<String, ParkEntry> byPark(Content content) {
        Map<String, ParkEntry> parks = new LinkedHashMap<>();
        content.parks().forEach(p -> parks.put(p.parkCode(), p));
        return parks;
    }

    private static Map<UUID, Milestone> byId(List<Milestone> milestones) {
        Map<UUID, Milestone> byId = new LinkedHashMap<>();
        milestones.stream().filter(m -> Objects.nonNull(m.id())).forEach(m -> byId.put(m.id(), m));
        return byId;
    }

    private static Milestone milestone(PromotionRequests.Milestone given, String path, int year, Set<UUID> ids,
                                       List<Violation> refusals) {
        if (given == null) {
            refusals.add(new Violation(path, "a milestone is required, not null"));
            return null;
        }
        int before = refusals.size();
        LocalDate date = day(given.date(), path + ".date", refusals);
        if (date != null && date.getYear() != year) {
            refusals.add(new Violation(path + ".date", "the date " + date + " is not in the plan's year " + year));
        }
        String description = requiredText(given.description(), path + ".description",
                PromotionRequests.DESCRIPTION_MAX, refusals);
        if (given.id() != null && !ids.add(given.id())) {
            refusals.add(new Violation(path + ".id", "milestone " + given.id() + " is given twice"));
        }
        return refusals.size() > before ? null : new Milestone(given.id(), date, description, null);
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
                if (day.getYear() >= PromotionRequests.YEAR_MIN && day.getYear() <= PromotionRequests.YEAR_MAX) {
                    return day;
                }
            }
        } catch (DateTimeParseException e) {
            // not a day of the calendar, e.g. 2020-02-30: answered below
        }
        refusals.add(new Violation(field, "must be a calendar date YYYY-MM-DD between 2000 and 2100, not " + value));
        return null;
    }

    private static String requiredText(String value, String field, int max, List<Violation> refusals) {
        if (value == null || value.isBlank()) {
            refusals.add(new Violation(field, field.substring(field.lastIndexOf('.') + 1) + " is required"));
            return null;
        }
        return optionalText(value.strip(), field, max, refusals);
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
}
