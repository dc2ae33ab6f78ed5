package cn.gov.shandong.circular.common.domain;

/**
 * A value breaks a rule of the programme, named by its field. The {@link Kind} says what sort of rule: a value
 * that is malformed or out of range, a rule the request as a whole does not meet (a plan without its core
 * indicators, an expert with a stake in the park), content too large, or content of a kind not taken.
 */
public final class RuleViolated extends DomainException {

    /** What sort of rule was broken; the API answers each with its own status. */
    public enum Kind {
        /** The value itself is unusable: malformed, out of range, inconsistent with another field. */
        INVALID_VALUE,
        /** The request is well formed but does not meet a rule of the programme. */
        RULE_NOT_MET,
        /** The content is larger than the rule allows. */
        TOO_LARGE,
        /** The content is of a kind the rule does not take. */
        UNSUPPORTED_CONTENT
    }

    private final Kind kind;
    private final String rule;
    private final String title;

    private RuleViolated(Kind kind, String rule, String title, String field, String detail) {
        super(field, detail);
        this.kind = kind;
        this.rule = rule;
        this.title = title;
    }

    /** The value of {@code field} is unusable. */
    public static RuleViolated invalid(String field, String detail) {
        return new RuleViolated(Kind.INVALID_VALUE, "bad-request", "Bad request", field, detail);
    }

    /** A rule of the programme, named {@code rule} (e.g. {@code incomplete-plan}) with its title, is not met. */
    public static RuleViolated notMet(String rule, String title, String field, String detail) {
        return new RuleViolated(Kind.RULE_NOT_MET, rule, title, field, detail);
    }

    /** The content of {@code field} is larger than allowed. */
    public static RuleViolated tooLarge(String field, String detail) {
        return new RuleViolated(Kind.TOO_LARGE, "body-too-large", "Request body too large", field, detail);
    }

    /** The content of {@code field} is of a kind not taken. */
    public static RuleViolated unsupportedContent(String field, String detail) {
        return new RuleViolated(Kind.UNSUPPORTED_CONTENT, "unsupported-media-type", "Unsupported media type", field,
                detail);
    }

    public Kind kind() {
        return kind;
    }

    /** The rule's stable name, the last part of the problem type. */
    public String rule() {
        return rule;
    }

    public String title() {
        return title;
    }

    @Override
    public RuleViolated with(String name, Object value) {
        super.with(name, value);
        return this;
    }
}
