package cn.gov.shandong.circular.common.web;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 as problem+json with a Bearer challenge. quarkus-resteasy-problem 3.21.0 has its own mapper
 * for this, but it fails on Quarkus 3.33 (NoSuchFieldError on ChallengeData.headerName) and turns
 * a bad token into a 500; this one takes precedence.
 */
public class AuthenticationProblems {

    @ServerExceptionMapper(value = {AuthenticationFailedException.class, AuthenticationCompletionException.class,
            UnauthorizedException.class}, priority = Priorities.AUTHENTICATION)
    public Response unauthorized(RuntimeException failure) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type("application/problem+json")
                .entity(Map.of(
                        "type", "urn:circular-parks:problem:unauthenticated",
                        "title", "Unauthorized",
                        "status", 401,
                        "detail", "A valid bearer token from the circular-parks realm is required"))
                .build();
    }
}
