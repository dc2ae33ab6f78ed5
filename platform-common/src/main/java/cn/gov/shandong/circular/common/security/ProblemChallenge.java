package cn.gov.shandong.circular.common.security;

import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.common.web.SecurityProblems;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * quarkus-oidc's bearer-token mechanism, with a 401 challenge that carries a problem+json body.
 *
 * <p>A request to {@code /api/*} without a token is refused by Quarkus' HTTP permission layer
 * ({@code quarkus.http.auth.permission.api.policy=authenticated}) before any JAX-RS exception mapper
 * can run; the challenge it sends is the mechanism's, which is a bare 401 with
 * {@code WWW-Authenticate: Bearer}. This mechanism delegates everything to OIDC (as the Quarkus
 * security customization guide shows) and writes the same body {@link SecurityProblems} writes for a
 * bad token, so every 401 of the platform looks alike.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ProblemChallenge implements HttpAuthenticationMechanism {

    @Inject
    OidcAuthenticationMechanism oidc;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return oidc.authenticate(context, identityProviderManager);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return getChallenge(context).map(challenge -> {
            if (challenge == null) {
                return false;
            }
            HttpServerResponse response = context.response();
            response.setStatusCode(challenge.status);
            challenge.getHeaders().forEach(response.headers()::set);
            if (challenge.status == 401) {
                response.putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                        .end(new JsonObject(SecurityProblems.unauthenticatedBody()).encode());
            }
            return true;
        });
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    /** Ahead of OIDC's own mechanism, so that this challenge is the one sent. */
    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }
}
