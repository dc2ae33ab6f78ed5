package cn.gov.shandong.circular.common.openapi;

import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.common.ratelimit.RateLimitDecision;
import cn.gov.shandong.circular.common.ratelimit.RateLimitFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the rate limit on every API operation of the OpenAPI document: a 429 problem+json
 * response with {@code Retry-After}, {@code RateLimit} and {@code RateLimit-Policy}, and the two
 * RateLimit fields on every response the limiter counts (2xx and 4xx but 401), so no endpoint can be
 * added without them. Called by {@link ApiContract}.
 */
final class RateLimitResponses {

    static final String TOO_MANY_REQUESTS = "TooManyRequests";

    private RateLimitResponses() {
    }

    /** The 429 response and the RateLimit fields on one operation (after its error responses are in). */
    static void document(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                // Requests refused with 401 are not counted, so that answer has no RateLimit fields.
                boolean counted = status.startsWith("2") || status.startsWith("4") && !status.equals("401");
                if (counted && response.getRef() == null) {
                    addFields(response);
                }
            });
        }
        if (!responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", OASFactory.createAPIResponse().ref(TOO_MANY_REQUESTS));
        }
    }

    /** The RateLimit fields a counted response carries. */
    static void addFields(APIResponse response) {
        response.addHeader(RateLimitFilter.RATE_LIMIT, headerRef(RateLimitFilter.RATE_LIMIT));
        response.addHeader(RateLimitFilter.RATE_LIMIT_POLICY, headerRef(RateLimitFilter.RATE_LIMIT_POLICY));
    }

    /** The RateLimit and Retry-After headers and the 429 response, once in the components. */
    static void addComponents(Components components) {
        components.addHeader(RateLimitFilter.RATE_LIMIT, OASFactory.createHeader()
                .description("On every response the rate limiter counted: the caller's quota left (draft-ietf-httpapi-ratelimit-headers-10): policy name, "
                        + "r = requests left in this window, t = seconds until the quota is whole again")
                .schema(string(64))
                .example("\"per-client\";r=599;t=42"));
        components.addHeader(RateLimitFilter.RATE_LIMIT_POLICY, OASFactory.createHeader()
                .description("On every response the rate limiter counted: the caller's quota policy (draft-ietf-httpapi-ratelimit-headers-10): policy name "
                        + "(per-client, or per-user for the web front end), q = requests per window, w = window in seconds")
                .schema(string(64))
                .example("\"per-client\";q=600;w=60"));
        components.addHeader(RateLimitFilter.RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before the quota allows another request")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(RateLimitDecision.WINDOW_SECONDS)))
                .example(42));
        components.addResponse(TOO_MANY_REQUESTS, OASFactory.createAPIResponse()
                .description("Over the caller's rate limit (per client id; per user for the web front end)")
                .addHeader(RateLimitFilter.RETRY_AFTER, headerRef(RateLimitFilter.RETRY_AFTER))
                .addHeader(RateLimitFilter.RATE_LIMIT, headerRef(RateLimitFilter.RATE_LIMIT))
                .addHeader(RateLimitFilter.RATE_LIMIT_POLICY, headerRef(RateLimitFilter.RATE_LIMIT_POLICY))
                .addHeader(ComponentNames.ALLOW_ORIGIN, headerRef(ComponentNames.ALLOW_ORIGIN))
                .content(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(ComponentNames.PROBLEM))
                        .example(Map.of(
                                "type", Problems.TYPE_PREFIX + "rate-limited",
                                "title", "Too many requests",
                                "status", 429,
                                "detail", "Client gov-data-exchange may make 600 requests a minute; try again in 42 s",
                                "violated-policies", List.of("per-client"))))));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }
}
