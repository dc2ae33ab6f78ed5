package cn.gov.shandong.circular.systemtest;

import cn.gov.shandong.circular.systemtest.JsonHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Takes a park's acceptance from application to filing as its users would (the 验收评价办法's workflow)
 * while parts of the system fail: the park manager applies against the park's approved implementation
 * plan (with an Idempotency-Key, so a retried apply cannot create a second application); the city
 * officer opens the review and names a panel of three experts; each expert scores; the officer passes
 * it; the province files it and it gets its filing number. A step whose answer is lost (no connection,
 * 5xx) is retried; before a step is sent again the application or its review is read, so a step that
 * went through although its answer was lost is not done twice.
 */
final class AcceptanceClient {

    static final String APPLICATIONS = "http://127.0.0.1:8083/api/v1/applications";
    /** The realm's experts, the expert roster acceptance-service is seeded with. */
    static final List<String> EXPERTS = List.of("expert.wang", "expert.zhang", "expert.liu");
    /** A filing number (备案号), 鲁园循备〔2026〕第1号: the filing year and the number within it. */
    static final Pattern FILING_NUMBER = Pattern.compile("鲁园循备〔([0-9]{4})〕第([1-9][0-9]*)号");
    /**
     * Each expert's points on the default score sheet (PLAN_TASKS 25, INDICATORS 30, PROJECTS 25,
     * MANAGEMENT 10, DOCUMENTATION 10): totals 88, 87, 84, a panel score of 86.3 (良好), above the pass line 60.
     */
    static final Map<String, Map<String, Object>> SCORES = Map.of(
            "expert.wang", scores(22, 27, 22, 8, 9, "实施方案任务基本完成，资源产出率达到目标"),
            "expert.zhang", scores(23, 26, 21, 9, 8, "重点项目全部建成投运"),
            "expert.liu", scores(20, 25, 22, 8, 9, "园区循环化管理制度健全，台账资料完整"));
    /** How long one step may keep failing before the scenario gives up. */
    private static final Duration STEP_DEADLINE = Duration.ofMinutes(3);
    private static final long FIRST_PAUSE_MILLIS = 100;
    private static final long LONGEST_PAUSE_MILLIS = 2_000;

    private final JsonHttp http = new JsonHttp();
    private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();

    /**
     * One park to take through acceptance, the users who act on it, and the park's approved plan as
     * acceptance-service holds it ({@code GET /api/v1/parks/{parkCode}/plan-targets}).
     */
    record Filing(String parkCode, String manager, String officer, String admin, String idempotencyKey,
                  JsonNode approvedPlan) {
    }

    /** A filed application and its filing number (备案号). */
    record Filed(String applicationId, String number) {
    }

    /** An expert's points for the five criteria of the default score sheet, and comments. */
    static Map<String, Object> scores(int planTasks, int indicators, int projects, int management, int documentation,
                                      String comments) {
        List<Map<String, Object>> points = List.of(
                Map.of("criterion", "PLAN_TASKS", "points", planTasks),
                Map.of("criterion", "INDICATORS", "points", indicators),
                Map.of("criterion", "PROJECTS", "points", projects),
                Map.of("criterion", "MANAGEMENT", "points", management),
                Map.of("criterion", "DOCUMENTATION", "points", documentation));
        return Map.of("points", points, "comments", comments);
    }

    /** The sum of an expert's points. */
    static int total(Map<String, Object> scores) {
        int total = 0;
        for (Object point : (List<?>) scores.get("points")) {
            total += ((Number) ((Map<?, ?>) point).get("points")).intValue();
        }
        return total;
    }

    /**
     * An application answering the approved plan: the achieved value of each of its indicators in the
     * plan's unit ({@code achieved} by indicator code; an indicator not named there achieved exactly its
     * target) and every project of the plan completed.
     */
    static Map<String, Object> application(String parkCode, JsonNode approvedPlan, Map<String, ? extends Number> achieved,
                                           String summary) {
        List<Map<String, Object>> achievements = new ArrayList<>();
        for (JsonNode target : approvedPlan.path("targets")) {
            String indicator = target.path("indicator").asText();
            Number value = achieved.containsKey(indicator) ? achieved.get(indicator)
                    : target.at("/target/value").decimalValue();
            achievements.add(Map.of("indicator", indicator, "unit", target.path("unit").asText(), "value", value));
        }
        List<Map<String, Object>> projects = new ArrayList<>();
        for (JsonNode project : approvedPlan.path("projects")) {
            projects.add(Map.of("projectId", project.path("projectId").asText(), "completion", "COMPLETED",
                    "note", "已建成投运"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parkCode", parkCode);
        body.put("summary", summary);
        body.put("programmeCode", approvedPlan.path("programmeCode").asText());
        body.put("achievements", achievements);
        body.put("projects", projects);
        return body;
    }

    /** Applies, reviews with a panel of three, passes and files; returns the filed application and its number. */
    Filed file(Filing filing) throws InterruptedException {
        String id = apply(filing);
        String application = APPLICATIONS + "/" + id;
        String review = application + "/review";

        step(filing, "open review", () -> http.post(review, Keycloak.token(filing.officer()), null, Map.of()),
                reply -> reply.status() == 201 || reply.status() == 200,
                () -> read(application, filing.officer(), body -> "UNDER_REVIEW".equals(body.path("status").asText())));
        step(filing, "panel", () -> http.put(review + "/panel", Keycloak.token(filing.officer()),
                        Map.of("experts", EXPERTS), Map.of()),
                reply -> reply.status() == 200,
                () -> read(review, filing.officer(), body -> Set.copyOf(panelOf(body)).equals(Set.copyOf(EXPERTS))));
        for (String expert : EXPERTS) {
            Map<String, Object> scores = SCORES.get(expert);
            step(filing, "score", () -> http.put(review + "/scores/" + expert, Keycloak.token(expert), scores, Map.of()),
                    reply -> reply.status() == 200,
                    () -> read(review, expert, body -> scored(body, expert, total(scores))));
        }
        step(filing, "decision", () -> http.post(application + "/decision", Keycloak.token(filing.officer()),
                        Map.of("outcome", "PASSED"), Map.of()),
                reply -> reply.status() == 200 && "PASSED".equals(reply.body().path("status").asText()),
                () -> read(application, filing.officer(), body -> "PASSED".equals(body.path("status").asText())));
        JsonNode filed = step(filing, "filing", () -> http.post(application + "/filing", Keycloak.token(filing.admin()),
                        Map.of("remarks", "准予备案"), Map.of()),
                reply -> reply.status() == 200 && "FILED".equals(reply.body().path("status").asText()),
                () -> read(application, filing.admin(), body -> "FILED".equals(body.path("status").asText())));
        return new Filed(id, filed.at("/filing/number").asText(null));
    }

    /** Retries so far, by step and reason (e.g. "apply: 500"), for the run's report. */
    SortedMap<String, Long> retries() {
        SortedMap<String, Long> counts = new TreeMap<>();
        retries.forEach((reason, count) -> counts.put(reason, count.sum()));
        return counts;
    }

    private String apply(Filing filing) throws InterruptedException {
        Map<String, Object> request = application(filing.parkCode(), filing.approvedPlan(), Map.of(),
                "循环化改造实施方案已全部完成，申请验收。");
        Retry retry = new Retry(filing.parkCode() + " apply");
        while (true) {
            try {
                Reply reply = http.post(APPLICATIONS, Keycloak.token(filing.manager()), request,
                        Map.of("Idempotency-Key", filing.idempotencyKey()));
                if (reply.status() == 201 || reply.status() == 200) {
                    return reply.body().path("id").asText();
                }
                // 422: the park's registration has not reached acceptance-service yet; 409 in-use: our
                // own earlier attempt with this key is still running.
                boolean passing = reply.serverError() || reply.status() == 422
                        || reply.problemType().endsWith("idempotency-key-in-use");
                retry.after("apply: " + reply.status(), reply, passing);
            } catch (IOException e) {
                retry.after("apply: " + e.getClass().getSimpleName(), e, true);
            }
        }
    }

    private interface Send {
        Reply send() throws IOException, InterruptedException;
    }

    private interface Read {
        /** What was read if the step is done already, empty if it is not (yet). */
        Optional<JsonNode> doneAlready() throws IOException, InterruptedException;
    }

    /**
     * Sends one step until it succeeds; returns the answer, or what was read when an earlier attempt
     * whose answer was lost had gone through. A 409 may be just that (the step is done, so it cannot be
     * done again); if the read shows it is not, the 409 is a real refusal and the scenario gives up.
     */
    private JsonNode step(Filing filing, String step, Send send, Predicate<Reply> succeeded, Read done)
            throws InterruptedException {
        Retry retry = new Retry(filing.parkCode() + " " + step);
        while (true) {
            Object failure;
            try {
                Reply reply = send.send();
                if (succeeded.test(reply)) {
                    return reply.body();
                }
                if (!reply.serverError() && reply.status() != 409) {
                    throw new AssertionError(filing.parkCode() + " " + step + " answered " + reply);
                }
                failure = reply;
            } catch (IOException e) {
                failure = e;
            }
            // The answer was lost or refused: did an earlier attempt go through?
            try {
                Optional<JsonNode> current = done.doneAlready();
                if (current.isPresent()) {
                    retries.computeIfAbsent(step + ": done already", k -> new LongAdder()).increment();
                    return current.get();
                }
            } catch (IOException e) {
                // Read again on the next round.
            }
            String reason = failure instanceof Reply reply ? String.valueOf(reply.status())
                    : failure.getClass().getSimpleName();
            boolean passing = !(failure instanceof Reply reply && reply.status() == 409);
            retry.after(step + ": " + reason, failure, passing);
        }
    }

    /** Reads the resource as the user; present if it shows the step done. */
    private Optional<JsonNode> read(String url, String user, Predicate<JsonNode> showsDone)
            throws IOException, InterruptedException {
        Reply current = http.get(url, Keycloak.token(user));
        return current.status() == 200 && showsDone.test(current.body()) ? Optional.of(current.body()) : Optional.empty();
    }

    private static List<String> panelOf(JsonNode review) {
        List<String> experts = new ArrayList<>();
        review.path("panel").forEach(member -> experts.add(member.path("expert").asText()));
        return experts;
    }

    private static boolean scored(JsonNode review, String expert, int total) {
        for (JsonNode member : review.path("panel")) {
            if (expert.equals(member.path("expert").asText())) {
                return member.path("scored").asBoolean() && member.path("total").asDouble() == total;
            }
        }
        return false;
    }

    /** Pauses between attempts of one step, doubling up to two seconds, within the step's deadline. */
    private final class Retry {
        private final String what;
        private final long deadline = System.nanoTime() + STEP_DEADLINE.toNanos();
        private long pause = FIRST_PAUSE_MILLIS;

        Retry(String what) {
            this.what = what;
        }

        void after(String reason, Object failure, boolean passing) throws InterruptedException {
            if (!passing) {
                throw new AssertionError(what + " refused: " + failure);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " still failing after " + STEP_DEADLINE + ": " + failure);
            }
            retries.computeIfAbsent(reason, k -> new LongAdder()).increment();
            Thread.sleep(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }
}
