package cn.gov.shandong.circular.systemtest;

import cn.gov.shandong.circular.systemtest.JsonHttp.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Takes a park's acceptance from application to filing as its users would while parts of the system
 * fail: the park manager applies (with an Idempotency-Key, so a retried apply cannot create a second
 * application), the city officer passes it, the province files it. A step whose answer is lost (no
 * connection, 5xx) is retried; before a review or filing is sent again the application is read, so
 * a step that went through although its answer was lost is not done twice.
 */
final class AcceptanceClient {

    private static final String APPLICATIONS = "http://127.0.0.1:8083/api/v1/applications";
    /** How long one step may keep failing before the scenario gives up. */
    private static final Duration STEP_DEADLINE = Duration.ofMinutes(3);
    private static final long FIRST_PAUSE_MILLIS = 100;
    private static final long LONGEST_PAUSE_MILLIS = 2_000;

    private final JsonHttp http = new JsonHttp();
    private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();

    /** One park to take through acceptance and the users who act on it. */
    record Filing(String parkCode, String manager, String officer, String admin, String idempotencyKey) {
    }

    /** Applies, passes and files; returns the id of the filed application. */
    String file(Filing filing) throws InterruptedException {
        String id = apply(filing);
        advance(filing, id, "review", filing.officer(),
                Map.of("outcome", "PASSED", "score", 88, "comments", "资源产出率等指标达到方案目标"), "PASSED");
        advance(filing, id, "filing", filing.admin(), Map.of("remarks", "准予备案"), "FILED");
        return id;
    }

    /** Retries so far, by step and reason (e.g. "apply: 500"), for the run's report. */
    SortedMap<String, Long> retries() {
        SortedMap<String, Long> counts = new TreeMap<>();
        retries.forEach((reason, count) -> counts.put(reason, count.sum()));
        return counts;
    }

    private String apply(Filing filing) throws InterruptedException {
        Map<String, String> request = Map.of("parkCode", filing.parkCode(),
                "summary", "循环化改造实施方案已全部完成，申请验收。");
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

    /** Sends a review or filing until the application has the target status. */
    private void advance(Filing filing, String id, String step, String user, Object body, String target)
            throws InterruptedException {
        Retry retry = new Retry(filing.parkCode() + " " + step);
        while (true) {
            Object failure;
            try {
                Reply reply = http.post(APPLICATIONS + "/" + id + "/" + step, Keycloak.token(user), body, Map.of());
                if (reply.status() == 200 && target.equals(reply.body().path("status").asText())) {
                    return;
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
                Reply current = http.get(APPLICATIONS + "/" + id, Keycloak.token(user));
                if (current.status() == 200 && target.equals(current.body().path("status").asText())) {
                    retries.computeIfAbsent(step + ": done already", k -> new LongAdder()).increment();
                    return;
                }
            } catch (IOException e) {
                // Read again on the next round.
            }
            String reason = failure instanceof Reply reply ? String.valueOf(reply.status())
                    : failure.getClass().getSimpleName();
            // A 409 other than "already done" is a real refusal: give up at once.
            boolean passing = !(failure instanceof Reply reply && reply.status() == 409);
            retry.after(step + ": " + reason, failure, passing);
        }
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
