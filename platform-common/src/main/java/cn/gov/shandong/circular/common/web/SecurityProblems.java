package cn.gov.shandong.circular.common.web;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json with the platform's problem types.
 *
 * <p>quarkus-resteasy-problem 3.21.0 has its own mapper for authentication failures, but it fails on
 * Quarkus 3.33 (NoSuchFieldError on ChallengeData.headerName) and turns a bad token into a 500; and its
 * 403 carries no type. These take precedence.
 */
public class SecurityProblems {

    @ServerExceptionMapper(value = {AuthenticationFailedException.class, AuthenticationCompletionException.class,
            UnauthorizedException.class}, priority = Priorities.AUTHENTICATION)
    public Response unauthorized(RuntimeException failure) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problems.MEDIA_TYPE)
                .entity(unauthenticatedBody())
                .build();
    }

    /**
     * The body of every 401: here for a token that fails validation, and in
     * {@link cn.gov.shandong.circular.common.security.ProblemChallenge} for a request without one.
     */
    public static Map<String, Object> unauthenticatedBody() {
        return Map.of(
                "type", Problems.TYPE_PREFIX + "unauthenticated",
                "title", "Unauthorized",
                "status", 401,
                "detail", "A valid bearer token from the circular-parks realm is required");
    }

    @ServerExceptionMapper(value = ForbiddenException.class, priority = Priorities.AUTHORIZATION)
    public Response forbidden(ForbiddenException failure) {
        return Response.status(Response.Status.FORBIDDEN)
                .type(Problems.MEDIA_TYPE)
                .entity(Map.of(
                        "type", Problems.TYPE_PREFIX + "role-not-allowed",
                        "title", "Forbidden",
                        "status", 403,
                        "detail", "Your role may not perform this operation"))
                .build();
    }
}
