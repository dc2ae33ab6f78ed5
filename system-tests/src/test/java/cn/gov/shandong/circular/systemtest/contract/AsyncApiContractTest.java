package cn.gov.shandong.circular.systemtest.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/asyncapi.yaml} true: it is a valid AsyncAPI 3.0.0 document, its examples fit its
 * schemas, it names exactly the event types the services publish, and its channels are exactly the
 * topics the services are configured with.
 *
 * <p>A plain unit test over the repository's files (no service runs). The services are written in
 * parallel: a service whose module does not exist yet is skipped, but one that exists must agree
 * with the document in both directions.
 */
class AsyncApiContractTest {

    /** The official AsyncAPI 3.0.0 JSON Schema, bundled and self-contained (see the README beside it). */
    private static final String ASYNCAPI_SCHEMA = "classpath:asyncapi/asyncapi-3.0.0.schema.json";

    /** The services the document describes (module directory = quarkus.application.name). */
    private static final List<String> SERVICES =
            List.of("parks-service", "plans-service", "acceptance-service", "reporting-service");

    /** How event types are spelled: {@code park.registered}, {@code plan.park-scheduled}, {@code acceptance.filed}. */
    private static final Pattern EVENT_TYPE = Pattern.compile("(park|plan|acceptance)\\.[a-z-]+");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * JSON Schema draft 7, as the AsyncAPI schema declares ({@code $schema} draft-07 maps to the
     * validator's built-in meta-schema). Only classpath resources may load: the vendored schema is
     * self-contained, and a reference that reached for the network must fail, not download.
     * {@code example} (used by the AsyncAPI schema) and {@code components} (the document part that
     * message schemas refer to) are known non-validating keywords, so they log no warnings.
     */
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            builder -> builder
                    .metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV7())
                            .keyword(new NonValidationKeyword("example"))
                            .keyword(new NonValidationKeyword("components"))
                            .build())
                    .schemaLoaders(loaders -> loaders.add(
                            new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private static Path repo;
    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        repo = repoRoot();
        document = YAML.readTree(repo.resolve("docs/asyncapi.yaml").toFile());
    }

    // ---------------------------------------------------------------- (a) a valid AsyncAPI 3.0.0 document

    @Test
    void documentIsValidAsyncApi300() {
        assertThat(asyncApiSchema().validate(document))
                .as("docs/asyncapi.yaml against the AsyncAPI 3.0.0 JSON Schema")
                .isEmpty();
    }

    /** Guards the check above: a validator that accepted anything would make it worthless. */
    @Test
    void schemaRejectsBrokenDocuments() {
        JsonSchema schema = asyncApiSchema();
        String anOperation = document.get("operations").fieldNames().next();
        String aChannel = document.get("channels").fieldNames().next();

        assertThat(schema.validate(broken(doc -> ((ObjectNode) doc).put("asyncapi", "2.6.0"))))
                .as("wrong spec version").isNotEmpty();
        assertThat(schema.validate(broken(doc -> ((ObjectNode) doc.get("operations").get(anOperation))
                .put("action", "publish"))))
                .as("AsyncAPI 2 operation verb").isNotEmpty();
        assertThat(schema.validate(broken(doc -> ((ObjectNode) doc.get("operations").get(anOperation))
                .remove("channel"))))
                .as("operation without channel").isNotEmpty();
        assertThat(schema.validate(broken(doc -> ((ObjectNode) doc.get("channels").get(aChannel))
                .put("topic", "parks.events"))))
                .as("unknown channel field").isNotEmpty();
        assertThat(schema.validate(broken(doc -> ((ObjectNode) doc.get("servers").elements().next())
                .remove("protocol"))))
                .as("server without protocol").isNotEmpty();
    }

    @Test
    void everyMessageHasExamplesThatFitItsSchemas() {
        Map<String, JsonNode> messages = documentedMessages();
        assertThat(messages).isNotEmpty();
        List<String> problems = new ArrayList<>();
        messages.forEach((pointer, message) -> {
            JsonNode examples = message.path("examples");
            if (!examples.isArray() || examples.isEmpty()) {
                problems.add(pointer + " has no example");
                return;
            }
            for (JsonNode example : examples) {
                String where = pointer + " example " + example.path("name").asText("?");
                check(problems, where + " headers", message.get("headers"), example.get("headers"));
                check(problems, where + " payload", message.get("payload"), example.get("payload"));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void messageSchemasRejectWhatTheyShould() {
        JsonNode reviewed = messageOfType("acceptance.reviewed");
        ObjectNode payload = (ObjectNode) reviewed.get("examples").get(0).get("payload").deepCopy();
        assertThat(fragmentSchema(reviewed.get("payload")).validate(payload)).isEmpty();

        assertThat(fragmentSchema(reviewed.get("payload")).validate(payload.deepCopy().put("outcome", "APPROVED")))
                .as("outcome outside PASSED/FAILED/RETURNED").isNotEmpty();
        assertThat(fragmentSchema(reviewed.get("payload")).validate(payload.deepCopy().put("cityCode", "3701")))
                .as("city code of 4 digits").isNotEmpty();
        ObjectNode withoutActor = payload.deepCopy();
        withoutActor.remove("actor");
        assertThat(fragmentSchema(reviewed.get("payload")).validate(withoutActor))
                .as("data without actor").isNotEmpty();

        ObjectNode headers = (ObjectNode) reviewed.get("examples").get(0).get("headers").deepCopy();
        assertThat(fragmentSchema(reviewed.get("headers")).validate(headers.deepCopy().put("ce_type", "acceptance.filed")))
                .as("ce_type of another message").isNotEmpty();
        assertThat(fragmentSchema(reviewed.get("headers")).validate(headers.deepCopy().put("ce_subject", "370100")))
                .as("ce_subject that is no park code").isNotEmpty();
    }

    // ------------------------------------------- (b) documented event types = the types the code publishes

    @Test
    void documentedEventTypesAreExactlyThePublishedOnes() {
        List<String> problems = new ArrayList<>();
        Map<String, String> publisherOfType = new TreeMap<>();
        for (JsonNode operation : document.path("operations")) {
            String service = serviceOf(operation, problems);
            String address = channelOf(operation).path("address").asText();
            for (JsonNode message : messagesOf(operation)) {
                String type = ceType(message);
                if (type == null) {
                    if (!address.endsWith(".dlq")) {
                        problems.add("a message on " + address + " has no ce_type const in its headers");
                    }
                    continue;
                }
                if ("send".equals(operation.path("action").asText())) {
                    String previous = publisherOfType.put(type, service);
                    if (previous != null && !previous.equals(service)) {
                        problems.add(type + " is documented as sent by both " + previous + " and " + service);
                    }
                    String source = headerConst(message, "ce_source");
                    if (!("/" + service).equals(source)) {
                        problems.add(type + " is sent by " + service + " but its ce_source const is " + source);
                    }
                }
            }
        }
        Set<String> documented = documentedMessages().values().stream()
                .map(AsyncApiContractTest::ceType).filter(t -> t != null).collect(Collectors.toCollection(TreeSet::new));
        documented.stream().filter(type -> !publisherOfType.containsKey(type))
                .forEach(type -> problems.add(type + " is documented but no operation sends it"));

        int servicesScanned = 0;
        for (Path module : modules()) {
            String name = module.getFileName().toString();
            Map<String, List<String>> named = EventTypeScan.of(module);
            if (SERVICES.contains(name)) {
                servicesScanned++;
                Set<String> sent = documentedTypes(name, "send");
                Set<String> received = documentedTypes(name, "receive");
                named.forEach((type, where) -> {
                    if (!sent.contains(type) && !received.contains(type)) {
                        problems.add(name + " names event type " + type + " (" + String.join(", ", where)
                                + ") but the document has no such message on a topic " + name + " sends or receives");
                    }
                });
                sent.stream().filter(type -> !named.containsKey(type)).forEach(type -> problems.add(
                        "the document says " + name + " publishes " + type + " but no source or migration of "
                                + name + " names it"));
            } else {
                // A module the document does not know yet: whatever types it names must be documented somewhere.
                named.forEach((type, where) -> {
                    if (!documented.contains(type)) {
                        problems.add(name + " names undocumented event type " + type + " (" + String.join(", ", where) + ")");
                    }
                });
            }
        }
        assertThat(servicesScanned).as("service modules found under " + repo).isPositive();
        assertThat(problems).isEmpty();
    }

    // ---------------------------------------------------- (c) channels = the topics the services configure

    @Test
    void channelAddressesAreExactlyTheConfiguredTopics() {
        List<String> problems = new ArrayList<>();

        Map<String, Integer> useCount = new TreeMap<>();
        Set<String> addresses = new TreeSet<>();
        for (JsonNode channel : document.path("channels")) {
            String address = channel.path("address").asText(null);
            if (address == null || !addresses.add(address)) {
                problems.add("channel without address, or address used twice: " + address);
            }
        }
        for (JsonNode operation : document.path("operations")) {
            serviceOf(operation, problems);
            useCount.merge(channelOf(operation).path("address").asText(), 1, Integer::sum);
        }
        // A channel marked x-reserved exists on the broker but nobody uses it yet (parks-service.dlq:
        // parks-service consumes nothing). It must stay unused; once a service uses it, the mark goes.
        Set<String> reserved = new TreeSet<>();
        for (JsonNode channel : document.path("channels")) {
            String address = channel.path("address").asText();
            boolean isReserved = channel.path("x-reserved").asBoolean(false);
            if (isReserved) {
                reserved.add(address);
                if (useCount.containsKey(address)) {
                    problems.add(address + " is marked x-reserved but operations use it: drop the mark");
                }
            } else if (!useCount.containsKey(address)) {
                problems.add(address + " is documented but no operation sends or receives it");
            }
        }

        int servicesChecked = 0;
        for (String service : SERVICES) {
            Path properties = repo.resolve(service).resolve("src/main/resources/application.properties");
            if (!Files.isRegularFile(properties)) {
                continue; // not written yet
            }
            servicesChecked++;
            ServiceTopics configured = ServiceTopics.read(properties);
            if (!service.equals(configured.applicationName())) {
                problems.add(properties + ": quarkus.application.name is " + configured.applicationName()
                        + ", expected " + service);
            }
            Set<String> documentedSends = documentedAddresses(service, "send");
            Set<String> documentedReceives = documentedAddresses(service, "receive");
            if (!documentedSends.equals(configured.sent())) {
                problems.add(service + " sends to " + configured.sent() + " (application.properties) but the document says "
                        + documentedSends);
            }
            if (!documentedReceives.equals(configured.received().keySet())) {
                problems.add(service + " receives from " + configured.received().keySet()
                        + " (application.properties) but the document says " + documentedReceives);
            }
            for (String topic : reserved) {
                if (configured.sent().contains(topic) || configured.received().containsKey(topic)) {
                    problems.add(topic + " is marked x-reserved but " + service + " uses it: drop the mark, add the operation");
                }
            }
            for (JsonNode operation : operationsOf(service, "receive")) {
                String address = channelOf(operation).path("address").asText();
                JsonNode groupId = operation.path("bindings").path("kafka").path("groupId").path("const");
                String configuredGroup = configured.received().get(address);
                if (!groupId.isMissingNode() && configuredGroup != null && !groupId.asText().equals(configuredGroup)) {
                    problems.add(service + " reads " + address + " as consumer group " + configuredGroup
                            + " but the document says " + groupId.asText());
                }
            }
        }
        assertThat(servicesChecked).as("service application.properties found under " + repo).isPositive();
        assertThat(problems).isEmpty();
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static JsonSchema asyncApiSchema() {
        return SCHEMAS.getSchema(SchemaLocation.of(ASYNCAPI_SCHEMA), CONFIG);
    }

    private static JsonNode broken(Consumer<JsonNode> change) {
        JsonNode copy = document.deepCopy();
        change.accept(copy);
        return copy;
    }

    /**
     * A schema from a fragment of the document (a message's headers or payload), validated as JSON
     * Schema draft 7 (the AsyncAPI default schema format is a superset of it); its
     * {@code #/components/...} references resolve against a copy of the document's components.
     */
    private static JsonSchema fragmentSchema(JsonNode fragment) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.putArray("allOf").add(fragment);
        root.set("components", document.get("components"));
        return SCHEMAS.getSchema(root, CONFIG);
    }

    private static void check(List<String> problems, String where, JsonNode schema, JsonNode value) {
        if (schema == null) {
            return; // nothing declared, anything goes
        }
        if (value == null) {
            problems.add(where + " missing");
            return;
        }
        for (ValidationMessage error : fragmentSchema(schema).validate(value)) {
            problems.add(where + ": " + error.getMessage());
        }
    }

    /** Follows local {@code $ref}s ({@code #/a/b}) to the node they name. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            assertThat(ref).as("only local references are used").startsWith("#/");
            assertThat(hops).as("reference chain at " + ref).isLessThan(20);
            current = document.at(ref.substring(1));
            assertThat(current.isMissingNode()).as("unresolvable reference " + ref).isFalse();
        }
        return current;
    }

    /** Every message reachable from a channel, by the JSON pointer of its definition. */
    private static Map<String, JsonNode> documentedMessages() {
        Map<String, JsonNode> messages = new LinkedHashMap<>();
        document.path("channels").fields().forEachRemaining(channel ->
                channel.getValue().path("messages").fields().forEachRemaining(message -> {
                    JsonNode ref = message.getValue().get("$ref");
                    String pointer = ref != null ? ref.asText()
                            : "#/channels/" + channel.getKey() + "/messages/" + message.getKey();
                    messages.put(pointer, resolve(message.getValue()));
                }));
        return messages;
    }

    private static JsonNode messageOfType(String type) {
        return documentedMessages().values().stream().filter(m -> type.equals(ceType(m))).findFirst()
                .orElseThrow(() -> new AssertionError("no message with ce_type " + type));
    }

    private static String ceType(JsonNode message) {
        return headerConst(message, "ce_type");
    }

    /** The {@code const} of a header in a message's headers schema (through $refs and allOf), or null. */
    private static String headerConst(JsonNode message, String header) {
        return constIn(resolve(message.path("headers")), header);
    }

    private static String constIn(JsonNode schema, String property) {
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        JsonNode own = resolve(schema.path("properties").path(property)).path("const");
        if (own.isTextual()) {
            return own.asText();
        }
        for (JsonNode part : schema.path("allOf")) {
            String found = constIn(resolve(part), property);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode channelOf(JsonNode operation) {
        return resolve(operation.path("channel"));
    }

    /** An operation's messages: those it lists, else every message of its channel. */
    private static List<JsonNode> messagesOf(JsonNode operation) {
        List<JsonNode> messages = new ArrayList<>();
        JsonNode listed = operation.get("messages");
        if (listed != null) {
            listed.forEach(m -> messages.add(resolve(m)));
        } else {
            channelOf(operation).path("messages").forEach(m -> messages.add(resolve(m)));
        }
        return messages;
    }

    /** The service an operation belongs to: its one tag that names a service. */
    private static String serviceOf(JsonNode operation, List<String> problems) {
        List<String> named = new ArrayList<>();
        for (JsonNode tag : operation.path("tags")) {
            String name = resolve(tag).path("name").asText();
            if (SERVICES.contains(name)) {
                named.add(name);
            }
        }
        if (named.size() != 1) {
            problems.add("operation on " + channelOf(operation).path("address").asText()
                    + " must carry exactly one tag naming one of " + SERVICES + ", has " + named);
            return named.isEmpty() ? "?" : named.get(0);
        }
        return named.get(0);
    }

    private static List<JsonNode> operationsOf(String service, String action) {
        List<JsonNode> operations = new ArrayList<>();
        for (JsonNode operation : document.path("operations")) {
            if (action.equals(operation.path("action").asText()) && service.equals(serviceOf(operation, new ArrayList<>()))) {
                operations.add(operation);
            }
        }
        return operations;
    }

    private static Set<String> documentedAddresses(String service, String action) {
        return operationsOf(service, action).stream()
                .map(operation -> channelOf(operation).path("address").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> documentedTypes(String service, String action) {
        Set<String> types = new TreeSet<>();
        for (JsonNode operation : operationsOf(service, action)) {
            messagesOf(operation).stream().map(AsyncApiContractTest::ceType).filter(t -> t != null).forEach(types::add);
        }
        return types;
    }

    /** Direct sub-directories of the repository that hold main sources. */
    private static List<Path> modules() {
        try (Stream<Path> children = Files.list(repo)) {
            return children.filter(dir -> Files.isDirectory(dir.resolve("src/main"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: {@code repo.root} (set by the pom), else the parent of this module. */
    private static Path repoRoot() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("repo.root");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of("..")); // surefire runs in the module directory
        return candidates.stream()
                .map(path -> path.toAbsolutePath().normalize())
                .filter(path -> Files.isRegularFile(path.resolve("docs/asyncapi.yaml")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("docs/asyncapi.yaml not found under " + candidates));
    }

    /**
     * Where a module names event types: Java string literals (regular and text blocks) in
     * {@code src/main/java} and SQL string literals in {@code src/main/resources/db/migration}.
     * Comments are skipped. Topic names ({@code *.events}) and consumer names (the
     * {@code applyOnce} argument, or a constant or variable whose name says consumer) share the
     * spelling but are not event types.
     */
    static final class EventTypeScan {

        private static final Pattern QUOTED_IN_TEXT = Pattern.compile("'([^'\\s]+)'");
        private static final Pattern ASSIGNED_TO = Pattern.compile("(\\w+)\\s*=\\s*$");
        private static final Pattern NOT_A_TYPE_ARGUMENT = Pattern.compile("\\b(applyOnce|getLogger)\\s*\\(\\s*$");

        private final Map<String, List<String>> found = new TreeMap<>();
        private final Path module;

        private EventTypeScan(Path module) {
            this.module = module;
        }

        static Map<String, List<String>> of(Path module) {
            EventTypeScan scan = new EventTypeScan(module);
            scan.walk(module.resolve("src/main/java"), ".java", scan::java);
            scan.walk(module.resolve("src/main/resources/db/migration"), ".sql", scan::sql);
            return scan.found;
        }

        private void walk(Path dir, String extension, Consumer<Path> scanner) {
            if (!Files.isDirectory(dir)) {
                return;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(extension)).sorted().forEach(scanner);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void java(Path file) {
            String src = read(file);
            int n = src.length();
            int i = 0;
            while (i < n) {
                char c = src.charAt(i);
                char next = i + 1 < n ? src.charAt(i + 1) : 0;
                if (c == '/' && next == '/') {
                    int end = src.indexOf('\n', i);
                    i = end < 0 ? n : end;
                } else if (c == '/' && next == '*') {
                    int end = src.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                } else if (src.startsWith("\"\"\"", i)) {
                    int end = i + 3;
                    while (end < n && !(src.startsWith("\"\"\"", end) && src.charAt(end - 1) != '\\')) {
                        end++;
                    }
                    // Text blocks hold SQL/JPQL: their single-quoted literals can name types.
                    Matcher quoted = QUOTED_IN_TEXT.matcher(src.substring(i + 3, Math.min(end, n)));
                    while (quoted.find()) {
                        candidate(file, src, i + 3 + quoted.start(), quoted.group(1), false);
                    }
                    i = end + 3;
                } else if (c == '"') {
                    int end = i + 1;
                    while (end < n && src.charAt(end) != '"' && src.charAt(end) != '\n') {
                        end += src.charAt(end) == '\\' ? 2 : 1;
                    }
                    candidate(file, src, i, src.substring(i + 1, Math.min(end, n)), true);
                    i = end + 1;
                } else if (c == '\'') {
                    int end = i + 1;
                    while (end < n && src.charAt(end) != '\'' && src.charAt(end) != '\n') {
                        end += src.charAt(end) == '\\' ? 2 : 1;
                    }
                    i = end + 1;
                } else {
                    i++;
                }
            }
        }

        private void sql(Path file) {
            String src = read(file);
            int n = src.length();
            int i = 0;
            while (i < n) {
                char c = src.charAt(i);
                char next = i + 1 < n ? src.charAt(i + 1) : 0;
                if (c == '-' && next == '-') {
                    int end = src.indexOf('\n', i);
                    i = end < 0 ? n : end;
                } else if (c == '/' && next == '*') {
                    int end = src.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                } else if (c == '\'') {
                    StringBuilder literal = new StringBuilder();
                    int end = i + 1;
                    while (end < n) {
                        if (src.charAt(end) == '\'') {
                            if (end + 1 < n && src.charAt(end + 1) == '\'') {
                                literal.append('\'');
                                end += 2;
                                continue;
                            }
                            break;
                        }
                        literal.append(src.charAt(end++));
                    }
                    candidate(file, src, i, literal.toString(), false);
                    i = end + 1;
                } else {
                    i++;
                }
            }
        }

        private void candidate(Path file, String src, int at, String literal, boolean javaLiteral) {
            if (!EVENT_TYPE.matcher(literal).matches() || literal.endsWith(".events")) {
                return;
            }
            if (javaLiteral) {
                String before = src.substring(Math.max(0, at - 200), at);
                Matcher assigned = ASSIGNED_TO.matcher(before);
                if (assigned.find() && assigned.group(1).toLowerCase().contains("consumer")) {
                    return;
                }
                if (NOT_A_TYPE_ARGUMENT.matcher(before).find()) {
                    return;
                }
            }
            long line = src.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
            found.computeIfAbsent(literal, t -> new ArrayList<>())
                    .add(module.relativize(file) + ":" + line);
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The Kafka topics a service's {@code application.properties} configures, as run in production
     * (plain keys, overridden by {@code %prod.} ones): {@code platform.topic} and outgoing channels
     * are sent to, incoming channels are received from (with their consumer group), and an
     * incoming channel's dead-letter topic is sent to. SmallRye defaults apply: a channel without
     * {@code topic} uses its name, a dead-letter queue without a topic {@code dead-letter-topic-<topic>}.
     */
    record ServiceTopics(String applicationName, Set<String> sent, Map<String, String> received) {

        private static final Pattern CHANNEL_KEY =
                Pattern.compile("^mp\\.messaging\\.(incoming|outgoing)\\.(\"[^\"]+\"|[^.]+)\\.(.+)$");

        static ServiceTopics read(Path file) {
            Properties raw = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                raw.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> config = new TreeMap<>();
            raw.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).forEach(k -> config.put(k, raw.getProperty(k).trim()));
            raw.stringPropertyNames().stream().filter(k -> k.startsWith("%prod."))
                    .forEach(k -> config.put(k.substring("%prod.".length()), raw.getProperty(k).trim()));

            String applicationName = config.get("quarkus.application.name");
            Map<String, Map<String, String>> incoming = new TreeMap<>();
            Map<String, Map<String, String>> outgoing = new TreeMap<>();
            config.forEach((key, value) -> {
                Matcher m = CHANNEL_KEY.matcher(key);
                if (m.matches()) {
                    String channel = m.group(2).replace("\"", "");
                    (m.group(1).equals("incoming") ? incoming : outgoing)
                            .computeIfAbsent(channel, c -> new TreeMap<>()).put(m.group(3), value);
                }
            });

            Set<String> sent = new TreeSet<>();
            if (config.containsKey("platform.topic")) {
                sent.add(config.get("platform.topic"));
            }
            outgoing.forEach((channel, attributes) -> {
                if (isKafka(attributes)) {
                    sent.add(attributes.getOrDefault("topic", channel));
                }
            });
            Map<String, String> received = new TreeMap<>();
            incoming.forEach((channel, attributes) -> {
                if (!isKafka(attributes)) {
                    return;
                }
                String topic = attributes.getOrDefault("topic", channel);
                // Quarkus defaults a Kafka consumer group to the application name.
                received.put(topic, attributes.getOrDefault("group.id", applicationName));
                if ("dead-letter-queue".equals(attributes.get("failure-strategy"))) {
                    sent.add(attributes.getOrDefault("dead-letter-queue.topic", "dead-letter-topic-" + topic));
                }
            });
            return new ServiceTopics(applicationName, sent, received);
        }

        private static boolean isKafka(Map<String, String> attributes) {
            return "smallrye-kafka".equals(attributes.get("connector")) || attributes.containsKey("topic");
        }
    }
}
