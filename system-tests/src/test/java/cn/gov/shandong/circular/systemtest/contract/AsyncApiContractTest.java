package cn.gov.shandong.circular.systemtest.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.EventCatalog;
import cn.gov.shandong.circular.events.EventSamples;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/asyncapi.yaml} and platform-events' records one contract: the document is a
 * valid AsyncAPI 3.0.0 document whose examples fit its schemas; its messages are exactly the
 * {@link EventCatalog}'s types (same topic, same publisher); every record, serialised as the outbox
 * writes it, fits its message's payload schema, which names exactly the record's fields (a field
 * added to one but not the other fails); the outbox rows the seed migrations write in SQL fit it
 * too; and its channels are exactly the topics the services use.
 *
 * <p>A plain unit test over the repository's files and the contract module (no service runs); the
 * seed check runs the migrations in a scratch database on the local PostgreSQL.
 */
class AsyncApiContractTest {

    /** The official AsyncAPI 3.0.0 JSON Schema, bundled and self-contained (see the README beside it). */
    private static final String ASYNCAPI_SCHEMA = "classpath:asyncapi/asyncapi-3.0.0.schema.json";

    /** The services the document describes (module directory = quarkus.application.name). */
    private static final List<String> SERVICES =
            List.of("parks-service", "plans-service", "acceptance-service", "reporting-service");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper OUTBOX_JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

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

    // ------------------------------------------------ (b) documented messages = the catalog's records

    @Test
    void documentedMessagesAreExactlyTheCatalogsTypesOnTheirTopicsFromTheirPublishers() {
        List<String> problems = new ArrayList<>();
        Map<String, String> addressOfType = new TreeMap<>();
        document.path("channels").forEach(channel -> channel.path("messages").forEach(message -> {
            String type = ceType(resolve(message));
            if (type != null && addressOfType.put(type, channel.path("address").asText()) != null) {
                problems.add(type + " is on more than one channel");
            }
        }));
        Map<String, String> senderOfType = new TreeMap<>();
        for (JsonNode operation : document.path("operations")) {
            if ("send".equals(operation.path("action").asText())) {
                String service = serviceOf(operation, problems);
                messagesOf(operation).stream().map(AsyncApiContractTest::ceType).filter(t -> t != null)
                        .forEach(type -> senderOfType.put(type, service));
            }
        }
        assertThat(addressOfType.keySet()).as("ce_type of the documented messages")
                .containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventCatalog.EventType::type).toList());
        for (EventCatalog.EventType type : EventCatalog.all()) {
            JsonNode message = messageOfType(type.type());
            if (!type.topic().equals(addressOfType.get(type.type()))) {
                problems.add(type.type() + " is on " + addressOfType.get(type.type()) + ", its record says " + type.topic());
            }
            if (!type.source().equals(headerConst(message, "ce_source"))) {
                problems.add(type.type() + " has ce_source " + headerConst(message, "ce_source") + ", its record says "
                        + type.source());
            }
            if (!type.publisher().equals(senderOfType.get(type.type()))) {
                problems.add(type.type() + " is sent by " + senderOfType.get(type.type()) + " in the document, by "
                        + type.publisher() + " in the catalog");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRecordSerialisedAsTheOutboxWritesItFitsItsPayloadSchema() {
        List<String> problems = new ArrayList<>();
        assertThat(EventSamples.all()).hasSameSizeAs(EventCatalog.all());
        for (DomainEvent sample : EventSamples.all()) {
            JsonSchema payload = fragmentSchema(messageOfType(sample.type()).get("payload"));
            for (String correlationId : new String[] {"4d6f8a0c-2e4a-4c6e-8a0c-2e4a6c8e0a23", null}) {
                payload.validate(outboxPayload(sample, "province.admin", correlationId))
                        .forEach(error -> problems.add(sample.type() + ": " + error.getMessage()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void eachPayloadSchemaNamesExactlyItsRecordsFieldsAndRefusesOthers() {
        for (DomainEvent sample : EventSamples.all()) {
            JsonNode schema = resolve(messageOfType(sample.type()).get("payload"));
            List<String> fields = new ArrayList<>(Arrays.stream(sample.getClass().getRecordComponents())
                    .map(RecordComponent::getName).toList());
            fields.addAll(List.of("actor", "correlationId"));
            List<String> properties = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(name -> required.add(name.asText()));

            assertThat(properties).as(sample.type() + " payload properties").containsExactlyElementsOf(fields);
            assertThat(required).as(sample.type() + " required").containsExactlyInAnyOrderElementsOf(fields);
            assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
                    .as(sample.type() + " payload has additionalProperties: false").isTrue();
        }
    }

    /** Guards the checks above: a schema that let an unknown field or a broken value through would prove nothing. */
    @Test
    void aFieldTheContractDoesNotNameOrAValueItForbidsFailsValidation() {
        for (DomainEvent sample : EventSamples.all()) {
            JsonSchema payload = fragmentSchema(messageOfType(sample.type()).get("payload"));
            ObjectNode extra = outboxPayload(sample, "system", null).put("parkName", "明水经济技术开发区");
            assertThat(payload.validate(extra)).as(sample.type() + " with a field the record does not have")
                    .extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("parkName"));
            ObjectNode badPark = outboxPayload(sample, "system", null).put("parkCode", "TST-001");
            assertThat(payload.validate(badPark)).as(sample.type() + " with a park code of the wrong shape").isNotEmpty();
            ObjectNode withoutActor = outboxPayload(sample, "system", null);
            withoutActor.remove("actor");
            assertThat(payload.validate(withoutActor)).as(sample.type() + " without actor").isNotEmpty();
        }
        JsonSchema registered = fragmentSchema(messageOfType("park.registered").get("payload"));
        ObjectNode oldFixture = outboxPayload(EventSamples.all().get(0), "system", null).put("zoneKind", "DEVELOPMENT_ZONE");
        assertThat(registered.validate(oldFixture)).as("a zoneKind outside the contract").isNotEmpty();
        JsonSchema reviewed = fragmentSchema(messageOfType("acceptance.reviewed").get("payload"));
        ObjectNode passedWithoutScore = outboxPayload(EventSamples.all().get(3), "system", null).put("outcome", "PASSED");
        assertThat(reviewed.validate(passedWithoutScore)).as("a pass without a score").isNotEmpty();
    }

    @Test
    void theOutboxRowsTheSeedMigrationsWriteFitTheContract() throws Exception {
        Map<String, Integer> rowsByType = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String service : SERVICES) {
            SeedMigrations.outboxRows(repo, service).forEach(row -> {
                rowsByType.merge(row.type(), 1, Integer::sum);
                EventCatalog.EventType type = EventCatalog.byType(row.type()).orElse(null);
                if (type == null) {
                    problems.add(service + " seeds an outbox row of type " + row.type() + ", which is not in the catalog");
                    return;
                }
                if (!type.topic().equals(row.topic()) || !type.source().equals(row.source())) {
                    problems.add(service + " seeds " + row.type() + " on " + row.topic() + " from " + row.source());
                }
                try {
                    fragmentSchema(messageOfType(row.type()).get("payload")).validate(JSON.readTree(row.payload()))
                            .forEach(error -> problems.add(service + " " + row.key() + ": " + error.getMessage()));
                } catch (IOException e) {
                    problems.add(service + " " + row.key() + ": not JSON: " + row.payload());
                }
            });
        }
        assertThat(rowsByType).as("seeded outbox rows by type")
                .containsEntry("park.registered", 106).containsEntry("plan.park-scheduled", 106);
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
            ServiceTopics configured = ServiceTopics.read(properties, service);
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

    /**
     * An event's data exactly as {@code EventOutbox} writes it: the record through an ObjectMapper
     * configured as the services' (Quarkus's: java.time as ISO-8601 text), plus actor and
     * correlationId. platform-common's OutboxTest checks the outbox against the same shape.
     */
    private static ObjectNode outboxPayload(DomainEvent event, String actor, String correlationId) {
        ObjectNode json = OUTBOX_JSON.valueToTree(event);
        json.put("actor", actor);
        json.put("correlationId", correlationId);
        return json;
    }

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
     * The Kafka topics a service uses, as run in production (plain keys of its
     * {@code application.properties}, overridden by {@code %prod.} ones): the topics whose events
     * the catalog says it publishes (through the outbox) and its outgoing channels are sent to,
     * incoming channels are received from (with their consumer group), and an incoming channel's
     * dead-letter topic is sent to. SmallRye defaults apply: a channel without
     * {@code topic} uses its name, a dead-letter queue without a topic {@code dead-letter-topic-<topic>}.
     */
    record ServiceTopics(String applicationName, Set<String> sent, Map<String, String> received) {

        private static final Set<String> DEAD_LETTER_STRATEGIES = Set.of("dead-letter-queue", "dead-letter-unless-stopping");

        private static final Pattern CHANNEL_KEY =
                Pattern.compile("^mp\\.messaging\\.(incoming|outgoing)\\.(\"[^\"]+\"|[^.]+)\\.(.+)$");

        static ServiceTopics read(Path file, String service) {
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
            EventCatalog.publisherByTopic().forEach((topic, publisher) -> {
                if (publisher.equals(service)) {
                    sent.add(topic);
                }
            });
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
                // SmallRye's dead-letter queue, or platform-common's DeadLetterUnlessStopping that wraps it.
                if (DEAD_LETTER_STRATEGIES.contains(attributes.get("failure-strategy"))) {
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
