package cn.gov.shandong.circular.common.lifecycle;

import cn.gov.shandong.circular.common.domain.IllegalTransition;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The states of a lifecycle and the moves allowed between them, declared once. A workflow's transitions ask the
 * table ({@link #move}) instead of spelling the rule again; a move the table does not list is an
 * {@link IllegalTransition}. A state no move leaves is terminal.
 *
 * <pre>
 * static final StateTable&lt;Stage&gt; TABLE = StateTable.of(Stage.class)
 *         .allow(DRAFT, SUBMITTED)
 *         .allow(SUBMITTED, APPROVED, RETURNED)
 *         .build();
 * </pre>
 *
 * @param <S> the enum of the states
 */
public final class StateTable<S extends Enum<S>> {

    private final Class<S> type;
    private final Map<S, Set<S>> next;

    private StateTable(Class<S> type, Map<S, Set<S>> next) {
        this.type = type;
        this.next = next;
    }

    /** Starts the table of the states of {@code type}; no move is allowed until {@link Builder#allow} says so. */
    public static <S extends Enum<S>> Builder<S> of(Class<S> type) {
        return new Builder<>(type);
    }

    /** The enum of the states. */
    public Class<S> type() {
        return type;
    }

    /** Every state, in declaration order. */
    public Set<S> states() {
        return Collections.unmodifiableSet(EnumSet.allOf(type));
    }

    /** The states {@code from} may move to (empty for a terminal state). */
    public Set<S> next(S from) {
        return Collections.unmodifiableSet(next.get(from));
    }

    public boolean allows(S from, S to) {
        return next.get(from).contains(to);
    }

    /** The states no move leaves. */
    public Set<S> terminal() {
        EnumSet<S> terminal = EnumSet.noneOf(type);
        next.forEach((state, targets) -> {
            if (targets.isEmpty()) {
                terminal.add(state);
            }
        });
        return Collections.unmodifiableSet(terminal);
    }

    /**
     * The state after moving from {@code from} to {@code to}: {@code to} when the table allows the move.
     *
     * @param refusal the detail of the refusal, built only when the move is not allowed
     * @throws IllegalTransition when the table does not allow the move
     */
    public S move(S from, S to, Supplier<String> refusal) {
        if (!allows(from, to)) {
            throw new IllegalTransition(refusal.get());
        }
        return to;
    }

    @Override
    public String toString() {
        return type.getSimpleName() + next;
    }

    /** Collects the allowed moves of a {@link StateTable}. */
    public static final class Builder<S extends Enum<S>> {

        private final Class<S> type;
        private final Map<S, Set<S>> next;

        private Builder(Class<S> type) {
            this.type = type;
            this.next = new EnumMap<>(type);
            for (S state : type.getEnumConstants()) {
                next.put(state, EnumSet.noneOf(type));
            }
        }

        /** Allows the moves from {@code from} to each of {@code to}. */
        @SafeVarargs
        public final Builder<S> allow(S from, S... to) {
            for (S target : to) {
                if (target == from) {
                    throw new IllegalArgumentException(from + " cannot move to itself: a move changes the state");
                }
                next.get(from).add(target);
            }
            return this;
        }

        public StateTable<S> build() {
            Map<S, Set<S>> copy = new EnumMap<>(type);
            next.forEach((state, targets) -> copy.put(state, EnumSet.copyOf(targets))); // an EnumSet, even empty
            return new StateTable<>(type, Collections.unmodifiableMap(copy));
        }
    }
}
