package cn.gov.shandong.circular.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.systemtest.AcceptanceClient.Filed;
import cn.gov.shandong.circular.systemtest.AcceptanceClient.Filing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Acceptances filed by several users at once while the event backbone fails under them: the Kafka
 * broker is killed (SIGKILL) and restarted twice, the reporting service is killed and restarted once,
 * and every database connection of the services is cut once. Afterwards the province's completed
 * count has risen by exactly the number of filings, no event is in a dead-letter topic and no outbox
 * row is left unsent.
 *
 * <p>Each filing is of a new park (registered through parks-service, its manager created in Keycloak
 * with the realm's {@code park_code} attribute), scheduled through plans-service in the 2021-2025
 * programme, so every filing counts once and the 2018-2020 table that {@link FilingFlowIT} checks stays
 * as it is. An application needs the park's approved implementation plan, so before the faults begin each
 * park's manager drafts and submits one and its city approves it, and acceptance-service holds them all.
 * Under the faults each filing takes the whole workflow: apply, open the review, a panel of three
 * experts, three scorings, the city's decision, the province's filing with its number (distinct and,
 * within a year, without gaps). {@code -Dfaults.filings=1000} runs the bench's size ({@code bench/faults.sh}).
 */
@ExtendWith(LocalPlatform.Running.class)
@Order(2)
class FaultToleranceIT {

    static final int FILINGS = Integer.getInteger("faults.filings", 100);
    static final int CLIENTS = Integer.getInteger("faults.clients", 4);
    private static final String PROGRAMME = "2021-2025";
    private static final String PARKS = "http://127.0.0.1:8081";
    private static final String PLANS = "http://127.0.0.1:8082";
    private static final String REPORTING = "http://127.0.0.1:8084";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SUMMARY = LocalPlatform.ROOT.resolve("system-tests/target/faults-summary.txt");
    /**
     * Upper bound for the backbone to catch up (with the new parks before the faults; after the last
     * repair: resends, redeliveries, projections), generous for a busy machine.
     */
    private static final Duration SETTLE = Duration.ofSeconds(300 + FILINGS / 2);

    /** A fault, struck when this share of the filings is done, while further filings are under way. */
    private record Fault(double atShare, String what, Supplier<String> strike) {

        static Fault of(double atShare, String what, Runnable strike) {
            return new Fault(atShare, what, () -> {
                strike.run();
                return what;
            });
        }
    }

    private static final List<Fault> FAULTS = List.of(
            Fault.of(0.10, "kill -9 Kafka", () -> LocalPlatform.killComponent("kafka")),
            Fault.of(0.25, "restart Kafka", () -> LocalPlatform.startComponent("kafka")),
            new Fault(0.40, "pg_terminate_backend", () -> "pg_terminate_backend cut "
                    + LocalPlatform.terminateServiceDatabaseConnections() + " connections of the services"),
            Fault.of(0.50, "kill -9 reporting-service", () -> LocalPlatform.killComponent("reporting")),
            Fault.of(0.60, "restart reporting-service", () -> LocalPlatform.startComponent("reporting")),
            Fault.of(0.72, "kill -9 Kafka", () -> LocalPlatform.killComponent("kafka")),
            Fault.of(0.85, "restart Kafka", () -> LocalPlatform.startComponent("kafka")));

    private final List<String> report = new ArrayList<>();

    @Test
    void everyAcceptanceFiledWhileBrokerReportingAndDatabaseConnectionsFailIsCountedExactlyOnce() throws Exception {
        try {
            fileUnderFaultsAndCheckTheCounts();
        } finally {
            writeReport();
        }
    }

    private void fileUnderFaultsAndCheckTheCounts() throws Exception {
        long start = System.nanoTime();
        Counts before = counts(PROGRAMME);
        Counts seededBefore = counts("2018-2020");
        long filedEventsBefore = loggedEvents("acceptance.filed");

        String run = Long.toString(System.currentTimeMillis(), 36);
        Keycloak.Admin keycloak = new Keycloak.Admin();
        List<NewPark> parks = registerParksAndOfficers(run, keycloak);
        long nationalParks = parks.stream().filter(p -> p.level().equals("NATIONAL")).count();
        schedule(parks, run);
        // Reporting knows every new park (registered and scheduled) before the faults begin.
        awaitCounts(before.planned(FILINGS, nationalParks), SETTLE);
        long scheduled = System.nanoTime();
        line("registered and scheduled %d parks, created %d city officers in %.1f s", FILINGS, cities().size(),
                seconds(start, scheduled));
        Map<String, JsonNode> approvedPlans = approvePlans(parks, run, keycloak);
        long prepared = System.nanoTime();
        line("created %d park managers, approved their implementation plans, all in acceptance-service, in %.1f s",
                FILINGS, seconds(scheduled, prepared));

        AcceptanceClient client = new AcceptanceClient();
        Set<Filed> filings = fileUnderFaults(parks, park ->
                // The park applies against its approved plan; its city reviews with three experts and passes it;
                // the province files it.
                client.file(new Filing(park.code(), park.manager(), park.officer(), "province.admin",
                        "faults-" + run + "-" + park.code(), approvedPlans.get(park.code()))));
        long filedAll = System.nanoTime();
        line("filed %d acceptances (apply, review, panel, %d scorings, decision, filing) with %d clients under "
                + "faults in %.1f s; client retries %s", filings.size(), AcceptanceClient.EXPERTS.size(), CLIENTS,
                seconds(prepared, filedAll), client.retries());
        assertThat(filings.stream().map(Filed::applicationId).distinct()).as("distinct applications filed")
                .hasSize(FILINGS);
        assertFilingNumbersDistinctWithoutGaps(filings);
        // A request that met the cut database connections was told to retry (503), not given a server error.
        assertThat(client.retries().keySet()).as("retries after a 500 (decision 54: a database outage is a 503)")
                .noneMatch(reason -> reason.endsWith(": 500"));

        // The province's completed counts rise by exactly the number of filings, by level too.
        Counts expected = before.planned(FILINGS, nationalParks).completed(FILINGS, nationalParks);
        Counts after = awaitCounts(expected, SETTLE);
        long counted = System.nanoTime();
        line("province counts exact %.1f s after the last filing: %s", seconds(filedAll, counted), after);
        assertThat(counts("2018-2020")).as("the 2018-2020 table is untouched").isEqualTo(seededBefore);

        Awaitility.await("no outbox row left unsent").atMost(SETTLE).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(EventBackbone.total(EventBackbone.unsentOutboxRows()))
                        .as("unsent outbox rows %s", EventBackbone.unsentOutboxRows()).isZero());
        Map<String, Long> unsent = EventBackbone.unsentOutboxRows();
        line("unsent outbox rows %.1f s after the last filing: %s", seconds(filedAll, System.nanoTime()), unsent);

        // Each filing is in the audit log once: nothing was filed twice, nothing logged twice.
        Awaitility.await("each filing in the event log once").atMost(SETTLE).pollInterval(Duration.ofSeconds(1))
                .until(() -> loggedEvents("acceptance.filed") >= filedEventsBefore + FILINGS);
        assertThat(loggedEvents("acceptance.filed")).isEqualTo(filedEventsBefore + FILINGS);

        Map<String, Long> deadLetters = EventBackbone.deadLetters();
        line("dead-letter topics: %s", deadLetters);
        line("wall time %.1f s for %d filings", seconds(start, System.nanoTime()), FILINGS);
        assertThat(deadLetters).as("records in the dead-letter topics").isNotEmpty()
                .allSatisfy((topic, records) -> assertThat(records).as(topic).isZero());
    }

    /** Filing numbers: one per filing, and within a year a run of consecutive numbers (nothing else files meanwhile). */
    private void assertFilingNumbersDistinctWithoutGaps(Set<Filed> filings) {
        Map<Integer, TreeSet<Integer>> byYear = new TreeMap<>();
        for (Filed filed : filings) {
            java.util.regex.Matcher number = AcceptanceClient.FILING_NUMBER.matcher(String.valueOf(filed.number()));
            assertThat(number.matches()).as("filing number of %s: %s", filed.applicationId(), filed.number()).isTrue();
            byYear.computeIfAbsent(Integer.valueOf(number.group(1)), year -> new TreeSet<>())
                    .add(Integer.valueOf(number.group(2)));
        }
        List<String> ranges = new ArrayList<>();
        byYear.forEach((year, numbers) -> ranges.add(year + ": " + numbers.first() + "-" + numbers.last()));
        line("filing numbers %s", ranges);
        assertThat(byYear.values().stream().mapToInt(Set::size).sum()).as("distinct filing numbers").isEqualTo(FILINGS);
        byYear.forEach((year, numbers) -> assertThat(numbers.last() - numbers.first() + 1)
                .as("filing numbers of %d without gaps: %s", year, numbers).isEqualTo(numbers.size()));
    }

    // --- the filings, under faults ---

    /** What a client does for one park: returns the filed application. */
    private interface FilingSteps {
        Filed fileFor(NewPark park) throws Exception;
    }

    /**
     * {@link #CLIENTS} threads take parks from one list and file each; the faults strike in between
     * at their share of the filings. A gate keeps the clients from running ahead of the next fault
     * by more than one filing each, so each fault meets filings in flight.
     */
    private Set<Filed> fileUnderFaults(List<NewPark> parks, FilingSteps steps) throws Exception {
        Set<Filed> filed = ConcurrentHashMap.newKeySet();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Gate gate = new Gate(threshold(0) + CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit((Callable<Void>) () -> {
                try {
                    for (int i = next.getAndIncrement(); i < parks.size() && failures.isEmpty();
                         i = next.getAndIncrement()) {
                        gate.awaitOpen(i);
                        filed.add(steps.fileFor(parks.get(i)));
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                    gate.open(Integer.MAX_VALUE);
                }
                return null;
            }));
        }
        boolean repaired = false;
        try {
            for (int f = 0; f < FAULTS.size(); f++) {
                int at = threshold(f);
                Awaitility.await(at + " filings done").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                        .until(() -> done.get() >= at || !failures.isEmpty());
                if (!failures.isEmpty()) {
                    break;
                }
                gate.open(f + 1 < FAULTS.size() ? threshold(f + 1) + CLIENTS : Integer.MAX_VALUE);
                Fault fault = FAULTS.get(f);
                int doneBefore = done.get();
                long struck = System.nanoTime();
                String what = fault.strike().get();
                line("after %d filings: %s (%.1f s; %d filings meanwhile)", doneBefore, what,
                        seconds(struck, System.nanoTime()), done.get() - doneBefore);
            }
            repaired = failures.isEmpty();
            for (Future<?> each : running) {
                each.get(10, TimeUnit.MINUTES);
            }
        } finally {
            gate.open(Integer.MAX_VALUE);
            clients.shutdownNow();
            if (!repaired) {
                leaveThePlatformWhole();
            }
        }
        if (!failures.isEmpty()) {
            AssertionError failed = new AssertionError("a client gave up after " + done.get() + " filings",
                    failures.peek());
            failures.stream().skip(1).forEach(failed::addSuppressed);
            throw failed;
        }
        return filed;
    }

    /** After a failed run: Kafka and reporting-service running again, for whatever runs next. */
    private void leaveThePlatformWhole() {
        for (String component : List.of("kafka", "reporting")) {
            try {
                LocalPlatform.startComponent(component);
            } catch (RuntimeException e) {
                line("could not start %s again after the failed run: %s", component, e.getMessage());
            }
        }
    }

    private static int threshold(int fault) {
        return (int) Math.round(FAULTS.get(fault).atShare() * FILINGS);
    }

    /** Lets client threads start filing number i only once the gate is open past i. */
    private static final class Gate {
        private int openBelow;

        Gate(int openBelow) {
            this.openBelow = openBelow;
        }

        synchronized void open(int below) {
            openBelow = Math.max(openBelow, below);
            notifyAll();
        }

        synchronized void awaitOpen(int filing) throws InterruptedException {
            while (filing >= openBelow) {
                wait();
            }
        }
    }

    // --- the parks and users the filings need ---

    /** A park registered for the run, the year it is scheduled for, and the usernames of its manager and officer. */
    private record NewPark(String code, String name, String level, int year, String manager, String officer) {
    }

    /**
     * New parks spread over the cities (a third national), registered by the province through
     * parks-service; one new city officer per city.
     */
    private List<NewPark> registerParksAndOfficers(String run, Keycloak.Admin keycloak) throws Exception {
        List<JsonNode> cities = cities();
        Map<String, String> officers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> created = new ArrayList<>();
            for (JsonNode city : cities) {
                created.add(pool.submit(() -> {
                    String username = "ft-" + run + "-officer-" + city.get("code").asText();
                    keycloak.createUser(username, "city-officer", Map.of("city_code", city.get("code").asText()),
                            city.get("name").asText() + "工业和信息化局");
                    officers.put(city.get("code").asText(), username);
                }));
            }
            List<Future<NewPark>> parks = new ArrayList<>();
            for (int i = 0; i < FILINGS; i++) {
                JsonNode city = cities.get(i % cities.size());
                String level = i % 3 == 0 ? "NATIONAL" : "PROVINCIAL";
                String name = "容错验证循环化改造园区" + run + "-" + i;
                int year = 2021 + i % 5;
                parks.add(pool.submit(() -> {
                    String code = given().auth().oauth2(Keycloak.token("province.admin")).contentType(ContentType.JSON)
                            .body(Map.of("name", name, "cityCode", city.get("code").asText(), "level", level,
                                    "zoneKind", "INDUSTRIAL_PARK"))
                            .when().post(PARKS + "/api/v1/parks")
                            .then().statusCode(201).extract().path("code");
                    String manager = "ft-" + run + "-manager-" + code.toLowerCase(Locale.ROOT);
                    return new NewPark(code, name, level, year, manager, city.get("code").asText());
                }));
            }
            for (Future<?> each : created) {
                each.get(10, TimeUnit.MINUTES);
            }
            List<NewPark> registered = new ArrayList<>();
            for (Future<NewPark> each : parks) {
                NewPark park = each.get(10, TimeUnit.MINUTES);
                registered.add(new NewPark(park.code(), park.name(), park.level(), park.year(), park.manager(),
                        officers.get(park.officer())));
            }
            return registered;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The 2021-2025 programme in plans-service (created and put in force unless it is there already) and
     * the new parks scheduled in it through its API, at most 500 a request, once plans-service knows them
     * from the registry (422 on an entry until then).
     */
    private static void schedule(List<NewPark> parks, String run) {
        Response programme = given().auth().oauth2(Keycloak.token("province.admin"))
                .when().get(PLANS + "/api/v1/programmes/" + PROGRAMME);
        if (programme.statusCode() == 404) {
            given().auth().oauth2(Keycloak.token("province.admin")).contentType(ContentType.JSON)
                    .header("Idempotency-Key", "faults-" + run + "-programme")
                    .body(Map.of("code", PROGRAMME, "definition", Map.of(
                            "name", "山东省园区循环化改造推进方案（2021-2025年）", "document", "鲁工信资〔2021〕12号",
                            "startYear", 2021, "endYear", 2025,
                            "goals", Map.of("nationalShare", new BigDecimal("1.00"), "provincialShare", new BigDecimal("1.00")),
                            "goalStatement", "到2025年底，具备条件的省级以上园区全部实施循环化改造")))
                    .when().post(PLANS + "/api/v1/programmes")
                    .then().statusCode(201);
        } else {
            assertThat(programme.statusCode()).as("GET programme " + PROGRAMME + ": " + programme.asString()).isEqualTo(200);
        }
        if (!"ACTIVE".equals(given().auth().oauth2(Keycloak.token("province.admin"))
                .when().get(PLANS + "/api/v1/programmes/" + PROGRAMME).then().statusCode(200).extract().path("status"))) {
            given().auth().oauth2(Keycloak.token("province.admin"))
                    .when().post(PLANS + "/api/v1/programmes/" + PROGRAMME + "/activation")
                    .then().statusCode(200);
        }
        for (int from = 0; from < parks.size(); from += 500) {
            List<Map<String, Object>> entries = parks.subList(from, Math.min(parks.size(), from + 500)).stream()
                    .map(park -> Map.<String, Object>of("parkCode", park.code(), "year", park.year())).toList();
            Awaitility.await("plans-service schedules the new parks").atMost(SETTLE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        Response scheduled = given().auth().oauth2(Keycloak.token("province.admin"))
                                .contentType(ContentType.JSON)
                                .body(Map.of("entries", entries, "reason", "容错验证园区 " + run))
                                .when().post(PLANS + "/api/v1/programmes/" + PROGRAMME + "/schedule");
                        assertThat(scheduled.statusCode()).as("scheduling: " + scheduled.asString()).isIn(201, 422);
                        return scheduled.statusCode() == 201;
                    });
        }
    }

    /**
     * Each park's manager gets an account and drafts and submits the park's implementation plan; the
     * city's officer approves it; then acceptance-service holds every approved plan (from plans.events).
     *
     * @return the approved plans as acceptance-service shows them, by park code
     */
    private static Map<String, JsonNode> approvePlans(List<NewPark> parks, String run, Keycloak.Admin keycloak)
            throws Exception {
        PlansClient plans = new PlansClient();
        Map<String, String> planIds = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> approved = new ArrayList<>();
            for (NewPark park : parks) {
                approved.add(pool.submit(() -> {
                    keycloak.createUser(park.manager(), "park-manager", Map.of("park_code", park.code()),
                            park.name() + "管委会");
                    JsonNode plan = plans.approve(PlansClient.draft(park.code(), PROGRAMME, 2020, park.year(),
                                    List.of("园区中水回用工程", "工业固废综合利用中心")),
                            park.manager(), park.officer(), "faults-" + run + "-plan-" + park.code());
                    planIds.put(park.code(), plan.path("id").asText());
                    return null;
                }));
            }
            for (Future<?> each : approved) {
                each.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, JsonNode> inAcceptance = new ConcurrentHashMap<>();
        for (NewPark park : parks) {
            inAcceptance.put(park.code(), plans.awaitInAcceptance(park.code(), planIds.get(park.code()),
                    "province.admin", SETTLE));
        }
        return inAcceptance;
    }

    /** The cities that exist today (Laiwu, merged into Jinan, does not). */
    private static List<JsonNode> cities() throws IOException {
        JsonNode page = JSON.readTree(given().auth().oauth2(Keycloak.token("province.admin"))
                .when().get(PARKS + "/api/v1/cities?size=50")
                .then().statusCode(200).extract().asString());
        List<JsonNode> active = new ArrayList<>();
        page.get("items").forEach(city -> {
            if (city.path("active").asBoolean(true)) {
                active.add(city);
            }
        });
        return active;
    }

    // --- what the province reads ---

    /** The province's planned and completed parks of a programme (cumulative, all years). */
    record Counts(long planned, long plannedNational, long plannedProvincial,
                  long completed, long completedNational, long completedProvincial) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        Counts planned(long parks, long national) {
            return new Counts(planned + parks, plannedNational + national, plannedProvincial + parks - national,
                    completed, completedNational, completedProvincial);
        }

        Counts completed(long parks, long national) {
            return new Counts(planned, plannedNational, plannedProvincial,
                    completed + parks, completedNational + national, completedProvincial + parks - national);
        }
    }

    private static Counts counts(String programme) throws IOException {
        Response response = given().auth().oauth2(Keycloak.token("province.admin"))
                .when().get(REPORTING + "/api/v1/progress?programme=" + programme);
        if (response.statusCode() == 404) {
            // Not a single park scheduled in the programme yet.
            return Counts.NONE;
        }
        assertThat(response.statusCode()).as("GET /api/v1/progress: " + response.asString()).isEqualTo(200);
        JsonNode cumulative = JSON.readTree(response.asString()).at("/province/cumulative");
        JsonNode planned = cumulative.get("planned");
        JsonNode completed = cumulative.get("completed");
        return new Counts(planned.get("total").asLong(), planned.get("national").asLong(),
                planned.get("provincial").asLong(), completed.get("total").asLong(),
                completed.get("national").asLong(), completed.get("provincial").asLong());
    }

    private static Counts awaitCounts(Counts expected, Duration atMost) {
        Counts[] last = {null};
        Awaitility.await("the province's counts of " + PROGRAMME).atMost(atMost).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    last[0] = counts(PROGRAMME);
                    assertThat(last[0]).isEqualTo(expected);
                });
        return last[0];
    }

    /** How many events of the type reporting-service's audit log holds. */
    private static long loggedEvents(String type) {
        return given().auth().oauth2(Keycloak.token("province.admin"))
                .when().get(REPORTING + "/api/v1/events?size=1&type=" + type)
                .then().statusCode(200).extract().<Number>path("total").longValue();
    }

    // --- the run's report ---

    private void line(String format, Object... args) {
        String line = String.format(format, args);
        report.add(line);
        System.out.println("[faults] " + line);
    }

    private void writeReport() throws IOException {
        Files.createDirectories(SUMMARY.getParent());
        Files.write(SUMMARY, report);
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }
}
