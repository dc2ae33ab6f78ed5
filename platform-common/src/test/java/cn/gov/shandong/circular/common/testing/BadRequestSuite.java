package cn.gov.shandong.circular.common.testing;

import cn.gov.shandong.circular.common.testing.OpenApiOperations.Operation;
import cn.gov.shandong.circular.common.testing.OpenApiOperations.Parameter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.awaitility.Awaitility;

/**
 * A generated bad-request suite: walks every operation of the running service's OpenAPI document
 * ({@code /q/openapi}) and sends it bad requests — malformed JSON, wrong JSON types and out-of-range
 * numbers per schema property, huge and odd strings (NUL, controls, lone surrogates, right-to-left
 * marks, long Chinese text, emoji), wrong content types, bad {@code If-Match} and
 * {@code Idempotency-Key}, bad path and query parameters — then as many seeded random ones as it
 * takes to reach the requested count. It asserts that nothing answers 5xx, that every 4xx is
 * problem+json with type, title and status, and that a refused write leaves every table of the
 * service's schema (outbox_event included) as it was.
 *
 * <p>Each request carries a token of the first role (province-admin first) that the operation
 * allows, so requests reach validation rather than stopping at 403. The count is
 * {@code bad-requests.total} (system property, default 2400) divided over the four services;
 * {@code bad-requests.seed} changes the random part. Deterministic for a given seed and service.
 */
public final class BadRequestSuite {

    public static final String TOTAL_PROPERTY = "bad-requests.total";
    public static final String SEED_PROPERTY = "bad-requests.seed";
    private static final int SERVICES = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How long the tables must stay still before the first request (see awaitQuiet). */
    private static final Duration QUIET = Duration.ofSeconds(2);

    private final String service;
    private final Map<String, Supplier<String>> callers = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> pathValues = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private int requests = Integer.getInteger(TOTAL_PROPERTY, 2400) / SERVICES;

    private BadRequestSuite(String service) {
        this.service = service;
        callers.put("province-admin", TestTokens::provinceAdmin);
        callers.put("park-manager", () -> TestTokens.parkManager("SDP001"));
        callers.put("city-officer", () -> TestTokens.cityOfficer("370100"));
        callers.put("auditor", TestTokens::auditor);
        callers.put("expert", TestTokens::expert);
        callers.put("integration", TestTokens::integration);
    }

    /** The suite for one service, run against the @QuarkusTest's running app. */
    public static BadRequestSuite forService(String service) {
        return new BadRequestSuite(service);
    }

    /** The token used for {@code role} (e.g. a park manager of the park whose data the path names). */
    public BadRequestSuite caller(String role, Supplier<String> token) {
        callers.put(role, token);
        return this;
    }

    /** A value that exists, for the path parameter {@code name} of every operation (e.g. code=SDP001). */
    public BadRequestSuite pathValue(String name, Supplier<String> value) {
        pathValues.put(name, value);
        return this;
    }

    /** As above, for the parameter of one path template only, e.g. {@code /api/v1/cities/{code}}. */
    public BadRequestSuite pathValue(String template, String name, Supplier<String> value) {
        pathValues.put(template + " " + name, value);
        return this;
    }

    /** A valid body for {@code "POST /api/v1/parks"}, which the suite varies one property at a time. */
    public BadRequestSuite body(String operation, String json) {
        bodies.put(operation, json);
        return this;
    }

    /** How many requests at least (the systematic cases always run in full). */
    public BadRequestSuite requests(int count) {
        this.requests = count;
        return this;
    }

    /** What a run sent and found. */
    public record Result(int requests, Map<Integer, Integer> byStatus, List<String> failures, Duration took) {
    }

    /** Runs the suite and fails with every distinct finding when anything is wrong. */
    public Result run(DataSource dataSource) {
        Result result = runWithoutAsserting(dataSource);
        if (!result.failures().isEmpty()) {
            throw new AssertionError(result.failures().size() + " kinds of bad requests were mishandled by " + service
                    + ":\n" + String.join("\n", result.failures().stream().limit(40).toList()));
        }
        return result;
    }

    /** Runs the suite and reports, without failing; for benches. */
    public Result runWithoutAsserting(DataSource dataSource) {
        long started = System.nanoTime();
        int port = RestAssured.port;
        long seed = Long.getLong(SEED_PROPERTY, 20261129L) ^ service.hashCode();
        Random random = new Random(seed);
        RawHttp.Reply document = RawHttp.send(port, "GET", "/q/openapi?format=json",
                List.of(new RawHttp.Header("Accept", "application/json")), null);
        OpenApiOperations openApi = new OpenApiOperations(document.bodyText());
        List<Operation> operations = openApi.operations("/api/");
        if (operations.isEmpty()) {
            throw new AssertionError(service + " documents no operation under /api/");
        }
        TableCounts tables = new TableCounts(dataSource);
        awaitQuiet(tables);

        Run run = new Run(port, tables);
        Map<Operation, Base> bases = new LinkedHashMap<>();
        for (Operation operation : operations) {
            bases.put(operation, base(operation, run));
        }
        List<Case> cases = new ArrayList<>();
        bases.forEach((operation, base) -> cases.addAll(systematic(operation, base)));
        cases.addAll(wrongMethods(operations, openApi, bases));
        List<Base> all = new ArrayList<>(bases.values());
        while (cases.size() + run.sent < requests) {
            cases.add(randomCase(all.get(random.nextInt(all.size())), random));
        }
        cases.forEach(run::send);

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long serverErrors = run.byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("bad-requests %s: %d requests in %.1f s, by status %s, %d x 5xx, %d kinds of findings (seed %d)%n",
                service, run.sent, took.toMillis() / 1000.0, run.byStatus, serverErrors, run.findings.size(), seed);
        return new Result(run.sent, run.byStatus, run.findings.entrySet().stream()
                .map(e -> e.getKey() + " (x" + e.getValue().count + "), e.g. " + e.getValue().example).toList(), took);
    }

    /**
     * Waits until consumers have applied what earlier tests sent, so a count that moves is ours: nothing left in
     * the outbox and no count changed for two seconds (a service that reads its own topic back, as reporting does,
     * appends an event to its log a moment after the outbox sent it, and a consumer may pause for a rebalance).
     */
    private static void awaitQuiet(TableCounts tables) {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(tables.now());
        AtomicLong lastChange = new AtomicLong(System.nanoTime());
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    Map<String, Long> now = tables.now();
                    if (!now.equals(last.getAndSet(now)) || tables.unsentOutboxRows() > 0) {
                        lastChange.set(System.nanoTime());
                        return false;
                    }
                    return System.nanoTime() - lastChange.get() >= QUIET.toNanos();
                });
    }

    // ----- building requests -----

    /** A request: what it tests, and the request itself. */
    record Case(String kind, Operation operation, String method, String target, List<RawHttp.Header> headers, byte[] body) {

        String describe() {
            return method + " " + RawHttp.abbreviate(target) + " " + headers.stream()
                    .filter(h -> !h.name().equals("Authorization")).map(h -> h.name() + ": " + RawHttp.abbreviate(h.value())).toList()
                    + (body == null ? "" : " " + RawHttp.abbreviate(new String(body, StandardCharsets.UTF_8)));
        }
    }

    /** An operation's well-formed request (the probe chose its token), which cases vary. */
    record Base(Operation operation, Map<String, String> path, String token, ObjectNode body) {

        String target(Map<String, String> pathOverride, String query) {
            String target = operation.template();
            for (Map.Entry<String, String> value : path.entrySet()) {
                target = target.replace("{" + value.getKey() + "}",
                        pathOverride.getOrDefault(value.getKey(), value.getValue()));
            }
            return query == null ? target : target + "?" + query;
        }

        List<RawHttp.Header> headers(boolean withBody, RawHttp.Header... extra) {
            List<RawHttp.Header> headers = new ArrayList<>();
            headers.add(new RawHttp.Header("Authorization", "Bearer " + token));
            headers.add(new RawHttp.Header("Accept", "application/json"));
            if (withBody) {
                headers.add(new RawHttp.Header("Content-Type", "application/json"));
            }
            for (RawHttp.Header header : extra) {
                headers.removeIf(h -> h.name().equalsIgnoreCase(header.name()));
                headers.add(header);
            }
            return headers;
        }

        byte[] bodyBytes() {
            return body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8);
        }

        boolean hasBody() {
            return body != null;
        }

        Case request(String kind, Map<String, String> pathOverride, String query, byte[] body, RawHttp.Header... headers) {
            return new Case(kind, operation, operation.method(), target(pathOverride, query),
                    headers(body != null, headers), body);
        }

        Case plain(String kind, RawHttp.Header... headers) {
            return request(kind, Map.of(), null, bodyBytes(), headers);
        }
    }

    private Base base(Operation operation, Run run) {
        Map<String, String> path = new LinkedHashMap<>();
        for (Parameter parameter : operation.in("path")) {
            Supplier<String> value = pathValues.getOrDefault(operation.template() + " " + parameter.name(),
                    pathValues.get(parameter.name()));
            path.put(parameter.name(), BadValues.percentEncode(value == null ? "x" : value.get()));
        }
        ObjectNode body = null;
        String given = bodies.get(operation.toString());
        if (given != null) {
            try {
                body = (ObjectNode) JSON.readTree(given);
            } catch (Exception e) {
                throw new IllegalArgumentException("the body given for " + operation + " is not a JSON object", e);
            }
        } else if (operation.body() != null && sample(operation.body()) instanceof ObjectNode sampled) {
            body = sampled;
        }
        // The first role the operation allows: a refusal for the role would hide every other check.
        String chosen = null;
        for (Supplier<String> caller : callers.values()) {
            String token = caller.get();
            Base probe = new Base(operation, path, token, body);
            RawHttp.Reply reply = run.send(probe.plain("probe the role"));
            chosen = token;
            if (!(reply.status() == 403 && reply.bodyText().contains("role-not-allowed"))) {
                break;
            }
        }
        return new Base(operation, path, chosen, body);
    }

    private static List<Case> systematic(Operation operation, Base base) {
        List<Case> cases = new ArrayList<>();
        for (Parameter parameter : operation.in("path")) {
            for (String segment : BadValues.PATH_SEGMENTS) {
                cases.add(base.request("path " + parameter.name(), Map.of(parameter.name(), segment), null, base.bodyBytes()));
            }
        }
        for (Parameter parameter : operation.in("query")) {
            List<String> values = new ArrayList<>(BadValues.QUERY_VALUES);
            values.addAll(outOfRange(parameter.schema()).stream().map(BadValues::percentEncode).toList());
            for (String value : values) {
                cases.add(base.request("query " + parameter.name(), Map.of(),
                        parameter.name() + "=" + value, base.bodyBytes()));
            }
            cases.add(base.request("query " + parameter.name() + " twice", Map.of(),
                    parameter.name() + "=1&" + parameter.name() + "=x", base.bodyBytes()));
        }
        cases.add(base.request("undeclared query", Map.of(), "zz%00=1&=&&%3D=%3D", base.bodyBytes()));
        for (String value : BadValues.IF_MATCH) {
            cases.add(base.plain("If-Match", new RawHttp.Header("If-Match", value)));
        }
        for (String value : BadValues.CORRELATION_IDS) {
            cases.add(base.plain("X-Correlation-Id", new RawHttp.Header("X-Correlation-Id", value)));
        }
        for (String value : BadValues.ACCEPTS) {
            cases.add(base.plain("Accept", new RawHttp.Header("Accept", value)));
        }
        if (operation.writes()) {
            for (String value : BadValues.IDEMPOTENCY_KEYS) {
                cases.add(base.plain("Idempotency-Key", new RawHttp.Header("Idempotency-Key", value)));
            }
            cases.addAll(bodyCases(base));
        }
        return cases;
    }

    private static List<Case> bodyCases(Base base) {
        List<Case> cases = new ArrayList<>();
        byte[] valid = base.bodyBytes() == null ? "{}".getBytes(StandardCharsets.UTF_8) : base.bodyBytes();
        for (String type : BadValues.CONTENT_TYPES) {
            cases.add(base.request("Content-Type", Map.of(), null, valid, new RawHttp.Header("Content-Type", type)));
        }
        cases.add(new Case("no Content-Type", base.operation(), base.operation().method(), base.target(Map.of(), null),
                base.headers(false), valid));
        for (String body : BadValues.MALFORMED_BODIES) {
            cases.add(base.request("malformed body", Map.of(), null, body.getBytes(StandardCharsets.UTF_8)));
        }
        for (byte[] body : BadValues.MALFORMED_BYTES) {
            cases.add(base.request("body not UTF-8", Map.of(), null, body));
        }
        cases.add(base.request("body over the size limit", Map.of(), null,
                ("{\"a\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8)));
        if (base.body() == null) {
            return cases;
        }
        JsonNode properties = base.operation().body() == null ? JSON.createObjectNode()
                : base.operation().body().path("properties");
        for (Iterator<String> names = base.body().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode schema = properties.path(name);
            List<String> values = new ArrayList<>(BadValues.JSON_LITERALS);
            BadValues.ODD_TEXTS.forEach(text -> values.add(BadValues.jsonString(text)));
            outOfRange(schema).forEach(text -> values.add(looksNumeric(text) ? text : BadValues.jsonString(text)));
            for (String value : values) {
                cases.add(base.request("body " + name, Map.of(), null, withProperty(base.body(), name, value)));
            }
            ObjectNode without = base.body().deepCopy();
            without.remove(name);
            cases.add(base.request("body without " + name, Map.of(), null, without.toString().getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(base.request("body with an unknown property", Map.of(), null,
                withProperty(base.body(), "zz", BadValues.jsonString("\u0000"))));
        return cases;
    }

    private static List<Case> wrongMethods(List<Operation> operations, OpenApiOperations openApi, Map<Operation, Base> bases) {
        List<Case> cases = new ArrayList<>();
        Map<String, Base> byTemplate = new TreeMap<>();
        operations.forEach(operation -> byTemplate.putIfAbsent(operation.template(), bases.get(operation)));
        byTemplate.forEach((template, base) -> {
            for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                if (!openApi.methodsOf(template).contains(method)) {
                    cases.add(new Case("method " + method, base.operation(), method, base.target(Map.of(), null),
                            base.headers(true), "{}".getBytes(StandardCharsets.UTF_8)));
                }
            }
        });
        return cases;
    }

    /** A random mix: random text in a path parameter, a query parameter or a body property, maybe a bad header. */
    private static Case randomCase(Base base, Random random) {
        Operation operation = base.operation();
        String text = BadValues.randomText(random);
        List<String> places = new ArrayList<>();
        operation.in("path").forEach(p -> places.add("path " + p.name()));
        operation.in("query").forEach(p -> places.add("query " + p.name()));
        if (base.hasBody()) {
            base.body().fieldNames().forEachRemaining(n -> places.add("body " + n));
        }
        places.add("query zz");
        String place = places.get(random.nextInt(places.size()));
        String name = place.substring(place.indexOf(' ') + 1);
        Map<String, String> path = new HashMap<>();
        String query = null;
        byte[] body = base.bodyBytes();
        if (place.startsWith("path")) {
            path.put(name, text.isEmpty() ? "%20" : BadValues.percentEncode(text));
        } else if (place.startsWith("query")) {
            query = name + "=" + BadValues.percentEncode(text);
        } else {
            String value = random.nextInt(4) == 0
                    ? BadValues.JSON_LITERALS.get(random.nextInt(BadValues.JSON_LITERALS.size()))
                    : BadValues.jsonString(text);
            body = withProperty(base.body(), name, value);
        }
        List<RawHttp.Header> extra = new ArrayList<>();
        switch (random.nextInt(6)) {
            case 0 -> extra.add(new RawHttp.Header("If-Match", BadValues.IF_MATCH.get(random.nextInt(BadValues.IF_MATCH.size()))));
            case 1 -> extra.add(new RawHttp.Header("Idempotency-Key",
                    BadValues.IDEMPOTENCY_KEYS.get(random.nextInt(BadValues.IDEMPOTENCY_KEYS.size()))));
            case 2 -> extra.add(new RawHttp.Header("Content-Type",
                    BadValues.CONTENT_TYPES.get(random.nextInt(BadValues.CONTENT_TYPES.size()))));
            default -> {
            }
        }
        return base.request("random " + place, path, query, body, extra.toArray(RawHttp.Header[]::new));
    }

    // ----- schemas -----

    /** A value that fits the schema, from its example, enum, format or bounds. */
    private static JsonNode sample(JsonNode schema) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        JsonNode type = schema.path("type");
        String kind = type.isArray() ? type.path(0).asText() : type.asText();
        switch (kind) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue())));
                return object;
            }
            case "array" -> {
                return JSON.createArrayNode().add(sample(schema.path("items")));
            }
            case "integer", "number" -> {
                return JSON.getNodeFactory().numberNode(schema.has("minimum") ? schema.get("minimum").asLong()
                        : schema.has("maximum") ? Math.min(1, schema.get("maximum").asLong()) : 1);
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(true);
            }
            default -> {
                return JSON.getNodeFactory().textNode(switch (schema.path("format").asText()) {
                    case "date" -> "2020-01-01";
                    case "date-time" -> "2020-01-01T00:00:00Z";
                    case "uuid" -> "00000000-0000-4000-8000-000000000000";
                    default -> "示例文本";
                });
            }
        }
    }

    /** Values just outside what the schema allows (one over the length, one past a bound, a wrong enum). */
    private static List<String> outOfRange(JsonNode schema) {
        List<String> values = new ArrayList<>();
        if (schema.has("maxLength")) {
            int max = schema.get("maxLength").asInt();
            values.add("长".repeat(max + 1));
            values.add("a".repeat(max + 1));
        }
        if (schema.has("minimum")) {
            values.add(String.valueOf(schema.get("minimum").asLong() - 1));
        }
        if (schema.has("maximum")) {
            values.add(String.valueOf(schema.get("maximum").asLong() + 1));
            values.add(schema.get("maximum").asLong() + ".5");
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            String first = schema.get("enum").get(0).asText();
            values.add(first.toLowerCase(java.util.Locale.ROOT));
            values.add(first + " ");
            values.add("UNKNOWN_VALUE");
        }
        if (schema.has("pattern")) {
            values.add("x");
        }
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            values.addAll(List.of("2018-02-30", "yesterday", "2018-1-1"));
        } else if (format.equals("uuid")) {
            values.addAll(List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g"));
        }
        return values;
    }

    private static boolean looksNumeric(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }

    private static byte[] withProperty(ObjectNode body, String name, String rawJsonValue) {
        StringBuilder json = new StringBuilder("{");
        boolean replaced = false;
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            json.append(json.length() > 1 ? "," : "").append(BadValues.jsonString(field.getKey())).append(':');
            if (field.getKey().equals(name)) {
                json.append(rawJsonValue);
                replaced = true;
            } else {
                json.append(field.getValue().toString());
            }
        }
        if (!replaced) {
            json.append(json.length() > 1 ? "," : "").append(BadValues.jsonString(name)).append(':').append(rawJsonValue);
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    // ----- sending and judging -----

    /** Sends cases, judges the replies, and keeps the tally. */
    private static final class Run {

        private final int port;
        private final TableCounts tables;
        private final Map<Integer, Integer> byStatus = new TreeMap<>();
        private final Map<String, Finding> findings = new LinkedHashMap<>();
        private int sent;

        Run(int port, TableCounts tables) {
            this.port = port;
            this.tables = tables;
        }

        RawHttp.Reply send(Case request) {
            Map<String, Long> before = request.method().equals("GET") ? null : tables.now();
            RawHttp.Reply reply;
            try {
                reply = RawHttp.send(port, request.method(), request.target(), request.headers(), request.body());
            } catch (RuntimeException e) {
                finding("no reply: " + e.getMessage(), request, null);
                return new RawHttp.Reply(0, Map.of(), new byte[0]);
            }
            sent++;
            byStatus.merge(reply.status(), 1, Integer::sum);
            judge(request, reply, before);
            return reply;
        }

        private void judge(Case request, RawHttp.Reply reply, Map<String, Long> before) {
            int status = reply.status();
            if (status >= 500) {
                finding(status + " server error", request, reply);
                return;
            }
            if (status >= 400) {
                String problem = problemShape(reply);
                if (problem != null) {
                    finding(status + " not problem+json (" + problem + ")", request, reply);
                }
                if (before != null) {
                    Map<String, Long> after = tables.now();
                    if (!after.equals(before)) {
                        finding(status + " but rows changed " + difference(before, after), request, reply);
                    }
                }
            }
        }

        /** Null when the reply is a problem with type, title and status; else what is wrong. */
        private static String problemShape(RawHttp.Reply reply) {
            String type = reply.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                return "Content-Type " + type;
            }
            try {
                JsonNode problem = JSON.readTree(reply.body());
                if (!problem.path("type").isTextual() || !problem.path("title").isTextual()
                        || problem.path("status").asInt() != reply.status()) {
                    return "type, title or status missing";
                }
                return null;
            } catch (Exception e) {
                return "body is not JSON";
            }
        }

        private static String difference(Map<String, Long> before, Map<String, Long> after) {
            Map<String, String> changed = new TreeMap<>();
            after.forEach((table, count) -> {
                if (!count.equals(before.get(table))) {
                    changed.put(table, before.get(table) + "->" + count);
                }
            });
            return changed.toString();
        }

        private void finding(String what, Case request, RawHttp.Reply reply) {
            String key = what.replaceAll("\\{.*", "") + " at " + request.operation() + " [" + request.kind() + "]";
            findings.computeIfAbsent(key, k -> new Finding(request.describe()
                    + (reply == null ? "" : " -> " + reply.describe()))).count++;
        }
    }

    private static final class Finding {
        final String example;
        int count;

        Finding(String example) {
            this.example = example;
        }
    }
}
