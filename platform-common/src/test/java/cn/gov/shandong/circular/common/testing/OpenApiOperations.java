package cn.gov.shandong.circular.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The operations of a service's OpenAPI document, with parameters and body schema resolved. */
final class OpenApiOperations {

    static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** A parameter of an operation: where it goes, its name and its schema. */
    record Parameter(String in, String name, JsonNode schema, boolean required) {
    }

    /** One operation; {@code body} is the JSON schema of its request body, or null. */
    record Operation(String method, String template, List<Parameter> parameters, JsonNode body, boolean bodyRequired) {

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean writes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private final JsonNode document;

    OpenApiOperations(String json) {
        try {
            this.document = new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    /** Every operation under {@code prefix} (e.g. /api/), in document order. */
    List<Operation> operations(String prefix) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode list : List.of(path.getValue().path("parameters"), operation.path("parameters"))) {
                    for (JsonNode parameter : list) {
                        JsonNode p = resolve(parameter);
                        parameters.add(new Parameter(p.path("in").asText(), p.path("name").asText(),
                                resolve(p.path("schema")), p.path("required").asBoolean(false)));
                    }
                }
                JsonNode content = resolve(operation.path("requestBody")).path("content");
                JsonNode body = content.isMissingNode() || content.isEmpty() ? null
                        : resolveDeep(content.elements().next().path("schema"));
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), parameters, body,
                        resolve(operation.path("requestBody")).path("required").asBoolean(false)));
            }
        }
        return operations;
    }

    /** The methods a path declares. */
    List<String> methodsOf(String template) {
        List<String> methods = new ArrayList<>();
        JsonNode path = document.path("paths").path(template);
        METHODS.stream().filter(path::has).forEach(m -> methods.add(m.toUpperCase(Locale.ROOT)));
        return methods;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current.has("$ref") && depth < 10; depth++) {
            String[] steps = current.get("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = document;
            for (String step : steps) {
                target = target.path(step);
            }
            current = target;
        }
        return current;
    }

    /** The schema with every $ref replaced by its target (schemas here are not recursive). */
    private JsonNode resolveDeep(JsonNode node) {
        JsonNode resolved = resolve(node).deepCopy();
        if (resolved instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isObject() || field.getValue().isArray()) {
                    field.setValue(resolveDeep(field.getValue()));
                }
            }
        } else if (resolved.isArray()) {
            for (int i = 0; i < resolved.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) resolved).set(i, resolveDeep(resolved.get(i)));
            }
        }
        return resolved;
    }
}
