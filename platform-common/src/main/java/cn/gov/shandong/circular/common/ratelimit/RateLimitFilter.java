package cn.gov.shandong.circular.common.ratelimit;

import cn.gov.shandong.circular.common.web.Problems;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies {@link RateLimiter} to every authenticated API request: over the limit, 429 problem+json
 * with {@code Retry-After}; on every counted response, the {@code RateLimit} and
 * {@code RateLimit-Policy} fields (draft-ietf-httpapi-ratelimit-headers-10).
 *
 * <p>The client is the token's {@code azp} (authorized party: the client the token was issued to),
 * so the integration service account {@code gov-data-exchange} is one client; clients configured
 * {@code per-user} (the web front end, whose users share its client id) are counted per subject.
 * Requests without a valid token never get here (401 first) and are not counted.
 */
public class RateLimitFilter {

    public static final String RATE_LIMIT = "RateLimit";
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    public static final String RETRY_AFTER = "Retry-After";

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final RateLimiter limiter;
    private final boolean enabled;

    @Inject
    SecurityIdentity identity;

    @Inject
    public RateLimitFilter(RateLimitConfig config, RateLimitClock clock) {
        Map<String, ClientLimit> clients = config.clients().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().toClientLimit()));
        this.limiter = new RateLimiter(config.defaultLimit().toClientLimit(), clients, clock);
        this.enabled = config.enabled();
    }

    /** Authentication is proactive, so the caller is known here; a request without a valid token never arrives. */
    @ServerRequestFilter(priority = Priorities.USER)
    public Response limit(ContainerRequestContext request) {
        if (!enabled || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        String clientId = clientId(token);
        RateLimitDecision decision = limiter.acquire(clientId, token.getSubject());
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_PREFIX + "rate-limited");
        problem.put("title", "Too many requests");
        problem.put("status", 429);
        problem.put("detail", "Client " + clientId + " may make " + decision.policy().requestsPerMinute()
                + " requests a minute" + (decision.policy().perUser() ? " per user" : "")
                + "; try again in " + decision.resetSeconds() + " s");
        problem.put("violated-policies", List.of(decision.policy().policyName()));
        return Response.status(Response.Status.TOO_MANY_REQUESTS)
                .header(RETRY_AFTER, decision.resetSeconds())
                .type(Problems.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    @ServerResponseFilter
    public void advertise(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle(RATE_LIMIT_POLICY, decision.policyField());
            headers.putSingle(RATE_LIMIT, decision.rateLimitField());
        }
    }

    /** Keycloak puts the client id in {@code azp}; {@code client_id} as a fallback for other issuers. */
    private static String clientId(JsonWebToken token) {
        Object azp = token.getClaim("azp");
        Object clientId = azp != null ? azp : token.getClaim("client_id");
        return clientId == null ? null : clientId.toString().replace("\"", "");
    }
}
