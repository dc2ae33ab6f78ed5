package cn.gov.shandong.circular.common.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * A body of the wrong JSON shape (an object where a text is expected, an array instead of an
 * object) as RFC 9457 problem+json. Without this, Quarkus REST's own mapper for
 * {@link MismatchedInputException} wins over quarkus-resteasy-problem's more general one and
 * answers plain {@code application/json}. (Wrong scalar formats, such as a score of "abc", are
 * already mapped by quarkus-resteasy-problem's InvalidFormatException mapper, which stays in charge.)
 * Text the platform refuses to store ({@link JsonTextRules}) is answered here too, naming the character.
 */
@Provider
@Priority(Priorities.USER)
public class MismatchedInputProblemMapper extends ExceptionMapperBase<MismatchedInputException> {

    @Override
    protected HttpProblem toProblem(MismatchedInputException exception) {
        String field = exception.getPath().stream()
                .map(MismatchedInputProblemMapper::describe)
                .collect(Collectors.joining("."));
        HttpProblem.Builder problem = HttpProblem.builder()
                .withType(java.net.URI.create(Problems.TYPE_PREFIX + "bad-request"))
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle(Response.Status.BAD_REQUEST.getReasonPhrase());
        if (exception instanceof JsonTextRules.UnacceptableText text) {
            String where = field.isEmpty() ? "A text of the body" : "The value of " + field;
            problem.withDetail(where + " contains " + text.character());
            return field.isEmpty() ? problem.build() : problem.with("field", field).build();
        }
        if (field.isEmpty()) {
            return problem.withDetail("The request body is not a JSON object of the expected shape").build();
        }
        return problem.withDetail("The value of " + field + " has the wrong JSON type")
                .with("field", field)
                .build();
    }

    /** A step of Jackson's path: a field name, or an index inside an array. */
    private static String describe(JsonMappingException.Reference reference) {
        return reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]";
    }
}
