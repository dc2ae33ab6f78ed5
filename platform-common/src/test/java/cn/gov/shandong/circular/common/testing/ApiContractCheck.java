package cn.gov.shandong.circular.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every operation of a service's OpenAPI document must carry for a front-end developer to build
 * on it (docs/api.md, "Contract linting"), checked on the document the service serves:
 * <ol>
 * <li>an {@code operationId} (unique) and a {@code summary};</li>
 * <li>an example for every request body and every 2xx response with content: either on the media type
 * ({@code example}, or {@code examples} with a {@code value}), or composed from the schema, where every
 * property, through {@code $ref}, arrays, nested objects and {@code anyOf}/{@code oneOf} (the first
 * non-null branch), carries an {@code example}/{@code examples}; an enum is its own example (its first
 * value);</li>
 * <li>every example in the document (media type, parameter, header, and each schema's own) validates
 * against its schema as JSON Schema 2020-12 (the dialect of OpenAPI 3.1), formats ({@code date},
 * {@code date-time}, {@code uuid}) asserted. An example that does not fit its schema fails the build.</li>
 * </ol>
 * Schemas are resolved through {@code #/components/...}; the documents have no recursive schemas.
 */
public final class ApiContractCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonNode document;
    private final List<String> violations = new ArrayList<>();

    private ApiContractCheck(JsonNode document) {
        this.document = document;
    }

    /** The violations of the rules above in {@code openApiJson}; empty when the document meets them. */
    public static List<String> violations(String openApiJson) {
        JsonNode document;
        try {
            document = JSON.readTree(openApiJson);
        } catch (Exception e) {
            return List.of("the OpenAPI document is not JSON: " + e.getMessage());
        }
        ApiContractCheck check = new ApiContractCheck(document);
        check.operations();
        check.everyExampleFitsItsSchema();
        return List.copyOf(check.violations);
    }

    /** Checks the document the service under test serves at {@code /q/openapi} (the one CI lints). */
    public static void assertServedDocumentHolds() {
        assertHolds(RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    /** Fails with every violation listed, one a line. */
    public static void assertHolds(String openApiJson) {
        List<String> found = violations(openApiJson);
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " violation(s) of the API contract's documentation rules:\n  "
                    + String.join("\n  ", found));
        }
    }

    private void operations() {
        Set<String> ids = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                String name = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                String id = operation.path("operationId").asText("");
                if (id.isBlank()) {
                    violations.add(name + ": no operationId");
                } else if (!ids.add(id)) {
                    violations.add(name + ": operationId " + id + " is used twice");
                }
                if (operation.path("summary").asText("").isBlank()) {
                    violations.add(name + ": no summary");
                }
                JsonNode body = resolve(operation.path("requestBody"));
                body.path("content").fields().forEachRemaining(media ->
                        hasAnExample(name + " request body " + media.getKey(), media.getValue()));
                operation.path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("2")) {
                        resolve(response.getValue()).path("content").fields().forEachRemaining(media ->
                                hasAnExample(name + " " + response.getKey() + " " + media.getKey(), media.getValue()));
                    }
                });
            }
        }
    }

    /** A media type has a whole example, or its schema composes one from its properties' examples. */
    private void hasAnExample(String where, JsonNode media) {
        if (media.has("example") || media.path("examples").size() > 0) {
            return;
        }
        if (!media.has("schema")) {
            violations.add(where + ": no schema and no example");
            return;
        }
        List<String> missing = new ArrayList<>();
        Optional<JsonNode> composed = composedExample(media.get("schema"), "", missing);
        if (composed.isPresent()) {
            fits(where + " composed example", composed.get(), media.get("schema"));
        } else {
            violations.add(where + ": no example, and none on " + String.join(", ", missing));
        }
    }

    /**
     * The example composed from the schema's own example, or its properties', items' or first branch's;
     * empty (with the paths that lack one added to {@code missing}) when something has none.
     */
    private Optional<JsonNode> composedExample(JsonNode schema, String at, List<String> missing) {
        Optional<JsonNode> own = ownExample(schema);
        if (own.isPresent()) {
            return own;
        }
        if (schema.has("$ref")) {
            return composedExample(resolve(schema), at, missing);
        }
        if (schema.has("const")) {
            return Optional.of(schema.get("const"));
        }
        for (JsonNode value : schema.path("enum")) {
            if (!value.isNull()) {
                return Optional.of(value);
            }
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(choice)) {
                if (!"null".equals(resolve(branch).path("type").asText())) {
                    return composedExample(branch, at, missing);
                }
            }
        }
        if (schema.has("allOf")) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            boolean complete = true;
            for (JsonNode part : schema.get("allOf")) {
                Optional<JsonNode> example = composedExample(part, at, missing);
                if (example.isEmpty()) {
                    complete = false;
                } else if (example.get().isObject()) {
                    merged.setAll((ObjectNode) example.get());
                } else if (schema.get("allOf").size() == 1) {
                    return example;
                }
            }
            return complete ? Optional.of(merged) : Optional.empty();
        }
        if (schema.has("properties")) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            boolean complete = true;
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.get("properties").fields(); properties.hasNext(); ) {
                Map.Entry<String, JsonNode> property = properties.next();
                Optional<JsonNode> example = composedExample(property.getValue(), at + "." + property.getKey(), missing);
                if (example.isPresent()) {
                    object.set(property.getKey(), example.get());
                } else {
                    complete = false;
                }
            }
            return complete ? Optional.of(object) : Optional.empty();
        }
        if (schema.has("items")) {
            return composedExample(schema.get("items"), at + "[]", missing)
                    .map(item -> JsonNodeFactory.instance.arrayNode().add(item));
        }
        missing.add(at.isEmpty() ? "the schema" : at.startsWith(".") ? at.substring(1) : at);
        return Optional.empty();
    }

    private static Optional<JsonNode> ownExample(JsonNode schema) {
        if (schema.has("example")) {
            return Optional.of(schema.get("example"));
        }
        if (schema.path("examples").isArray() && !schema.get("examples").isEmpty()) {
            return Optional.of(schema.get("examples").get(0));
        }
        return Optional.empty();
    }

    /** Every example the document states, checked against the schema it illustrates. */
    private void everyExampleFitsItsSchema() {
        document.path("components").path("schemas").fields().forEachRemaining(schema ->
                schemaExamples("#/components/schemas/" + schema.getKey(), schema.getValue()));
        document.path("components").path("parameters").fields().forEachRemaining(parameter ->
                parameterExamples("#/components/parameters/" + parameter.getKey(), parameter.getValue()));
        document.path("components").path("headers").fields().forEachRemaining(header ->
                parameterExamples("#/components/headers/" + header.getKey(), header.getValue()));
        document.path("components").path("responses").fields().forEachRemaining(response ->
                responseExamples("#/components/responses/" + response.getKey(), response.getValue()));
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (JsonNode parameter : path.getValue().path("parameters")) {
                parameterExamples(path.getKey() + " parameter " + parameter.path("name").asText(), parameter);
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                String name = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameterExamples(name + " parameter " + parameter.path("name").asText(), parameter);
                }
                operation.path("requestBody").path("content").fields().forEachRemaining(media ->
                        mediaExamples(name + " request body " + media.getKey(), media.getValue()));
                operation.path("responses").fields().forEachRemaining(response ->
                        responseExamples(name + " " + response.getKey(), response.getValue()));
            }
        }
    }

    private void responseExamples(String where, JsonNode response) {
        response.path("headers").fields().forEachRemaining(header ->
                parameterExamples(where + " header " + header.getKey(), header.getValue()));
        response.path("content").fields().forEachRemaining(media ->
                mediaExamples(where + " " + media.getKey(), media.getValue()));
    }

    /** A parameter's or header's example(s) against its schema (a $ref'd one is checked in components). */
    private void parameterExamples(String where, JsonNode parameter) {
        if (parameter.has("$ref")) {
            return;
        }
        mediaExamples(where, parameter);
    }

    private void mediaExamples(String where, JsonNode media) {
        JsonNode schema = media.path("schema");
        if (schema.isMissingNode()) {
            return;
        }
        if (media.has("example")) {
            fits(where + " example", media.get("example"), schema);
        }
        media.path("examples").fields().forEachRemaining(example -> {
            JsonNode resolved = resolve(example.getValue());
            if (resolved.has("value")) {
                fits(where + " example " + example.getKey(), resolved.get("value"), schema);
            }
        });
        schemaExamples(where + " schema", schema);
    }

    /** A schema's own examples, and those of its properties, items and branches; $refs are checked where they point. */
    private void schemaExamples(String where, JsonNode schema) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("example")) {
            fits(where + " example", schema.get("example"), schema);
        }
        if (schema.path("examples").isArray()) {
            for (JsonNode example : schema.get("examples")) {
                fits(where + " example", example, schema);
            }
        }
        schema.path("properties").fields().forEachRemaining(property ->
                schemaExamples(where + "." + property.getKey(), property.getValue()));
        if (schema.path("items").isObject()) {
            schemaExamples(where + "[]", schema.get("items"));
        }
        if (schema.path("additionalProperties").isObject()) {
            schemaExamples(where + "{}", schema.get("additionalProperties"));
        }
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            int i = 0;
            for (JsonNode branch : schema.path(combination)) {
                schemaExamples(where + " " + combination + "[" + i++ + "]", branch);
            }
        }
    }

    private void fits(String where, JsonNode example, JsonNode schema) {
        Set<ValidationMessage> errors = SCHEMAS.getSchema(validatable(schema, 0), ASSERT_FORMATS).validate(example);
        if (!errors.isEmpty()) {
            violations.add(where + " " + example + " does not fit its schema: "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
    }

    /**
     * The schema as a self-contained JSON Schema: each $ref replaced by its target (beside its siblings,
     * as allOf, which is what 2020-12 means by a $ref with siblings); OpenAPI's {@code example} dropped.
     */
    private JsonNode validatable(JsonNode schema, int depth) {
        if (depth > 32) {
            throw new IllegalStateException("schema nested deeper than 32 levels (recursive?)");
        }
        if (schema.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            schema.forEach(element -> copy.add(validatable(element, depth + 1)));
            return copy;
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        schema.fields().forEachRemaining(field -> {
            switch (field.getKey()) {
                case "$ref", "example", "examples" -> { }
                // Values, not schemas: copied as they are.
                case "enum", "const", "required", "default" -> copy.set(field.getKey(), field.getValue());
                // Maps of names to schemas: a property may be called "example" or "enum".
                case "properties", "patternProperties", "$defs" -> {
                    ObjectNode named = JsonNodeFactory.instance.objectNode();
                    field.getValue().fields().forEachRemaining(entry ->
                            named.set(entry.getKey(), validatable(entry.getValue(), depth + 1)));
                    copy.set(field.getKey(), named);
                }
                default -> copy.set(field.getKey(), validatable(field.getValue(), depth + 1));
            }
        });
        if (schema.has("$ref")) {
            JsonNode target = validatable(resolve(schema), depth + 1);
            if (copy.isEmpty()) {
                return target;
            }
            copy.set("allOf", JsonNodeFactory.instance.arrayNode().add(target));
        }
        return copy;
    }

    /** The target of a local $ref (followed through chains), or the node itself. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current.has("$ref") && depth < 10; depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local references are supported: " + ref);
            }
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                violations.add("$ref " + ref + " points nowhere");
                return JsonNodeFactory.instance.objectNode();
            }
            current = target;
        }
        return current;
    }
}
