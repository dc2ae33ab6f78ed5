package cn.gov.shandong.circular.common.openapi;

import static cn.gov.shandong.circular.common.openapi.ComponentNames.ALLOW_ORIGIN;
import static cn.gov.shandong.circular.common.openapi.ComponentNames.PROBLEM;

import cn.gov.shandong.circular.common.ratelimit.RateLimitFilter;
import cn.gov.shandong.circular.common.web.DatabaseUnavailableProblem;
import cn.gov.shandong.circular.common.web.Problems;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The parts of every service's OpenAPI document that hold for every operation, written once: the
 * bearer-token scheme required by every API operation, the server, one RFC 9457 {@code Problem}
 * schema and the error responses every operation can answer (400, 401, 403, 429, 500; 404 where the
 * path names something; 413 where there is a body). Errors only some operations answer (409, 412,
 * 422) are declared on those operations with {@code @APIResponse}; this filter gives any error
 * response without content the problem+json body, so none is documented without it. Runs at build
 * time, so the stored document ({@code target/openapi}) that CI lints is the one {@code /q/openapi} serves.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiContract implements org.eclipse.microprofile.openapi.OASFilter {

    public static final String SECURITY_SCHEME = "bearer";
    static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    /** The responses every API operation documents, by status: component name and description. */
    private static final Map<String, String[]> COMMON = new LinkedHashMap<>();

    static {
        COMMON.put("400", new String[] {"BadRequest",
                "Malformed JSON, a wrong type, an invalid field, filter or header, or text the platform does not store "
                        + "(urn:circular-parks:problem:bad-request, the field named)"});
        COMMON.put("401", new String[] {"Unauthenticated",
                "No token, or a token that is expired, not yet valid, from another issuer or audience, or not "
                        + "signed by the realm (urn:circular-parks:problem:unauthenticated); not counted against the rate limit"});
        COMMON.put("403", new String[] {"Forbidden",
                "The caller's role may not do this (urn:circular-parks:problem:role-not-allowed), or the request "
                        + "names another city or park than the token's (urn:circular-parks:problem:out-of-scope)"});
        COMMON.put("404", new String[] {"NotFound",
                "Unknown, or outside the caller's scope: existence is not revealed (urn:circular-parks:problem:not-found)"});
        COMMON.put("413", new String[] {"BodyTooLarge",
                "The body is over 256 KB (urn:circular-parks:problem:body-too-large)"});
        COMMON.put("500", new String[] {"ServerError",
                "An unexpected failure; the body never carries a stack trace, the correlation id finds the log lines"});
        COMMON.put("503", new String[] {"ServiceUnavailable",
                "The database could not be reached for a moment (a cut connection, a restart): the request was not "
                        + "completed; retry it as it was after Retry-After seconds (urn:circular-parks:problem:service-unavailable)"});
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        addSecurityScheme(components);
        addProblem(components);
        // quarkus-resteasy-problem's own problem schemas: every error refers to Problem instead.
        if (components.getSchemas() != null) {
            List.of("HttpProblem", "HttpValidationProblem", "Violation").forEach(components::removeSchema);
        }
        RateLimitResponses.addComponents(components);
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer()
                .url("/")
                .description("The service's own origin in every environment (local, test, production); "
                        + "the API is under /api/v1")
                .addExtension("x-internal", false))));
        limitFormattedStrings(components);
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiContract::limitIntegers);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> document(item, operation, used));
            }
        });
        // A shared response no operation of this service answers (e.g. 413 where nothing takes a body) is left out.
        COMMON.values().stream().map(names -> names[0]).filter(name -> !used.contains(name))
                .forEach(components::removeResponse);
    }

    /**
     * An integer without a narrower bound in the code is bounded by its Java type; the document says so
     * (int32 or int64 range) rather than leaving it open. Walks the component schemas and their items.
     */
    private static void limitIntegers(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER)
                && schema.getMinimum() == null && schema.getMaximum() == null) {
            boolean int64 = "int64".equals(schema.getFormat());
            schema.setMinimum(BigDecimal.valueOf(int64 ? Long.MIN_VALUE : Integer.MIN_VALUE));
            schema.setMaximum(BigDecimal.valueOf(int64 ? Long.MAX_VALUE : Integer.MAX_VALUE));
        }
        limitIntegers(schema.getItems());
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiContract::limitIntegers);
        }
    }

    /** Dates, times and ids are strings of a known longest form: ISO dates with four-digit years, offsets, UUIDs. */
    private static void limitFormattedStrings(Components components) {
        Map<String, Integer> longest = Map.of("LocalDate", 10, "OffsetDateTime", 35, "Instant", 35, "UUID", 36);
        if (components.getSchemas() != null) {
            longest.forEach((name, length) -> {
                Schema schema = components.getSchemas().get(name);
                if (schema != null && schema.getMaxLength() == null) {
                    schema.setMaxLength(length);
                }
            });
        }
    }

    private static void document(PathItem item, Operation operation, java.util.Set<String> used) {
        operation.setSecurity(new ArrayList<>(List.of(
                OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME, new ArrayList<>()))));
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String[]> common : COMMON.entrySet()) {
            String status = common.getKey();
            boolean applies = switch (status) {
                case "404" -> hasPathParameter(item, operation);
                case "413" -> operation.getRequestBody() != null;
                default -> true;
            };
            if (applies && !responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(common.getValue()[0]));
                used.add(common.getValue()[0]);
            }
        }
        // An error response declared on an operation (409, 412, 422, or a finer 403/404) gets the problem body.
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            String status = response.getKey();
            APIResponse value = response.getValue();
            if (value.getRef() == null && (status.startsWith("4") || status.startsWith("5"))) {
                if (value.getContent() == null || value.getContent().getMediaTypes() == null
                        || value.getContent().getMediaTypes().isEmpty()) {
                    value.setContent(problemContent(null));
                } else {
                    value.getContent().getMediaTypes().values().stream().filter(media -> media.getSchema() == null)
                            .forEach(media -> media.setSchema(OASFactory.createSchema().ref(PROBLEM)));
                }
            }
        }
        RateLimitResponses.document(operation);
        // The browser front end reads every answer: the CORS header can be on each of them.
        for (APIResponse response : responses.getAPIResponses().values()) {
            if (response.getRef() == null) {
                response.addHeader(ALLOW_ORIGIN, headerRef(ALLOW_ORIGIN));
            }
        }
    }

    private static boolean hasPathParameter(PathItem item, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        return parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    private static void addSecurityScheme(Components components) {
        components.addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("An access token of the Keycloak realm circular-parks (OpenID Connect; discovery at "
                        + "<realm>/.well-known/openid-configuration), audience circular-parks-api, checked as RFC8725 "
                        + "advises: RS256 signature by a realm key, issuer, audience, exp and nbf; alg none and HS256 are refused."));
        components.addHeader(ALLOW_ORIGIN, OASFactory.createHeader()
                .description("CORS: the requesting origin, present only when it is one of the configured "
                        + "origins (quarkus.http.cors.origins); never a wildcard")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(2048))
                .example("http://localhost:3000"));
    }

    private static void addProblem(Components components) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string(100).format("uri")
                .description("A stable URN a client can switch on, urn:circular-parks:problem:<slug>, or about:blank"));
        properties.put("title", string(100).description("For people; stable per type"));
        properties.put("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)));
        properties.put("detail", string(4096).description("What went wrong with this request"));
        properties.put("instance", string(4096).format("uri-reference").description("The request path"));
        properties.put("field", string(200).description("The offending query parameter, header, JSON property or path"));
        properties.put("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(50)
                .description("Each invalid field of the request (400)")
                .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("field", string(200))
                        .addProperty("in", string(16).addEnumeration("body").addEnumeration("query")
                                .addEnumeration("path").addEnumeration("header").addEnumeration("form"))
                        .addProperty("message", string(1000))));
        properties.put("violated-policies", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(2)
                .description("The rate-limit policies the request went over (429)")
                .items(string(32).addEnumeration("per-client").addEnumeration("per-user")));
        properties.put("correlationId", string(100).pattern("^[A-Za-z0-9._:-]{1,100}$")
                .description("The request's X-Correlation-Id, sent or assigned"));
        components.addSchema(PROBLEM, OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details: every error answer of the platform")
                .properties(properties)
                .required(List.of("type", "title", "status")));
        components.addHeader(WWW_AUTHENTICATE, OASFactory.createHeader()
                .description("The scheme to authenticate with")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200))
                .example("Bearer"));
        for (Map.Entry<String, String[]> common : COMMON.entrySet()) {
            int status = Integer.parseInt(common.getKey());
            APIResponse response = OASFactory.createAPIResponse()
                    .description(common.getValue()[1])
                    .content(problemContent(example(status)));
            // 401 and 413 are answered before the rate limiter counts the request (RateLimitFilter).
            if (status == 401) {
                response.addHeader(WWW_AUTHENTICATE, headerRef(WWW_AUTHENTICATE));
            } else if (status != 413 && status < 500) {
                RateLimitResponses.addFields(response);
            }
            if (status == 503) {
                response.addHeader(RateLimitFilter.RETRY_AFTER, headerRef(RateLimitFilter.RETRY_AFTER));
            }
            response.addHeader(ALLOW_ORIGIN, headerRef(ALLOW_ORIGIN));
            components.addResponse(common.getValue()[0], response);
        }
    }

    /** problem+json with the shared schema; an example when given. */
    public static org.eclipse.microprofile.openapi.models.media.Content problemContent(Map<String, Object> example) {
        var media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        if (example != null) {
            media.example(example);
        }
        return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, media);
    }

    private static Map<String, Object> example(int status) {
        Map<String, Object> example = new LinkedHashMap<>();
        switch (status) {
            case 400 -> {
                example.put("type", Problems.TYPE_PREFIX + "bad-request");
                example.put("title", "Bad request");
                example.put("status", 400);
                example.put("detail", "size must be between 1 and 200");
                example.put("violations", List.of(Map.of("field", "size", "in", "query",
                        "message", "must be less than or equal to 200")));
            }
            case 401 -> {
                example.put("type", Problems.TYPE_PREFIX + "unauthenticated");
                example.put("title", "Unauthorized");
                example.put("status", 401);
                example.put("detail", "A valid bearer token from the circular-parks realm is required");
            }
            case 403 -> {
                example.put("type", Problems.TYPE_PREFIX + "out-of-scope");
                example.put("title", "Outside your scope");
                example.put("status", 403);
                example.put("detail", "You may list the parks of your own city only");
            }
            case 404 -> {
                example.put("type", Problems.TYPE_PREFIX + "not-found");
                example.put("title", "Not found");
                example.put("status", 404);
                example.put("detail", "Park P370100001 does not exist");
            }
            case 413 -> {
                example.put("type", Problems.TYPE_PREFIX + "body-too-large");
                example.put("title", "Request body too large");
                example.put("status", 413);
                example.put("detail", "The body has 300000 bytes; at most 262144 are accepted");
            }
            case 503 -> {
                example.put("type", Problems.TYPE_PREFIX + "service-unavailable");
                example.put("title", "Service Unavailable");
                example.put("status", 503);
                example.put("detail", DatabaseUnavailableProblem.DETAIL);
            }
            default -> {
                example.put("type", "about:blank");
                example.put("title", "Internal Server Error");
                example.put("status", 500);
                example.put("correlationId", "0f8fad5b-d9cb-469f-a165-70867728950e");
            }
        }
        return example;
    }

    public static org.eclipse.microprofile.openapi.models.headers.Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }
}
