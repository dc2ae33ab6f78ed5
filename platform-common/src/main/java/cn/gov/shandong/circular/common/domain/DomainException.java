package cn.gov.shandong.circular.common.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal of the programme's rules, thrown by services and entities; it knows nothing of HTTP. The library's one
 * mapper ({@code common.web.DomainProblemMapper}) turns each kind into the problem+json the API documents.
 *
 * <p>{@link #field()} names the request's field at fault, where there is one; {@link #extensions()} carries the
 * structured detail some refusals list (every violation of a plan, every rejected row of an import).
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, OutOfScope, IllegalTransition, StaleVersion, Conflict, InvalidReference, RuleViolated {

    private final String field;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    protected DomainException(String field, String detail) {
        super(detail, null, false, false); // a refusal, not a fault: no stack trace to fill or log
        this.field = field;
    }

    /** The detail a person reads. */
    public String detail() {
        return getMessage();
    }

    /** The request's field at fault, or {@code null}. */
    public String field() {
        return field;
    }

    /** Adds a structured member to the refusal (e.g. {@code violations}); returns this for chaining. */
    public DomainException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }
}
