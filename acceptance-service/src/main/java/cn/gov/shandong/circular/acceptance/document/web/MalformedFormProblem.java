package cn.gov.shandong.circular.acceptance.document.web;

import cn.gov.shandong.circular.common.web.Problems;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request body that breaks off or is not the form it says (a multipart body without its closing
 * boundary) is the client's error: Quarkus REST's form parser throws an IOException for it, which would
 * otherwise answer 500. The service's own file reads wrap their IOExceptions, and JSON's have mappers of
 * their own (more specific types win), so an IOException reaching here comes from reading the request.
 */
public class MalformedFormProblem {

    @ServerExceptionMapper
    public Response malformed(IOException failure) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_PREFIX + "bad-request");
        problem.put("title", "Bad request");
        problem.put("status", 400);
        problem.put("detail", "The request body could not be read as sent: " + failure.getMessage());
        return Response.status(400).type(Problems.MEDIA_TYPE).entity(problem).build();
    }
}
