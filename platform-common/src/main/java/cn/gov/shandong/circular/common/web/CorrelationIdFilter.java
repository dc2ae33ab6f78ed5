package cn.gov.shandong.circular.common.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the caller's {@code X-Correlation-Id} (or makes one), logs with it, echoes it, and hands it to events. */
public class CorrelationIdFilter {

    /** Accept only ids that are safe to log and to put in a header. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    CorrelationId correlationId;

    @ServerRequestFilter
    public void assign(ContainerRequestContext request) {
        String given = request.getHeaderString(CorrelationId.HEADER);
        String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        correlationId.assign(id);
        MDC.put(CorrelationId.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive() && correlationId.value() != null) {
            response.getHeaders().putSingle(CorrelationId.HEADER, correlationId.value());
        }
        MDC.remove(CorrelationId.MDC_KEY);
    }
}
