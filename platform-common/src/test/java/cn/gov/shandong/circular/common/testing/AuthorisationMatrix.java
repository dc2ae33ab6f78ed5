package cn.gov.shandong.circular.common.testing;

import cn.gov.shandong.circular.common.testing.OpenApiOperations.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.awaitility.Awaitility;

/**
 * The authorisation matrix: every operation of the running service's OpenAPI document, called by every
 * caller (the seven roles and no token) against data inside and outside the caller's city and park, each
 * cell's outcome read from the checked-in table in {@code docs/authorisation.md}.
 *
 * <p>The table is the single source of truth: a section {@code ## <service>} (and {@code ## every service}
 * for the library's endpoints) holds rows {@code | `METHOD /path` | data | <7 expected outcomes> |}. An
 * operation of the document without rows fails, as does a row naming an operation the document lacks, so
 * a new endpoint cannot ship without someone deciding who may call it. A service's test supplies only its
 * fixtures: for each row's data variant the request (path values, query, body), built afresh per cell so
 * that it can bring the data into the state the row is about. Rows run in table order; within a row the
 * callers expected to be refused run first, then those expected to succeed.
 *
 * <p>Each cell asserts the status, and beyond it that nothing leaks: every 4xx is problem+json (a 404 of
 * type not-found), a 2xx body of a city officer or park manager holds no marker of another city's or
 * park's data, a {@code 200 empty} page has no items, and a refused write leaves every table as it was
 * (content of every table; row count of the outbox, the only way an event leaves the service).
 */
public final class AuthorisationMatrix {

    /** The table's caller columns, in order. */
    public static final List<String> CALLERS = List.of("province-admin", "city-officer", "park-manager", "expert",
            "auditor", "integration", "joint-meeting", "no token");
    /** The data variant of a row whose request needs no fixture (no path parameter, no body). */
    public static final String ANY = "any";
    static final String EVERY_SERVICE = "every service";
    static final String DEFAULT_TABLE = "../docs/authorisation.md";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CELL = Pattern.compile("(\\d{3})( empty)?");
    private static final String NOT_FOUND_TYPE = "urn:circular-parks:problem:not-found";

    private final String service;
    private Path table = Path.of(DEFAULT_TABLE);
    private String officerCity;
    private String managerPark;
    private final Set<String> otherPark = new LinkedHashSet<>();
    private final Set<String> otherCity = new LinkedHashSet<>();
    private final Map<String, Supplier<Request>> requests = new LinkedHashMap<>();

    private AuthorisationMatrix(String service) {
        this.service = service;
        // The library's outbox admin, in every service: an id no event has (releasing a real blocked event
        // would send it again; OutboxBlockingTest covers that).
        request("POST /api/v1/outbox/{id}/release", "unknown id",
                () -> Request.pathValue("id", java.util.UUID.randomUUID().toString()));
    }

    /** The matrix of one service ({@code ## parks-service} in the table), run against the @QuarkusTest's app. */
    public static AuthorisationMatrix forService(String service) {
        return new AuthorisationMatrix(service);
    }

    /** Where the table is, relative to the module (default {@value #DEFAULT_TABLE}). */
    public AuthorisationMatrix table(Path path) {
        this.table = path;
        return this;
    }

    /** The city of the city officer's token and the park of the park manager's: what "own" means. */
    public AuthorisationMatrix scopedCallers(String city, String park) {
        this.officerCity = city;
        this.managerPark = park;
        return this;
    }

    /**
     * Texts that identify data of another park of the caller's city (e.g. {@code "SDP002"} with its
     * quotes): no 2xx body of the park manager may contain them.
     */
    public AuthorisationMatrix otherPark(String... markers) {
        otherPark.addAll(List.of(markers));
        return this;
    }

    /** Texts that identify data of another city: no 2xx body of the city officer or park manager may contain them. */
    public AuthorisationMatrix otherCity(String... markers) {
        otherCity.addAll(List.of(markers));
        return this;
    }

    /**
     * The request for the rows of {@code operation} (as {@code "GET /api/v1/parks/{code}"}) with this data
     * variant (the table's data column); called once per cell, so it may create what the cell needs.
     */
    public AuthorisationMatrix request(String operation, String variant, Supplier<Request> request) {
        requests.put(key(operation, variant), request);
        return this;
    }

    /** What a run found. */
    public record Result(int rows, int cells, Duration took) {
    }

    /** Runs every cell of the service's rows and fails with every cell that did not hold. */
    public Result run(DataSource dataSource) {
        long started = System.nanoTime();
        if (officerCity == null || managerPark == null) {
            throw new IllegalStateException("say which city and park the scoped callers own: scopedCallers(city, park)");
        }
        RawHttp.Reply document = RawHttp.send(RestAssured.port, "GET", "/q/openapi?format=json",
                List.of(new RawHttp.Header("Accept", "application/json")), null);
        Map<String, Operation> operations = new LinkedHashMap<>();
        new OpenApiOperations(document.bodyText()).operations("/api/").forEach(o -> operations.put(o.toString(), o));
        List<Row> rows = rowsOf(read(table), service);

        List<String> gaps = coverageGaps(operations, rows);
        if (!gaps.isEmpty()) {
            throw new AssertionError("The authorisation table " + table + " and " + service
                    + " disagree; decide who may call each operation and say so in the table:\n  "
                    + String.join("\n  ", gaps));
        }

        Fingerprint fingerprint = new Fingerprint(dataSource);
        awaitQuiet(fingerprint);
        Map<String, String> tokens = tokens();
        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Row row : rows) {
            Operation operation = operations.get(row.operation());
            Supplier<Request> supplier = requests.get(key(row.operation(), row.variant()));
            for (String caller : inRunningOrder(row)) {
                Request request = supplier != null ? supplier.get() : Request.none();
                failures.addAll(runCell(row, caller, tokens.get(caller), operation, request, fingerprint));
                cells++;
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("authorisation matrix %s: %d operations, %d rows, %d cells in %.1f s, %d failures%n",
                service, operations.size(), rows.size(), cells, took.toMillis() / 1000.0, failures.size());
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " cells of " + service + "'s authorisation matrix ("
                    + table + ") did not hold:\n  " + String.join("\n  ", failures));
        }
        return new Result(rows.size(), cells, took);
    }

    // ----- the table -----

    /** One row: an operation, a data variant, and the expected outcome per caller. */
    record Row(String operation, String variant, Map<String, String> expected, int line) {
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the authorisation table " + path.toAbsolutePath(), e);
        }
    }

    /** The rows of the sections {@code ## <service>} and {@code ## every service}, in table order. */
    static List<Row> rowsOf(String markdown, String service) {
        List<Row> rows = new ArrayList<>();
        String section = null;
        List<String> header = null;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
                header = null;
                continue;
            }
            boolean ours = service.equals(section) || EVERY_SERVICE.equals(section);
            if (!ours || !line.startsWith("|")) {
                if (!line.startsWith("|")) {
                    header = null;
                }
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells;
                List<String> expected = new ArrayList<>(List.of("operation", "data"));
                expected.addAll(CALLERS);
                if (!header.equals(expected)) {
                    throw new AssertionError("line " + (i + 1) + " of the authorisation table: the columns must be "
                            + expected + ", not " + header);
                }
                continue;
            }
            if (cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                continue;
            }
            if (cells.size() != header.size()) {
                throw new AssertionError("line " + (i + 1) + " of the authorisation table has " + cells.size()
                        + " cells, not " + header.size() + ": " + line);
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (int c = 0; c < CALLERS.size(); c++) {
                String cell = cells.get(c + 2);
                if (!CELL.matcher(cell).matches()) {
                    throw new AssertionError("line " + (i + 1) + " of the authorisation table: '" + cell
                            + "' is not an outcome (a status such as 200, 404, or '200 empty')");
                }
                expected.put(CALLERS.get(c), cell);
            }
            rows.add(new Row(cells.get(0).replace("`", "").strip(), cells.get(1), expected, i + 1));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private List<String> coverageGaps(Map<String, Operation> operations, List<Row> rows) {
        List<String> gaps = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        Set<String> rowKeys = new LinkedHashSet<>();
        for (Row row : rows) {
            covered.add(row.operation());
            if (!rowKeys.add(key(row.operation(), row.variant()))) {
                gaps.add("line " + row.line() + ": a second row for " + row.operation() + " [" + row.variant() + "]");
            }
            Operation operation = operations.get(row.operation());
            if (operation == null) {
                gaps.add("line " + row.line() + ": " + row.operation() + " is not an operation of " + service
                        + " (any more); remove or correct its rows");
            } else if (!requests.containsKey(key(row.operation(), row.variant()))
                    && !(row.variant().equals(ANY) && operation.in("path").isEmpty() && operation.body() == null)) {
                gaps.add("line " + row.line() + ": " + service + "'s AuthorisationMatrixTest supplies no request for "
                        + row.operation() + " [" + row.variant() + "]");
            }
        }
        for (String operation : operations.keySet()) {
            if (!covered.contains(operation)) {
                gaps.add(operation + " has no rows: add rows '| `" + operation + "` | any | ... |' (one per data "
                        + "variant: own, other park, other city) under '## " + service + "'");
            }
        }
        for (String key : requests.keySet()) {
            if (!rowKeys.contains(key)) {
                gaps.add("the test supplies a request for " + key.replace("\n", " [") + "] but the table has no such row");
            }
        }
        return gaps;
    }

    private static String key(String operation, String variant) {
        return operation + "\n" + variant;
    }

    // ----- running a cell -----

    /**
     * The row's callers, those expected to be refused first: a success may change the data for good (a
     * filing is final), and the refusals of the row must meet the data in the state the row is about.
     */
    private static List<String> inRunningOrder(Row row) {
        List<String> order = new ArrayList<>();
        CALLERS.stream().filter(c -> !row.expected().get(c).startsWith("2")).forEach(order::add);
        CALLERS.stream().filter(c -> row.expected().get(c).startsWith("2")).forEach(order::add);
        return order;
    }

    private Map<String, String> tokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("province-admin", TestTokens.provinceAdmin());
        tokens.put("city-officer", TestTokens.cityOfficer(officerCity));
        tokens.put("park-manager", TestTokens.parkManager(managerPark));
        tokens.put("expert", TestTokens.expert());
        tokens.put("auditor", TestTokens.auditor());
        tokens.put("integration", TestTokens.integration());
        tokens.put("joint-meeting", TestTokens.jointMeeting());
        tokens.put("no token", null);
        return tokens;
    }

    private List<String> runCell(Row row, String caller, String token, Operation operation, Request request,
                                 Fingerprint fingerprint) {
        String target = operation.template();
        for (Map.Entry<String, String> value : request.pathValues().entrySet()) {
            target = target.replace("{" + value.getKey() + "}", BadValues.percentEncode(value.getValue()));
        }
        if (target.contains("{")) {
            throw new IllegalStateException("the request for " + row.operation() + " [" + row.variant()
                    + "] leaves a path parameter unset: " + target);
        }
        if (request.queryString() != null) {
            target += "?" + request.queryString();
        }
        List<RawHttp.Header> headers = new ArrayList<>();
        if (token != null) {
            headers.add(new RawHttp.Header("Authorization", "Bearer " + token));
        }
        headers.add(new RawHttp.Header("Accept", "application/json"));
        byte[] body = null;
        if (request.content() != null) {
            // A body that is not JSON (a multipart upload), sent as given with its own Content-Type.
            headers.add(new RawHttp.Header("Content-Type", request.contentType()));
            body = request.content();
        } else if (request.json() != null) {
            headers.add(new RawHttp.Header("Content-Type", "application/json"));
            body = request.json().getBytes(StandardCharsets.UTF_8);
        } else if (operation.writes()) {
            // A write without a body still says what it would send, as a browser's fetch does.
            headers.add(new RawHttp.Header("Content-Type", "application/json"));
        }
        Map<String, String> before = operation.writes() ? fingerprint.now() : null;
        RawHttp.Reply reply = RawHttp.send(RestAssured.port, operation.method(), target, headers, body);

        String cell = row.operation() + " [" + row.variant() + "] as " + caller + " (line " + row.line() + ")";
        String expected = row.expected().get(caller);
        Matcher outcome = CELL.matcher(expected);
        outcome.matches();
        int status = Integer.parseInt(outcome.group(1));
        boolean empty = outcome.group(2) != null;
        List<String> failures = new ArrayList<>();
        if (reply.status() != status) {
            failures.add(cell + ": expected " + expected + ", got " + reply.describe());
        }
        if (reply.status() >= 400) {
            String problem = problemType(reply);
            if (problem == null) {
                failures.add(cell + ": a " + reply.status() + " that is not problem+json: " + reply.describe());
            } else if (reply.status() == 404 && !problem.equals(NOT_FOUND_TYPE)) {
                failures.add(cell + ": a 404 of type " + problem + ", not " + NOT_FOUND_TYPE);
            }
            if (before != null) {
                Map<String, String> after = fingerprint.now();
                if (!after.equals(before)) {
                    failures.add(cell + ": refused with " + reply.status() + " but changed " + changed(before, after));
                }
            }
        } else if (reply.status() >= 200 && reply.status() < 300) {
            String text = reply.bodyText();
            // Data of no city or park ("any": cities, programmes) is the same for everyone.
            for (String marker : row.variant().equals(ANY) ? Set.<String>of() : hiddenFrom(caller)) {
                if (text.contains(marker)) {
                    failures.add(cell + ": the answer reveals " + marker + ", outside the caller's scope: "
                            + RawHttp.abbreviate(text));
                }
            }
            if (empty && itemCount(text) != 0) {
                failures.add(cell + ": expected an empty page, got " + RawHttp.abbreviate(text));
            }
        }
        return failures;
    }

    private Set<String> hiddenFrom(String caller) {
        Set<String> hidden = new LinkedHashSet<>();
        if (caller.equals("park-manager")) {
            hidden.addAll(otherPark);
        }
        if (caller.equals("park-manager") || caller.equals("city-officer")) {
            hidden.addAll(otherCity);
        }
        return hidden;
    }

    /** The problem's type, or null when the reply is not problem+json with type, title and status. */
    private static String problemType(RawHttp.Reply reply) {
        String type = reply.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return null;
        }
        try {
            JsonNode problem = JSON.readTree(reply.body());
            if (!problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || problem.path("status").asInt() != reply.status()) {
                return null;
            }
            return problem.path("type").asText();
        } catch (IOException e) {
            return null;
        }
    }

    /** Items of a page ({@code items}) or of a bare list; -1 when the body is neither. */
    private static int itemCount(String text) {
        try {
            JsonNode body = JSON.readTree(text);
            if (body.isArray()) {
                return body.size();
            }
            return body.path("items").isArray() ? body.path("items").size() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, state) -> {
            if (!state.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + state);
            }
        });
        return changed.toString();
    }

    /** Waits until consumers have applied what earlier tests sent, so a table that moves moved because of us. */
    private static void awaitQuiet(Fingerprint fingerprint) {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(fingerprint.now());
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofMillis(300))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> last.getAndSet(fingerprint.now()).equals(last.get()));
    }

    /**
     * The state of every table of the service's schema in one query: row count and a hash of the rows'
     * content, so that an update a refused write made is seen as well as an insert. The outbox is counted
     * only: its relay marks rows sent after commit, which is not a change the request made.
     */
    static final class Fingerprint {

        private static final Set<String> COUNTED_ONLY = Set.of("outbox_event");

        private final DataSource dataSource;
        private final String query;

        Fingerprint(DataSource dataSource) {
            this.dataSource = dataSource;
            List<String> tables = TableCounts.tables(dataSource);
            this.query = String.join(" union all ", tables.stream().map(t -> COUNTED_ONLY.contains(t)
                    ? "select '" + t + "', count(*) || ' rows' from \"" + t + "\""
                    : "select '" + t + "', count(*) || ' rows ' || md5(coalesce(string_agg(x::text, '|' order by x::text), ''))"
                            + " from \"" + t + "\" x").toList());
        }

        Map<String, String> now() {
            Map<String, String> state = new TreeMap<>();
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    state.put(rows.getString(1), rows.getString(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the tables' state", e);
            }
            return state;
        }
    }

    /** A cell's request: path values, query string (already encoded) and a body (JSON or other), each optional. */
    public static final class Request {

        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private String queryString;
        private String json;
        private String contentType;
        private byte[] content;

        private Request() {
        }

        /** A request with nothing to fill in. */
        public static Request none() {
            return new Request();
        }

        /** A request with this value for the path parameter {@code name}. */
        public static Request pathValue(String name, String value) {
            return new Request().andPath(name, value);
        }

        /** A request with this query string, e.g. {@code cityCode=370100&size=200}. */
        public static Request query(String query) {
            return new Request().andQuery(query);
        }

        /** A request with this JSON body. */
        public static Request body(String json) {
            return new Request().andBody(json);
        }

        public Request andPath(String name, String value) {
            pathValues.put(name, value);
            return this;
        }

        public Request andQuery(String query) {
            this.queryString = query;
            return this;
        }

        public Request andBody(String body) {
            this.json = body;
            return this;
        }

        /** A body of another media type, e.g. {@code multipart/form-data; boundary=...}, sent as these bytes. */
        public Request andContent(String type, byte[] bytes) {
            this.contentType = type;
            this.content = bytes;
            return this;
        }

        Map<String, String> pathValues() {
            return pathValues;
        }

        String queryString() {
            return queryString;
        }

        String json() {
            return json;
        }

        String contentType() {
            return contentType;
        }

        byte[] content() {
            return content;
        }
    }
}
