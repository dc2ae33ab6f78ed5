package cn.gov.shandong.circular.plans.approval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The conditions of a list of versions (HQL over the alias {@code p}), each with its named parameter: the caller's
 * scope, then the filters the caller gave. A filter left out ({@code null}) adds nothing.
 */
public final class Conditions {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition and its parameters (e.g. the caller's scope), if there is one. */
    public Conditions and(Optional<String> condition, Map<String, ?> conditionParameters) {
        condition.ifPresent(c -> where.append(" and ").append(c));
        parameters.putAll(conditionParameters);
        return this;
    }

    /** Adds {@code condition}, whose parameter {@code :name} is {@code value}. */
    public Conditions and(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        parameters.put(name, value);
        return this;
    }

    /** Adds {@code condition}, whose parameter {@code :name} is {@code value}, unless the value is left out. */
    public Conditions andIf(Object value, String condition, String name) {
        return value == null ? this : and(condition, name, value);
    }

    /** The where clause, from its leading space. */
    public String where() {
        return where.toString();
    }

    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }
}
